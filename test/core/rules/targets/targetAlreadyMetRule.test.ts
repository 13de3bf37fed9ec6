import { targetAlreadyMetRule } from "../../../../src/core/rules/targets/targetAlreadyMetRule";
import { buildPlan, type IndicatorSpec, type PlanSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's STRAT ind.3: € 6.190.000 at 30/6 against € 3.200.000 at 31/12. */
const contributions: IndicatorSpec = {
  objective: "STRAT",
  number: "3",
  target30: "€ 1.800.000,00",
  target31: "€ 3.200.000,00",
  result30: "€ 6.190.000,00",
};
const revision = { objective: "STRAT", indicator: "Indicatore 3", forecast30: "1.800.000,00", actual30: "6.190.000,00", forecast31: "3.200.000,00", newForecast31: "6.490.000,00" };

describe("target-gia-raggiunto", () => {
  it("reports a mid-year result that meets the year-end target with no revision recorded", () => {
    const anomalies = runRule(targetAlreadyMetRule, buildPlan({ indicators: [contributions] }));
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 STRAT/3 avviso"]);
    expect(anomalies[0]?.message).toContain("(€ 6.190.000,00) raggiunge già il target al 31/12 (€ 3.200.000,00)");
  });

  it.each([
    ["a milestone already done", { target30: "Avvio", target31: "Adozione del regolamento", result30: "Adottato" }],
    ["an annual indicator with no mid-year target", { target30: "-", target31: 3, result30: 3 }],
  ])("reports %s", (_case, change) => {
    expect(runRule(targetAlreadyMetRule, buildPlan({ indicators: [{ ...contributions, ...change }] }))).toHaveLength(1);
  });

  it.each<[string, PlanSpec]>([
    ["the seed's STRAT ind.3 with its revision", { indicators: [contributions], revisions: [revision] }],
    ["a level to hold met at mid-year (the seed's STRAT ind.1: 89,55% against 88% and 88%)", { indicators: [{ objective: "STRAT", target30: "88,00%", target31: "88,00%", result30: "89,55%" }] }],
    ["the seed's 2.1 ind.4: 100% against 75% at both dates", { indicators: [{ objective: "2.1", target30: "75% delle richieste del periodo", target31: "75% delle richieste del periodo", result30: "100,00%" }] }],
    ["a result below the year-end target (the seed's 1.1 ind.1: 56 against 70)", { indicators: [{ objective: "1.1", target30: 32, target31: 70, result30: 56 }] }],
    ["the 31/12 reporting date", { period: "31/12", indicators: [{ ...contributions, result31: "€ 6.190.000,00" }] }],
    ["an ambiguous result", { indicators: [{ objective: "STRAT", target30: 500, target31: 800, result30: "2301 iscritti e 1361 partecipanti" }] }],
  ])("stays quiet for %s", (_case, spec) => {
    expect(runRule(targetAlreadyMetRule, buildPlan(spec))).toEqual([]);
  });
});
