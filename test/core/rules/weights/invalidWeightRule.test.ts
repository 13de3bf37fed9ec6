import { invalidWeightRule } from "../../../../src/core/rules/weights/invalidWeightRule";
import { buildPlan, type PlanSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const two = (first: string | number, second: string | number = "30%"): PlanSpec => ({
  indicators: [
    { objective: "1.1", weight: first },
    { objective: "1.1", weight: second },
  ],
});

describe("peso-non-valido", () => {
  it.each([
    ["a negative weight", two("-70%"), "Indicatori!K2 1.1/1 errore", "negativo (-70%)"],
    ["a weight above 100%", two("120%", "0%"), "Indicatori!K2 1.1/1 errore", "120%"],
    ["an amount in euro", two("€ 500"), "Indicatori!K2 1.1/1 errore", "€ 500,00"],
    ["a milestone", two("sì"), "Indicatori!K2 1.1/1 errore", "'sì'"],
    ["a blank weight beside another indicator", two("", "100%"), "Indicatori!K2 1.1/1 avviso", "non ha un peso"],
  ])("reports %s", (_case, spec, place, quoted) => {
    const anomalies = runRule(invalidWeightRule, buildPlan(spec));
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("reports a Pesi row with no current weight (the seed's Azienda Speciale operational objective)", () => {
    const plan = buildPlan({
      indicators: [{ objective: "AS" }],
      weights: [
        { manager: "Azienda Speciale", objective: "AS-STRAT", weights: ["100,00%", "100,00%"] },
        { manager: "Azienda Speciale", objective: "AS", weights: ["", ""] },
      ],
    });
    const anomalies = runRule(invalidWeightRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Pesi!D3 AS avviso"]);
    expect(anomalies[0]?.message).toContain("«Peso rideterminato»");
  });

  it("reports a strategic objective with own indicators and contributors but no own share", () => {
    const plan = buildPlan({
      objectives: [{ code: "STRAT", kind: "strategic", ownShare: "" }, { code: "1.1", parentCode: "STRAT" }],
      indicators: [{ objective: "STRAT" }, { objective: "1.1" }],
    });
    expect(runRule(invalidWeightRule, plan).map(placeOf)).toEqual(["Obiettivi!H2 STRAT avviso"]);
  });

  it("reports an own share above 100%", () => {
    const plan = buildPlan({ objectives: [{ code: "STRAT", kind: "strategic", ownShare: "150%" }], indicators: [{ objective: "STRAT" }] });
    expect(runRule(invalidWeightRule, plan).map(placeOf)).toEqual(["Obiettivi!H2 STRAT errore"]);
  });

  it.each([
    ["weights between 0 and 100%", two("70%", "30%")],
    ["a zero weight", two("100%", 0)],
    ["the blank initial weight of an objective added at mid-year", { weights: [{ manager: "Rossi", objective: "2.3", weights: ["", "20%"] }] }],
    ["a single indicator with no weight", { indicators: [{ objective: "1.3", weight: "" }] }],
    ["an objective none of whose indicators has a weight (they weigh the same; struttura-colonne says so once)", two("", "")],
    ["a blank objective weight when the Pesi table has it", { objectives: [{ code: "1.1", manager: "Rossi", weight: "" }], weights: [{ manager: "Rossi", objective: "1.1", weights: ["100%"] }] }],
  ])("stays quiet for %s", (_case, spec) => {
    expect(runRule(invalidWeightRule, buildPlan(spec))).toEqual([]);
  });
});
