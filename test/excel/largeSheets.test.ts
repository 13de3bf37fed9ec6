/**
 * Big sheets on every platform. Excel caps a get at five million cells on Windows, Mac and the
 * web alike, so reads are chunked everywhere, not only on the web; chunks are appended without
 * spreading them into `push` (200.000 rows would overflow the call stack); and a large sheet
 * beside the plan (a data export) is looked at only in its top rows, while a large plan sheet is
 * read whole but only up to the last column the plan uses.
 */
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { DEFAULT_BUDGET } from "../../src/excel/requestBudget";
import { HEADER_SLICE_ROWS } from "../../src/excel/readGrids";
import fixture from "../../assets/plan-2020.json";
import { sheetsToFakeSpecs } from "../support/sheetsToFakeExcel";
import { createFakeExcel, workbookState, type FakeExcelOptions, type SheetSpec } from "./fakeExcel";
import { cellKey, findSheet } from "./fake/fakeState";

const PLATFORMS: [string, FakeExcelOptions][] = [
  ["Excel on the web", { platform: "OfficeOnline" }],
  ["Excel on Windows", { platform: "PC", payloadLimit: null }],
  ["Excel on Mac", { platform: "Mac", payloadLimit: null }],
];

const planSpecs = (): SheetSpec[] => sheetsToFakeSpecs(buildExamplePlanSheets(fixture as unknown as PlanFixture));

/** A data export: a header and 40 rows at the top, 6 columns (the test adds a row 200.000 rows down). */
function dataSheet(): SheetSpec {
  const top = [["Matricola", "Data", "Importo", "Causale", "Ufficio", "Stato"], ...Array.from({ length: 40 }, (_, row) => [row, "2020-01-01", 10.5, "x", "y", "ok"])];
  return { name: "Dati", rows: top };
}

function withFarCell(state: ReturnType<typeof workbookState>, sheet: string, row: number, col: number, value: string): void {
  findSheet(state, sheet)?.cells.set(cellKey(row, col), { value });
}

describe.each(PLATFORMS)("reading in %s", (_platform, options) => {
  it("reads a 200.000-row data sheet beside the plan only in its top rows, and the plan sheets whole", async () => {
    const state = workbookState([...planSpecs(), dataSheet()]);
    withFarCell(state, "Dati", 199_999, 5, "fine");
    const fake = createFakeExcel(state, options);
    const grids = await new OfficeWorkbook({ host: fake.host }).readSheets();

    const plainFake = createFakeExcel(workbookState(planSpecs()), options);
    const planOnly = await new OfficeWorkbook({ host: plainFake.host }).readSheets();
    const data = grids.find((grid) => grid.sheet === "Dati");
    expect(data?.values.length).toBe(HEADER_SLICE_ROWS);
    expect(grids.filter((grid) => grid.sheet !== "Dati")).toEqual(planOnly);
    const received = fake.log.payloads.reduce((sum, payload) => sum + payload.response, 0);
    const receivedPlanOnly = plainFake.log.payloads.reduce((sum, payload) => sum + payload.response, 0);
    expect(received - receivedPlanOnly).toBeLessThan(20_000);
  });

  it("reads a plan sheet of 30.000 rows whole, but only up to the last column the plan uses", async () => {
    const state = workbookState(planSpecs());
    withFarCell(state, "Indicatori", 29_999, 25, "nota lontana");
    const fake = createFakeExcel(state, options);
    const grids = await new OfficeWorkbook({ host: fake.host }).readSheets();
    const indicators = grids.find((grid) => grid.sheet === "Indicatori");
    expect(indicators?.values.length).toBe(30_000);
    const width = indicators?.values[0]?.length ?? 0;
    expect(width).toBeGreaterThan(10);
    expect(width).toBeLessThan(26);
  });

  it("reads a 200.000-row sheet without overflowing the call stack", async () => {
    const state = workbookState([{ name: "Lunga", rows: [["Codice"]] }]);
    withFarCell(state, "Lunga", 199_999, 0, "ultima");
    const fake = createFakeExcel(state, options);
    const [grid] = await new OfficeWorkbook({ host: fake.host }).readSheets(["Lunga"]);
    expect(grid?.values.length).toBe(200_000);
    expect(grid?.values[199_999]).toEqual(["ultima"]);
  });

  it("never asks one get for more cells than Excel allows, desktop included", async () => {
    const state = workbookState([{ name: "Larga", rows: [["a", "b", "c", "d", "e"]] }]);
    withFarCell(state, "Larga", 4_999, 4, "fine");
    const fake = createFakeExcel(state, { ...options, maxCellsPerGet: 10_000 });
    const [grid] = await new OfficeWorkbook({ host: fake.host, maxCellsPerBatch: 8_000 }).readSheets(["Larga"]);
    expect(grid?.values.length).toBe(5_000);
    expect(fake.log.syncs).toBe(1 + Math.ceil(25_000 / 8_000));
  });
});

describe("the read budget", () => {
  it("keeps each batch of reads far under Excel's five million cells a get", () => {
    expect(DEFAULT_BUDGET.maxCellsPerBatch * 3).toBeLessThanOrEqual(5_000_000);
  });
});
