import fixtureJson from "../../fixtures/plan-2020.json";
import { buildExamplePlanSheets, reportingPeriod } from "../../../src/core/example/buildExamplePlanSheets";
import { EURO_FORMAT, PERCENT_FORMAT } from "../../../src/core/example/typeAsClerk";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import { evaluateIndicator } from "../../../src/core/calc/evaluateIndicator";
import { parseA1 } from "../../../src/core/plan/a1";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { SheetCellValue, SheetContent } from "../../../src/core/report/sheetContent";
import { readCellValue } from "../../../src/core/values/readCellValue";

const fixture = fixtureJson as unknown as PlanFixture;
const sheets = buildExamplePlanSheets(fixture);
const [objectives, indicators, weights, revisions] = sheets as [SheetContent, SheetContent, SheetContent, SheetContent];

function column(sheet: SheetContent, header: string): number {
  return (sheet.rows[0] ?? []).indexOf(header);
}

function indicatorRow(code: string, n: number): SheetCellValue[] {
  const row = indicators.rows.find((r) => r[0] === code && r[1] === n);
  if (!row) throw new Error(`no row ${code}/${n}`);
  return row;
}

function cell(code: string, n: number, header: string): SheetCellValue {
  return indicatorRow(code, n)[column(indicators, header)] ?? null;
}

function format(code: string, n: number, header: string): string | undefined {
  const r = indicators.rows.indexOf(indicatorRow(code, n));
  const address = `${String.fromCharCode(65 + column(indicators, header))}${r + 1}`;
  return indicators.cellFormats?.[address] ?? indicators.columnFormats?.[column(indicators, header)];
}

