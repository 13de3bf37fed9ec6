import { inconsistentTargetPeriodsRule } from "../../../../src/core/rules/targets/inconsistentTargetPeriodsRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>) =>
  runRule(inconsistentTargetPeriodsRule, buildPlan({ indicators: [{ objective: "1.2", target30: "45,00%", target31: "80,00%", ...change }] }));

describe("target-periodi-incoerenti", () => {
  it("reports targets in different units", () => {
    const anomalies = run({ target31: 80 });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 1.2/1 errore"]);
    expect(anomalies[0]?.message).toContain("al 30/6 45% (percentuale), al 31/12 80 (numero)");
  });

  it.each([
    ["a crescente indicator whose year-end target is lower", { target30: 80, target31: 70 }, "(70) è inferiore a quello al 30/6 (80)"],
    ["a decrescente indicator whose year-end target is higher", { polarity: "decreasing" as const, target30: "-5%", target31: "-2%" }, "(-2%) è superiore a quello al 30/6 (-5%)"],
    ["a bound asking for less at year end", { target30: "almeno 10.000 posizioni", target31: "almeno 8.000 posizioni" }, "(almeno 8.000)"],
  ])("reports %s as avviso", (_case, change, quoted) => {
    const anomalies = run(change);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 1.2/1 avviso"]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it.each([
    ["growing targets (the seed's 1.2)", {}],
    ["a level to hold (88% and 88%)", { target30: "88,00%", target31: "88,00%" }],
    ["the seed's 2.2 ind.1, decrescente, -2% then -5%", { polarity: "decreasing" as const, target30: "-2,00%", target31: "-5,00%" }],
    ["a milestone then a quantity (the seed's 3.3: 'Avvio', then 100%)", { target30: "Avvio", target31: "100,00%" }],
    ["a placeholder at 30/6", { target30: "-" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
