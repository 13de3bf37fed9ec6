import { readPlan } from "../../../../src/core/plan/readPlan";
import { inconsistentProjectValueRule } from "../../../../src/core/rules/results/inconsistentProjectValueRule";
import { grid, templateGrid, workbook } from "../../plan/planGrids";
import { placeOf, runRule } from "../ruleHarness";

const INDICATORS = templateGrid("indicators", [
  { objectiveCode: "1.4", indicatorNumber: 1, indicatorName: "Domande istruite", target30_6: 50, target31_12: 100, indicatorWeight: "100%", result30_6: 40 },
]);

/** An objectives sheet whose 1.4 writes `value` under «Valore economico del progetto (Fondo Dirigenti)», maybe with a «Rilevanza». */
function check(value: unknown, relevance = "") {
  const objectives = grid("Obiettivi", [
    ["Codice", "Titolo", "Peso", "Rilevanza", "Valore economico del progetto (Fondo Dirigenti)"],
    ["1.4", "Ulteriori iniziative di supporto alle imprese", "100%", relevance, value],
  ]);
  const read = readPlan(workbook("progetti.xlsx", objectives, INDICATORS));
  if (!read.ok) throw new Error(read.message);
  return runRule(inconsistentProjectValueRule, read.plan);
}

describe("valore-progetto-incoerente", () => {
  it.each([
    ["the seed's line", "2% delle risorse stabili x ciascun punto rilevato 3.106 euro x 5 = 15.530 euro"],
    ["the total with the product in brackets", "15.530 euro (3.106 x 5)"],
    ["the total alone (nothing to check it against)", 15530],
    ["cents that round to the same total", "€ 0,10 x 3 = € 0,30"],
  ])("stays quiet for %s", (_case, value) => {
    expect(check(value)).toEqual([]);
  });

  it("reports a total that is not point value × coefficient, at the value's cell, and says the product is used", () => {
    const anomalies = check("3.106 euro x 5 = 15.000 euro");
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!E2 1.4 avviso"]);
    expect(anomalies[0]?.message).toBe(
      "Il valore economico del progetto 1.4 (Fondo Dirigenti) non torna: € 3.106,00 × 5 fa € 15.530,00, ma il totale scritto è € 15.000,00. Per i premi vale il prodotto, € 15.530,00.",
    );
    expect(anomalies[0]?.suggestion).toContain("valore del punto × coefficiente = totale");
  });

  it("says when the coefficient comes from the relevance", () => {
    const [anomaly] = check("3.106 euro per punto, totale 15.000 euro", "RILEVANZA ALTA – COEFFICIENTE 5");
    expect(anomaly?.message).toContain("€ 3.106,00 × 5 (coefficiente della rilevanza) fa € 15.530,00");
  });

  it.each([
    ["no amount", "da definire", "non contiene importi"],
    ["more amounts than the product's three", "1.000 euro, 2.500 euro, 3 punti, 7.500 euro", "contiene più importi"],
  ])("reports a value with %s, which the rewards leave out", (_case, value, why) => {
    const anomalies = check(value);
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!E2 1.4 avviso"]);
    expect(anomalies[0]?.message).toContain(`«${value}», non si legge: ${why}`);
    expect(anomalies[0]?.message).toContain("non entra nella tabella «Valore dei progetti»");
  });
});
