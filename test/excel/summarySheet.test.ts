/**
 * The Riepilogo as «Crea riepilogo» writes it into Excel: every status cell on its status's fill
 * (runs of one colour in one assignment each), and the chart over the cells beside its own table,
 * charting only the evaluable objectives.
 */
import fc from "fast-check";
import fixture from "../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import type { Grid } from "../../src/core/plan/grid";
import { readPlan } from "../../src/core/plan/readPlan";
import { buildSummarySheet } from "../../src/core/report/buildReportSheets";
import { scorePlan } from "../../src/core/report/scorePlan";
import { STATUS_COLORS, STATUSES } from "../../src/core/report/cellColors";
import { parseA1, toA1 } from "../../src/core/plan/a1";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { fillRuns } from "../../src/excel/sheetWrites";
import { createFakeExcel, workbookState } from "./fakeExcel";
import { findSheet } from "./fake/fakeState";

function exampleSummary() {
  const sheets: Grid[] = buildExamplePlanSheets(fixture as unknown as PlanFixture).map((content) => ({
    sheet: content.name,
    origin: "A1",
    values: content.rows.map((row) => row.map((cell) => (cell === null ? "" : cell))),
  }));
  const read = readPlan({ name: "esempio", sheets });
  if (!read.ok) throw new Error(read.message);
  const scores = scorePlan(read.plan);
  return { scores, content: buildSummarySheet(read.plan, scores) };
}

describe("the Riepilogo written into Excel", () => {
  const { scores, content } = exampleSummary();

  it("fills every status cell with its status's colour, and no other cell", async () => {
    const fake = createFakeExcel(workbookState([]));
    await new OfficeWorkbook({ host: fake.host }).writeSheet(content);
    const sheet = findSheet(fake.state, "Riepilogo");
    const filled = [...(sheet?.cells.entries() ?? [])].filter(([, cell]) => cell.fill !== undefined);
    const statusCells = [...(sheet?.cells.entries() ?? [])].filter(([, cell]) => (STATUSES as readonly unknown[]).includes(cell.value));
    expect(statusCells.length).toBe(scores.objectives.length + scores.indicators.length + scores.managers.length);
    expect(filled.map(([key]) => key).sort()).toEqual(statusCells.map(([key]) => key).sort());
    for (const [, cell] of statusCells) expect(cell.fill).toBe(STATUS_COLORS[cell.value as (typeof STATUSES)[number]].fill);
    // All four statuses occur in the example: the colours are really told apart.
    expect(new Set(filled.map(([, cell]) => cell.fill)).size).toBe(4);
  });

  it("places the chart beside its table at the top, over the evaluable objectives only", async () => {
    const fake = createFakeExcel(workbookState([]));
    await new OfficeWorkbook({ host: fake.host }).writeSheet(content);
    const sheet = findSheet(fake.state, "Riepilogo");
    const [chart] = sheet?.charts ?? [];
    expect(chart?.type).toBe("BarClustered");
    expect(chart?.position).toMatch(/^C4:E\d+$/);
    const [first, last] = (chart?.source ?? "").split(":").map((address) => parseA1(address));
    const charted: unknown[] = [];
    for (let row = (first?.row ?? 0) + 1; row <= (last?.row ?? -1); row++) charted.push(sheet?.cells.get(`${row},0`)?.value);
    expect(charted).toEqual(scores.objectives.filter((o) => o.score !== null).map((o) => o.code));
    expect(scores.objectives.some((o) => o.score === null)).toBe(true);
  });
});

describe("fillRuns", () => {
  it.each([
    ["one cell", { A1: "#111111" }, [{ row: 0, col: 0, count: 1, color: "#111111" }]],
    ["a column of one colour", { F3: "#111111", F4: "#111111", F5: "#111111" }, [{ row: 2, col: 5, count: 3, color: "#111111" }]],
    ["a colour change", { F3: "#111111", F4: "#222222", F5: "#222222" }, [{ row: 2, col: 5, count: 1, color: "#111111" }, { row: 3, col: 5, count: 2, color: "#222222" }]],
    ["a gap", { F3: "#111111", F5: "#111111" }, [{ row: 2, col: 5, count: 1, color: "#111111" }, { row: 4, col: 5, count: 1, color: "#111111" }]],
    ["two columns", { C2: "#111111", B2: "#111111" }, [{ row: 1, col: 1, count: 1, color: "#111111" }, { row: 1, col: 2, count: 1, color: "#111111" }]],
    ["a bad address, left out", { "not a cell": "#111111" }, []],
  ])("groups %s", (_label, cellFills, runs) => {
    expect(fillRuns({ name: "S", rows: [], cellFills })).toEqual(runs);
  });

  it("covers every filled cell exactly once with its colour", () => {
    const fills = fc.dictionary(
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 })).map(([row, col]) => toA1(row, col)),
      fc.constantFrom("#111111", "#222222"),
    );
    fc.assert(
      fc.property(fills, (cellFills) => {
        const covered = new Map<string, string>();
        for (const run of fillRuns({ name: "S", rows: [], cellFills })) {
          for (let i = 0; i < run.count; i++) {
            const address = toA1(run.row + i, run.col);
            expect(covered.has(address)).toBe(false);
            covered.set(address, run.color);
          }
        }
        expect(Object.fromEntries(covered)).toEqual(cellFills);
      }),
    );
  });
});
