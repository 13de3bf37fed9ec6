import type { SheetRecognition } from "../../../../src/core/plan/planModel";
import { columnStructureRule } from "../../../../src/core/rules/structure/columnStructureRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

function indicatorsSheet(missing: string[]): SheetRecognition {
  return {
    sheet: "Indicatori",
    role: "indicators",
    headerRow: 2,
    columns: [
      { field: "objectiveCode", header: "Codice obiettivo", address: "B3" },
      { field: "indicatorName", header: "Indicatore", address: "C3" },
    ],
    missing,
  };
}

describe("struttura-colonne", () => {
  it.each([
    ["a required column", ["target31_12"], "30/6", "Indicatori!B3 errore", "«Target 31/12»"],
    ["the 31/12 results when reporting at 31/12", ["result31_12"], "31/12", "Indicatori!B3 errore", "«Risultato 31/12»"],
    ["the baseline, as info", ["baseline"], "30/6", "Indicatori!B3 info", "target-sotto-baseline"],
    ["the declared deviation of the period, as info", ["declaredDeviation30_6"], "30/6", "Indicatori!B3 info", "scostamento-errato"],
  ] as const)("reports a missing column: %s", (_case, missing, period, place, quoted) => {
    const plan = buildPlan({ period, recognition: [indicatorsSheet([...missing])] });
    const anomalies = runRule(columnStructureRule, plan);
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
    expect(anomalies[0]?.suggestion).toContain("riga di intestazione 3");
  });

  it.each([
    ["optional columns (notes, polarity, unit)", ["notes", "polarity", "unit"], "30/6"],
    ["the 31/12 results at 30/6", ["result31_12", "declaredDeviation31_12"], "30/6"],
    ["nothing", [], "31/12"],
  ] as const)("stays quiet when missing %s", (_case, missing, period) => {
    const plan = buildPlan({ period, recognition: [indicatorsSheet([...missing])] });
    expect(runRule(columnStructureRule, plan)).toEqual([]);
  });
});
