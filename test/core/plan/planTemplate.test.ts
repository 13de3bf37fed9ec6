import { PLAN_TEMPLATE, TEMPLATE_SHEETS } from "../../../src/core/plan/planTemplate";
import { expectedFields } from "../../../src/core/plan/planTemplate";
import { matchHeader } from "../../../src/core/plan/matchHeader";
import { readPlan } from "../../../src/core/plan/readPlan";
import { templateGrid, workbook } from "./planGrids";

describe("the canonical template", () => {
  it("lists the sheets and headers of the issue, in order", () => {
    expect(TEMPLATE_SHEETS.map((sheet) => sheet.name)).toEqual(["Obiettivi", "Indicatori", "Pesi", "Revisioni"]);
    expect(PLAN_TEMPLATE.objectives.columns.map((c) => c.header)).toEqual([
      "Codice", "Tipo (Strategico/Operativo)", "Titolo", "Area", "Responsabile", "Peso",
      "Obiettivo strategico di riferimento", "Quota indicatori propri",
    ]);
    expect(PLAN_TEMPLATE.indicators.columns.map((c) => c.header)).toEqual([
      "Codice obiettivo", "N.", "Indicatore", "Tipo indicatore", "Polarità", "Unità", "Baseline", "Anno baseline",
      "Target 30/6", "Target 31/12", "Peso", "Risultato 30/6", "Scostamento dichiarato 30/6", "Risultato 31/12",
      "Scostamento dichiarato 31/12", "Scostamento", "Raggiungimento", "Note",
    ]);
    expect(PLAN_TEMPLATE.weights.columns.map((c) => c.header)).toEqual([
      "Responsabile", "Codice obiettivo", "Peso iniziale", "Peso rideterminato",
    ]);
    expect(PLAN_TEMPLATE.revisions.columns.map((c) => c.header)).toEqual([
      "Codice obiettivo", "N. indicatore", "Previsione 30/6", "Realizzazione 30/6", "Previsione 31/12",
      "Nuova previsione 31/12", "Motivazione",
    ]);
    expect(PLAN_TEMPLATE.revisions.optional).toBe(true);
  });

  it("gives every column an English header and a distinct field (weights may repeat theirs)", () => {
    for (const sheet of TEMPLATE_SHEETS) {
      expect(sheet.nameEn).not.toBe("");
      for (const column of sheet.columns) expect(column.headerEn).not.toBe("");
      const fields = sheet.columns.filter((c) => !c.repeatable).map((c) => c.field);
      expect(new Set(fields).size).toBe(fields.length);
    }
  });

  it("has headers the reader recognises in both languages", () => {
    for (const sheet of TEMPLATE_SHEETS) {
      for (const column of sheet.columns) {
        expect([column.header, matchHeader(column.header)]).not.toEqual([column.header, null]);
        expect([column.headerEn, matchHeader(column.headerEn)]).not.toEqual([column.headerEn, null]);
      }
    }
  });

  it.each(["it", "en"] as const)("is read back in full, with nothing missing (%s)", (locale) => {
    const read = readPlan(
      workbook(
        "modello.xlsx",
        templateGrid("objectives", [], { locale }),
        templateGrid("indicators", [], { locale }),
        templateGrid("weights", [], { locale }),
        templateGrid("revisions", [], { locale }),
      ),
    );
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.recognition.map((r) => [r.sheet, r.role, r.missing])).toEqual([
      [locale === "it" ? "Obiettivi" : "Objectives", "objectives", []],
      [locale === "it" ? "Indicatori" : "Indicators", "indicators", []],
      [locale === "it" ? "Pesi" : "Weights", "weights", []],
      [locale === "it" ? "Revisioni" : "Revisions", "revisions", []],
    ]);
    const fields = read.plan.recognition.map((r) => r.columns.map((c) => c.field));
    expect(fields).toEqual(TEMPLATE_SHEETS.map((sheet) => sheet.columns.map((c) => c.field)));
  });

  it("expects of a combined sheet the objective columns beside the indicator ones", () => {
    expect(expectedFields("combined")).toEqual(expect.arrayContaining(["objectiveTitle", "objectiveWeight", "indicatorName"]));
  });
});