describe("buildExamplePlanSheets", () => {
  it("writes one Indicatori row per seed indicator and one Obiettivi row per objective, AS-STRAT included", () => {
    const seedIndicators = fixture.objectives.reduce((sum, objective) => sum + objective.indicators.length, 0);
    expect(indicators.rows).toHaveLength(seedIndicators + 1);
    const codes = objectives.rows.slice(1).map((row) => row[0]);
    expect(codes).toEqual(["STRAT", "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "AS-STRAT", "AS"]);
  });

  it("types figures as numbers with Italian-looking formats and keeps texts that are the value", () => {
    expect([cell("STRAT", 1, "Risultato 30/6"), format("STRAT", 1, "Risultato 30/6")]).toEqual([0.8955, PERCENT_FORMAT]);
    expect([cell("STRAT", 3, "Target 30/6"), format("STRAT", 3, "Target 30/6")]).toEqual([1800000, EURO_FORMAT]);
    expect([cell("2.2", 3, "Risultato 30/6"), cell("2.2", 3, "Unità")]).toEqual([2870, "campioni"]);
    expect(cell("STRAT", 4, "Risultato 30/6")).toBe(fixture.objectives[0]?.indicators[3]?.resultText);
    expect(cell("2.1", 1, "Target 31/12")).toBe("Rilascio di almeno 300 dispositivi");
    expect(cell("STRAT", 2, "Scostamento dichiarato 30/6")).toBe("--");
  });

  it("writes the polarity a clerk would: decrescente for the reduction indicator only", () => {
    const polarities = indicators.rows.slice(1).map((row) => row[column(indicators, "Polarità")]);
    expect(new Set(polarities)).toEqual(new Set(["crescente", "decrescente", "milestone"]));
    expect(indicators.rows.filter((row) => row[column(indicators, "Polarità")] === "decrescente").map((row) => `${row[0]}/${row[1]}`)).toEqual(["2.2/1"]);
  });

  it("fills the 30/6 results and leaves the 31/12 ones empty, as in a mid-year report", () => {
    expect(reportingPeriod(fixture.periodEnd)).toBe("30/6");
    expect(indicators.rows.slice(1).every((row) => row[column(indicators, "Risultato 31/12")] === null)).toBe(true);
  });

  it("computes Scostamento and Raggiungimento with PERF formulas over the row's result, target and polarity", () => {
    indicators.rows.slice(1).forEach((row, i) => {
      const r = i + 2;
      expect(row[column(indicators, "Scostamento")]).toBe(`=PERF.SCOSTAMENTO(L${r},I${r},E${r})`);
      expect(row[column(indicators, "Raggiungimento")]).toBe(`=PERF.RAGGIUNGIMENTO(L${r},I${r},E${r})`);
    });
  });

  it("caches the formulas' results as evaluateIndicator computes them from the row's cells", () => {
    const polarity = { crescente: "increasing", decrescente: "decreasing", milestone: "milestone" } as const;
    indicators.rows.slice(1).forEach((row, i) => {
      const r = i + 2;
      const read = (header: string) =>
        readCellValue(row[column(indicators, header)] ?? null, { numberFormat: indicators.cellFormats?.[`${String.fromCharCode(65 + column(indicators, header))}${r}`] ?? "General" });
      const outcome = evaluateIndicator({ result: read("Risultato 30/6"), target: read("Target 30/6"), polarity: polarity[row[column(indicators, "Polarità")] as keyof typeof polarity] });
      const cached = indicators.formulaResults?.[`Q${r}`];
      expect({ row: r, cached }).toEqual({ row: r, cached: outcome.ok ? outcome.value.achievement : ({ notEvaluable: "#N/D", divisionByZero: "#DIV/0!" } as Record<string, string>)[outcome.code] ?? "#VALORE!" });
    });
  });

  it("reproduces every numeric deviation the seed declares in the cached Scostamento", () => {
    let compared = 0;
    indicators.rows.slice(1).forEach((row, i) => {
      const declared = row[column(indicators, "Scostamento dichiarato 30/6")];
      const cached = indicators.formulaResults?.[`P${i + 2}`];
      if (typeof declared !== "number" || typeof cached !== "number") return;
      compared += 1;
      expect({ row: i + 2, cached }).toEqual({ row: i + 2, cached: expect.closeTo(declared, 9) });
    });
    expect(compared).toBeGreaterThanOrEqual(12);
  });

  it("writes the managers' weights table with both columns, blank where the seed is blank", () => {
    const seedRows = fixture.managerWeights.reduce((sum, group) => sum + group.objectives.length, 0);
    expect(weights.rows).toHaveLength(seedRows + 1);
    const as = weights.rows.find((row) => row[1] === "AS");
    expect(as).toEqual(["dr Ezio Zorzi", "AS", null, null]);
    expect(weights.rows.find((row) => row[1] === "2.3")).toEqual(["dr Antonio d'Azzeo assistito dalla Dirigente dr.ssa Cristiana Taioli", "2.3", null, 0.2]);
  });

  it("links STRAT's contributing objectives to it and gives STRAT its 50% own share", () => {
    const parent = column(objectives, "Obiettivo strategico di riferimento");
    const children = objectives.rows.filter((row) => row[parent] === "STRAT").map((row) => row[0]);
    expect(children).toEqual(fixture.objectives[0]?.strategicComposition?.contributingObjectives.map((child) => child.code));
    expect(objectives.rows[1]?.[column(objectives, "Quota indicatori propri")]).toBe(0.5);
  });

  it("writes the seed's revision tables with Italian reasons", () => {
    const seedRevisions = fixture.objectives.reduce((sum, objective) => sum + (objective.targetRevisions?.length ?? 0), 0);
    expect(revisions.rows).toHaveLength(seedRevisions + 1);
    const reason = column(revisions, "Motivazione");
    for (const row of revisions.rows.slice(1)) expect(String(row[reason])).toMatch(/^(Si propone|Dati|Nel corso|In considerazione|Dal 3 giugno|Nuovo indicatore)/);
    expect(revisions.rows.find((row) => row[0] === "1.2")?.slice(2, 6)).toEqual([0.5, 0.8, 0.9, 1]);
  });

  it("only sets formats and cached results on cells that exist", () => {
    for (const sheet of sheets) {
      for (const address of [...Object.keys(sheet.cellFormats ?? {}), ...Object.keys(sheet.formulaResults ?? {})]) {
        const at = parseA1(address);
        expect(at && sheet.rows[at.row]?.[at.col]).not.toBeNull();
      }
    }
  });

  it("is read back by the plan reader whole, at the detected date 30/6", () => {
    const grids = sheets.map((sheet) => ({ sheet: sheet.name, origin: "A1", values: sheet.rows.map((row) => row.map((value) => value ?? "")) }));
    const read = readPlan({ name: "esempio", sheets: grids });
    expect(read.ok && { objectives: read.plan.objectives.length, indicators: read.plan.indicators.length, revisions: read.plan.revisions.length, period: read.plan.period }).toEqual({
      objectives: objectives.rows.length - 1,
      indicators: indicators.rows.length - 1,
      revisions: revisions.rows.length - 1,
      period: "30/6",
    });
  });
});
