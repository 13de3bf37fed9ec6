import { mixedWeightScaleRule } from "../../../../src/core/rules/weights/mixedWeightScaleRule";
import { buildPlan, formatted, type Raw } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const indicatorsWith = (weights: Raw[]) => buildPlan({ indicators: weights.map((weight) => ({ objective: "1.1", weight })) });

describe("pesi-scala-mista", () => {
  it("reports 0,7 next to 30 and 30%, at the first weight of the least used scale", () => {
    const anomalies = runRule(mixedWeightScaleRule, indicatorsWith(["30%", "0,7", "30%"]));
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!K3 1.1/2 avviso"]);
    expect(anomalies[0]?.message).toContain("30% (percentuale), 0,7 (frazione), 30% (percentuale)");
  });

  it("reports mixed scales in a manager's Pesi column", () => {
    const plan = buildPlan({
      weights: [
        { manager: "Rossi", objective: "1", weights: [0.7] },
        { manager: "Rossi", objective: "2", weights: [30] },
      ],
    });
    expect(runRule(mixedWeightScaleRule, plan).map(placeOf)).toEqual(["Pesi!C2 1 avviso"]);
  });

  it.each([
    ["percentages written differently (the seed's 3.1: 50% and 50,00%)", ["50%", "50,00%"]],
    ["fractions", [0.7, 0.3]],
    ["whole numbers", [70, 30]],
    ["percent-formatted numbers next to percentage texts", [formatted(0.7, "0%"), "30%"]],
    ["a zero among percentages", ["100%", 0]],
  ])("stays quiet for %s", (_case, weights) => {
    expect(runRule(mixedWeightScaleRule, indicatorsWith(weights))).toEqual([]);
  });
});
