import fc from "fast-check";
import { indicatorWeightsRule } from "../../../../src/core/rules/weights/indicatorWeightsRule";
import { buildPlan, formatted, type IndicatorSpec, type Raw } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

function objectiveWith(weights: Raw[], code = "1.2"): IndicatorSpec[] {
  return weights.map((weight) => ({ objective: code, weight, target31: 10 }));
}

/** The seed's STRAT: five own indicators, 15% + 15% + 5% + 5% + 10% = 50%, own share "Peso: 50%". */
const strategicWeights = ["15,00%", "15,00%", "5,00%", "5,00%", "10,00%"];

describe("pesi-indicatori", () => {
  it("reports weights that do not sum to 100%, quoting each and the sum", () => {
    const anomalies = runRule(indicatorWeightsRule, buildPlan({ indicators: objectiveWith(["75%", "20%"]) }));
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!K2 1.2 errore"]);
    expect(anomalies[0]?.message).toContain("sommano a 95%, non a 100%");
    expect(anomalies[0]?.detail).toBe("75% + 20% = 95%.");
    expect(anomalies[0]?.message).toContain("5 punti percentuali in meno");
  });

  it("reports 99,99% as rounding, not an error (the seed's 3.6, 3 × 33,33%)", () => {
    const anomalies = runRule(indicatorWeightsRule, buildPlan({ indicators: objectiveWith(["33,33%", "33,33%", "33,33%"], "3.6") }));
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!K2 3.6 info"]);
    expect(anomalies[0]?.detail).toBe("33,33% + 33,33% + 33,33% = 99,99%.");
    expect(anomalies[0]?.message).toContain("arrotondamento");
  });

  it("keeps rounding at info even when the rule is raised to errore, and lowers everything with the rule", () => {
    const plan = buildPlan({ indicators: objectiveWith(["33,33%", "33,33%", "33,33%"]) });
    expect(runRule(indicatorWeightsRule, plan, { rules: { "pesi-indicatori": "errore" } }).map((a) => a.severity)).toEqual(["info"]);
    const wrong = buildPlan({ indicators: objectiveWith(["75%", "20%"]) });
    expect(runRule(indicatorWeightsRule, wrong, { rules: { "pesi-indicatori": "avviso" } }).map((a) => a.severity)).toEqual(["avviso"]);
  });

  it("treats a wider tolerance as a setting: 99,8% is rounding with 0,5 points", () => {
    const plan = buildPlan({ indicators: objectiveWith(["49,9%", "49,9%"]) });
    expect(runRule(indicatorWeightsRule, plan).map((a) => a.severity)).toEqual(["errore"]);
    expect(runRule(indicatorWeightsRule, plan, { weightTolerancePoints: 0.5 }).map((a) => a.severity)).toEqual(["info"]);
  });

  it("reports a strategic objective whose own indicators sum neither to its own share nor to 100%", () => {
    const plan = buildPlan({
      objectives: [{ code: "STRAT", kind: "strategic", ownShare: "Peso: 50%" }],
      indicators: objectiveWith(["15%", "15%", "5%", "5%", "20%"], "STRAT"),
    });
    const anomalies = runRule(indicatorWeightsRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!K2 STRAT errore"]);
    expect(anomalies[0]?.message).toContain("sommano a 60%, né alla quota degli indicatori propri (50%) né a 100%");
  });

  it.each([
    ["the seed's STRAT, own indicators summing to the own share", [{ code: "STRAT", kind: "strategic" as const, ownShare: "Peso: 50%" }], objectiveWith(strategicWeights, "STRAT")],
    ["own indicators summing to 100% within the own part", [{ code: "STRAT", kind: "strategic" as const, ownShare: "50%" }], objectiveWith(["60%", "40%"], "STRAT")],
    ["weights as fractions", [{ code: "1.2" }], objectiveWith([0.75, 0.25])],
    ["weights as whole numbers", [{ code: "1.2" }], objectiveWith([70, 30])],
    ["weights as formatted numbers", [{ code: "1.2" }], objectiveWith([formatted(0.5, "0%"), formatted(0.5, "0,00%")])],
    ["a blank weight (left to peso-non-valido)", [{ code: "1.2" }], objectiveWith(["75%", ""])],
    ["a single indicator with no weight", [{ code: "1.2" }], [{ objective: "1.2", target31: 10 }]],
  ])("stays quiet for %s", (_case, objectives, indicators) => {
    expect(runRule(indicatorWeightsRule, buildPlan({ objectives, indicators }))).toEqual([]);
  });

  it("never raises for weights that sum to 100% (random splits, written as percentages)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        // Basis points summing to exactly 10.000 (= 100,00%): the remainder goes to the last weight.
        const points = parts.map((p) => Math.floor((p * 10_000) / total));
        points[points.length - 1] = (points[points.length - 1] ?? 0) + 10_000 - points.reduce((a, b) => a + b, 0);
        const weights = points.map((p) => `${(p / 100).toFixed(2).replace(".", ",")}%`);
        return runRule(indicatorWeightsRule, buildPlan({ indicators: objectiveWith(weights) })).length === 0;
      }),
    );
  });
});
