/**
 * Project values («Valore economico del progetto») as the readers see them: the seed's lines on the
 * cards example (Brescia 2020: 1.4, 2.3 and 2.4 write «3.106 euro x 5 = 15.530 euro» for the Fondo
 * Dirigenti and «4.469 euro x 5 = 22.345 euro» for the Fondo Dipendenti, 3.5 only the latter), a card
 * whose value line lacks the coefficient (the relevance gives it), and the optional columns of an
 * objectives table.
 */
import fixture from "../../../assets/plan-2020.json";
import { buildCardSheets } from "../../../src/core/example/buildCardSheets";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import type { Plan, ProjectValue } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { grid, templateGrid, workbook } from "./planGrids";

function planOf(...grids: Parameters<typeof workbook>[1][]): Plan {
  const read = readPlan(workbook("progetti.xlsx", ...grids));
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

/** What a project value says, without its cell object: fund, figures, coefficient's source, cell address. */
function described(value: ProjectValue): Record<string, unknown> {
  const { cell, ...rest } = value;
  return { ...rest, at: `${cell.ref.sheet}!${cell.ref.address}` };
}

function projectsOf(plan: Plan): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(plan.objectives.filter((o) => o.projectValues).map((o) => [o.code, (o.projectValues ?? []).map(described)]));
}

const INDICATORS = templateGrid("indicators", [
  { objectiveCode: "1.1", indicatorNumber: 1, indicatorName: "Pratiche evase", target30_6: 50, target31_12: 100, indicatorWeight: "100%", result30_6: 40 },
]);

describe("the cards example (the seed's lines as a clerk pastes them)", () => {
  const sheets = buildCardSheets(fixture as unknown as PlanFixture);
  const plan = planOf(...sheets.map((sheet) => grid(sheet.name, sheet.rows.map((row) => row.map((value) => value ?? "")))));
  const managers = { fund: "Fondo Dirigenti", unitValue: 3106, coefficient: 5, coefficientSource: "written", total: 15530 };
  const staff = { fund: "Fondo Dipendenti", unitValue: 4469, coefficient: 5, coefficientSource: "written", total: 22345 };

  it("gives 1.4, 2.3 and 2.4 both funds' values, and 3.5 the Fondo Dipendenti only, each at its cell", () => {
    expect(projectsOf(plan)).toEqual({
      "1.4": [{ ...managers, at: "Area Promozione!B144" }, { ...staff, at: "Area Promozione!B145" }],
      "2.3": [{ ...managers, at: "Area Anagrafica!B170" }, { ...staff, at: "Area Anagrafica!B171" }],
      "2.4": [{ ...managers, at: "Area Anagrafica!B216" }, { ...staff, at: "Area Anagrafica!B217" }],
      "3.5": [{ ...staff, at: "Area Amministrativa!B218" }],
    });
  });
});

describe("a card whose value line lacks a figure", () => {
  const card = (value: string, relevance: string | null) =>
    grid("1.1", [
      ["OBIETTIVO OPERATIVO 1.1"],
      ["Progetto di prova", "Peso: 100%"],
      ["Aree", "Area Anagrafica"],
      ["Responsabili", "dr Rossi"],
      ...(relevance === null ? [] : [["Rilevanza oggettiva:", relevance]]),
      ["Valore economico del progetto (Fondo Dirigenti)", value],
      ["Indicatore 1: Pratiche evase"],
      ["Target storico di riferimento:", "Valore Target:", "", "Peso"],
      ["", "al 30/6", "al 31/12"],
      ["-", 50, 100, "100%"],
      ["Risultati raggiunti", 40],
    ]);

  it.each([
    ["the total only, the relevance giving the coefficient", "15.530 euro", "RILEVANZA ALTA: … – COEFFICIENTE 5", { total: 15530, coefficient: 5, coefficientSource: "relevance" }],
    ["the point value only, the relevance giving the coefficient", "3.106 euro per punto", "RILEVANZA ALTA – COEFFICIENTE 5", { unitValue: 3106, coefficient: 5, coefficientSource: "relevance" }],
    ["a coefficient of its own, which wins over the relevance's", "3.106 euro x 4 = 12.424 euro", "COEFFICIENTE 5", { unitValue: 3106, coefficient: 4, coefficientSource: "written", total: 12424 }],
    ["no relevance and no coefficient", "15.530 euro", null, { total: 15530 }],
    ["no figure at all: kept with its problem", "da definire", null, { problem: "noFigures" }],
  ])("reads %s", (_case, value, relevance, figures) => {
    expect(projectsOf(planOf(card(value, relevance)))).toEqual({ "1.1": [{ fund: "Fondo Dirigenti", ...figures, at: `1.1!B${relevance === null ? 5 : 6}` }] });
  });
});

describe("the optional project columns of an objectives table", () => {
  const objectives = (header: string[], values: unknown[]) =>
    grid("Obiettivi", [
      ["Codice", "Titolo", "Peso", ...header],
      ["1.1", "Progetto di prova", "100%", ...values],
    ]);

  it.each([
    ["the value's text, the fund in the header's brackets", ["Valore economico del progetto (Fondo Dirigenti)"], ["3.106 euro x 5 = 15.530 euro"], { fund: "Fondo Dirigenti", unitValue: 3106, coefficient: 5, coefficientSource: "written", total: 15530 }, "D"],
    ["a number: the total, the fund in its own column", ["Fondo", "Valore del progetto"], ["Fondo Dipendenti", 22345], { fund: "Fondo Dipendenti", total: 22345 }, "E"],
    ["the point value and the coefficient in columns of their own", ["Valore del punto", "Coefficiente", "Fondo"], [3106, 5, "Fondo Dirigenti"], { fund: "Fondo Dirigenti", unitValue: 3106, coefficient: 5, coefficientSource: "written" }, "D"],
    ["the total and the relevance's coefficient", ["Valore economico del progetto", "Rilevanza"], ["15.530 €", "Alta – coefficiente 5"], { fund: "", total: 15530, coefficient: 5, coefficientSource: "relevance" }, "D"],
  ])("reads %s", (_case, header, values, figures, column) => {
    expect(projectsOf(planOf(objectives(header, values), INDICATORS))).toEqual({ "1.1": [{ ...figures, at: `Obiettivi!${column}2` }] });
  });

  it("gives no project value to a row that leaves the columns blank", () => {
    expect(projectsOf(planOf(objectives(["Valore economico del progetto", "Coefficiente"], ["", ""]), INDICATORS))).toEqual({});
  });
});
