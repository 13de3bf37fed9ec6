import fixture from "../../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import { parseA1 } from "../../../src/core/plan/a1";
import type { Grid } from "../../../src/core/plan/grid";
import { readPlan } from "../../../src/core/plan/readPlan";
import { buildAnomaliesSheet } from "../../../src/core/report/buildReportSheets";
import { buildSummarySheet } from "../../../src/core/report/buildReportSheets";
import { scorePlan } from "../../../src/core/report/scorePlan";
import type { SheetContent } from "../../../src/core/report/sheetContent";
import { ANOMALIES_HEADERS } from "../../../src/core/reportSheets";
import { validatePlan } from "../../../src/core/rules/validatePlan";

/** The example plan, read as the pane reads it (written values, formula cells as their text). */
function examplePlan() {
  const sheets: Grid[] = buildExamplePlanSheets(fixture as unknown as PlanFixture).map((content) => ({
    sheet: content.name,
    origin: "A1",
    values: content.rows.map((row) => row.map((cell) => (cell === null ? "" : cell))),
  }));
  const read = readPlan({ name: "esempio", sheets });
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

function cell(content: SheetContent, address: string): unknown {
  const at = parseA1(address);
  return at ? content.rows[at.row]?.[at.col] : undefined;
}

function rowStartingWith(content: SheetContent, first: string): number {
  return content.rows.findIndex((row) => row[0] === first);
}

describe("the Anomalie sheet", () => {
  const plan = examplePlan();
  const anomalies = validatePlan(plan);
  const sheet = buildAnomaliesSheet(anomalies);

  it("has a bold header and one row per anomaly, in the order given", () => {
    expect(sheet.name).toBe("Anomalie");
    expect(sheet.rows[0]).toEqual([...ANOMALIES_HEADERS]);
    expect(sheet.boldRows).toEqual([0]);
    expect(sheet.rows.slice(1).map((row) => row[6])).toEqual(anomalies.map((anomaly) => anomaly.message));
  });

  it("links every row to its anomaly's cell", () => {
    expect(sheet.links).toEqual(anomalies.map((anomaly, index) => ({ address: `D${index + 2}`, target: `'${anomaly.sheet}'!${anomaly.cell}` })));
  });

  it("writes a message that starts with = as text, not as a formula", () => {
    const hostile = buildAnomaliesSheet([{ rule: "r", severity: "info", sheet: "S", cell: "A1", key: "errore-interno", params: { rule: "prova", reason: "prova" }, message: "=1+1" }]);
    expect(cell(hostile, "G2")).toBe('="=1+1"');
    expect(hostile.formulaResults).toEqual({ G2: "=1+1" });
  });
});

describe("the Riepilogo sheet", () => {
  const plan = examplePlan();
  const scores = scorePlan(plan);
  const sheet = buildSummarySheet(plan, scores);

  it("titles the sheet with the reporting date", () => {
    expect(sheet.name).toBe("Riepilogo");
    expect(cell(sheet, "A1")).toBe("Riepilogo del piano della performance al 30 giugno (30/6)");
  });

  it.each([
    "Raggiungimento per obiettivo",
    "Raggiungimento per indicatore",
    "Raggiungimento per area",
    "Raggiungimento per responsabile",
    "Revisione di metà anno",
  ])("has the table «%s», with a bold title and header", (title) => {
    const row = rowStartingWith(sheet, title);
    expect(row).toBeGreaterThan(0);
    expect(sheet.boldRows).toEqual(expect.arrayContaining([row, row + 1]));
  });

  it("gives each objective its score as a percentage, and charts codes against scores", () => {
    const header = rowStartingWith(sheet, "Raggiungimento per obiettivo") + 1;
    scores.objectives.forEach((objective, index) => {
      const address = `B${header + index + 2}`;
      expect(cell(sheet, `A${header + index + 2}`)).toBe(objective.code);
      if (objective.score === null) expect(cell(sheet, address)).toBe("non valutabile");
      else {
        expect(cell(sheet, address)).toBe(objective.score);
        expect(sheet.cellFormats?.[address]).toBe("0.00%");
      }
    });
    expect(sheet.chart).toEqual({
      range: `A${header + 1}:B${header + scores.objectives.length + 1}`,
      title: "Raggiungimento per obiettivo",
      type: "bar",
    });
  });

  it("lists the revision table's four figures for each revised indicator", () => {
    const header = rowStartingWith(sheet, "Revisione di metà anno") + 1;
    expect(sheet.rows[header]?.slice(3, 7)).toEqual(["Previsione al 30/6", "Realizzazione al 30/6", "Previsione al 31/12", "Nuova previsione al 31/12"]);
    expect(plan.revisions.length).toBeGreaterThan(0);
    expect(sheet.rows[header + plan.revisions.length]?.length).toBe(10);
  });

  it("has a row per indicator, per area and per manager", () => {
    for (const [title, count] of [
      ["Raggiungimento per indicatore", scores.indicators.length],
      ["Raggiungimento per area", scores.areas.length],
      ["Raggiungimento per responsabile", scores.managers.length],
    ] as const) {
      const header = rowStartingWith(sheet, title) + 1;
      expect(count).toBeGreaterThan(0);
      expect(sheet.rows[header + count]?.length).toBeGreaterThan(0);
      expect(sheet.rows[header + count + 1]).toEqual([]);
    }
  });
});
