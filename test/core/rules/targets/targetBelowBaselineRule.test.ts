import { targetBelowBaselineRule } from "../../../../src/core/rules/targets/targetBelowBaselineRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's 1.1 ind.1: 133 events in 2019, 32 at 30/6 and 70 at 31/12 in 2020. */
const events: IndicatorSpec = { objective: "1.1", baseline: 133, baselineYear: 2019, target30: 32, target31: 70 };
const run = (change: Partial<IndicatorSpec>) => runRule(targetBelowBaselineRule, buildPlan({ indicators: [{ ...events, ...change }] }));

describe("target-sotto-baseline", () => {
  it("reports the seed's 1.1 ind.1: a year-end target of 70 below the 2019 baseline of 133", () => {
    const anomalies = run({});
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 1.1/1 avviso"]);
    expect(anomalies[0]?.message).toContain("(70) è inferiore alla baseline del 2019 (133)");
  });

  it.each([
    ["the seed's 2.2 ind.3, bounds: at least 8.000 against at least 8.500", { baseline: "esame di un campione di almeno 8.500 istanze", baselineYear: "anno 2019", target31: "esame di un campione di almeno 8.000 istanze" }, "(almeno 8.000) è inferiore alla baseline del 2019 (almeno 8.500)"],
    ["a decrescente indicator asking for more than the baseline", { polarity: "decreasing" as const, baseline: "10%", baselineYear: "", target31: "12%" }, "è superiore alla baseline (10%)"],
  ])("reports %s", (_case, change, quoted) => {
    const anomalies = run(change);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 1.1/1 avviso"]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it.each([
    ["a target above the baseline (the seed's 2.2 ind.4: 1.200 against 1.000)", { baseline: "1.000 posizioni", target30: "700 posizioni", target31: "1.200 posizioni" }],
    ["a target equal to the baseline", { baseline: "100%", target30: "100,00%", target31: "100,00%" }],
    ["a baseline in another unit", { baseline: "7,00%", target31: 70 }],
    ["a placeholder baseline", { baseline: "Nuova attività" }],
    ["a decrescente indicator below its baseline", { polarity: "decreasing" as const, baseline: "-1%", target31: "-5%" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
