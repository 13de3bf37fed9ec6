/**
 * «Valore dei progetti»: a project's value earned by its objective's score, as PERF.VALOREPROGETTO
 * computes it (point value × coefficient × score, the score capped at 100%), and the plan's own fund
 * for the rewards. The plan: one project card 1.1 whose indicator reaches 40 against a 30/6 target
 * of 50, so its score is 80%.
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { fundFromPlan, projectValueTable } from "../../../src/core/report/projectValueTable";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { grid, workbook } from "../plan/planGrids";

function tableOf(values: [label: string, value: string][], result = 40) {
  const card = grid("Progetti", [
    ["OBIETTIVO OPERATIVO 1.1"],
    ["Progetto di prova", "Peso: 100%"],
    ["Aree", "Area Anagrafica"],
    ["Responsabili", "dr Rossi"],
    ...values,
    ["Indicatore 1: Pratiche evase"],
    ["Target storico di riferimento:", "Valore Target:", "", "Peso"],
    ["", "al 30/6", "al 31/12"],
    ["-", 50, 100, "100%"],
    ["Risultati raggiunti", result],
  ]);
  const read = readPlan(workbook("progetti.xlsx", card));
  if (!read.ok) throw new Error(read.message);
  return projectValueTable(read.plan, scorePlan(read.plan));
}

const MANAGERS = "Valore economico del progetto (Fondo Dirigenti)";

describe("projectValueTable", () => {
  it.each([
    // 3.106 × 5 = 15.530; × 80% = 12.424
    ["point value × coefficient × score", "3.106 euro x 5 = 15.530 euro", 40, 15530, 12424, "€ 3.106,00 × 5 × 80% = € 12.424,00"],
    // the total alone: 15.530 × 80% = 12.424
    ["the total × score when only the total is written", "15.530 euro", 40, 15530, 12424, "€ 15.530,00 × 1 × 80% = € 12.424,00"],
    // the product (15.530), not the wrong total (15.000): × 80% = 12.424
    ["the product when the total written is wrong", "3.106 euro x 5 = 15.000 euro", 40, 15530, 12424, "€ 3.106,00 × 5 × 80% = € 12.424,00"],
    // 60 against 50 is capped at 100%: the whole 15.530
    ["the whole value when the score reaches 100%", "3.106 euro x 5 = 15.530 euro", 60, 15530, 15530, "€ 3.106,00 × 5 × 100% = € 15.530,00"],
  ])("earns %s", (_case, value, result, full, earned, explanation) => {
    const table = tableOf([[MANAGERS, value]], result);
    expect(table?.rows).toEqual([
      expect.objectContaining({ objective: "1.1", fund: "Fondo Dirigenti", value: full, earned, explanation, sheet: "Progetti", cell: "B5" }),
    ]);
    expect(table?.funds).toEqual([{ fund: "Fondo Dirigenti", value: full, earned }]);
  });

  it("says when the coefficient comes from the relevance", () => {
    const table = tableOf([["Rilevanza oggettiva:", "RILEVANZA ALTA – COEFFICIENTE 5"], [MANAGERS, "3.106 euro per punto"]]);
    expect(table?.rows[0]).toMatchObject({ unitValue: 3106, coefficient: 5, value: 15530, earned: 12424 });
    expect(table?.rows[0]?.explanation).toBe("€ 3.106,00 × 5 × 80% = € 12.424,00 (coefficiente dalla rilevanza)");
  });

  it("is null for a plan whose only value cannot be read (the rule reports it)", () => {
    expect(tableOf([[MANAGERS, "da definire"]])).toBeNull();
  });
});

describe("fundFromPlan", () => {
  it("sums the Fondo Dirigenti values and says how", () => {
    const table = tableOf([[MANAGERS, "3.106 euro x 5 = 15.530 euro"], ["Valore economico del progetto (Fondo Dipendenti)", "4.469 euro x 5 = 22.345 euro"]]);
    expect(fundFromPlan(table)).toEqual({ amount: 15530, explanation: "Fondo Dirigenti, 1.1 € 15.530,00", source: "plan" });
  });

  it("gives no fund when the plan names no managers' fund", () => {
    expect(fundFromPlan(tableOf([["Valore economico del progetto (Fondo Dipendenti)", "4.469 euro x 5 = 22.345 euro"]]))).toBeNull();
    expect(fundFromPlan(null)).toBeNull();
  });
});
