import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { WorkbookError } from "../../src/port/workbookError";
import { createFakeExcel, workbookState } from "./fakeExcel";
import { PLAN_COLUMNS, PLAN_SHEET_NAMES, planRowCount, planSheets } from "./helpers/planWorkbook";

const DEFAULT_REQUEST_BYTES = 4_000_000;
const DEFAULT_BYTES_PER_CELL = 100;

function readPlan(indicators: number, payloadLimit: number | null, maxRequestBytes?: number) {
  const platform = payloadLimit === null ? "PC" : "OfficeOnline";
  const fake = createFakeExcel(workbookState(planSheets(indicators)), { payloadLimit, platform });
  const workbook = new OfficeWorkbook({ host: fake.host, ...(maxRequestBytes ? { maxRequestBytes } : {}) });
  return { fake, grids: workbook.readSheets(PLAN_SHEET_NAMES) };
}

describe("OfficeWorkbook.readSheets", () => {
  it("reads each used range as a Grid: origin, values, formulas and number formats", async () => {
    const fake = createFakeExcel(
      workbookState([
        { name: "Indicatori", origin: { row: 2, col: 1 }, rows: [["Peso", "Risultato"], [{ value: 0.7, numberFormat: "0.00%" }, { formula: "=B4*2", value: "" }]] },
        { name: "Vuoto", rows: [] },
      ]),
    );
    const [indicators, empty] = await new OfficeWorkbook({ host: fake.host }).readSheets(["Indicatori", "Vuoto"]);

    expect(indicators).toEqual({
      sheet: "Indicatori",
      origin: "B3",
      values: [["Peso", "Risultato"], [0.7, ""]],
      formulas: [["Peso", "Risultato"], [0.7, "=B4*2"]],
      numberFormats: [["General", "General"], ["0.00%", "General"]],
    });
    expect(empty).toEqual({ sheet: "Vuoto", origin: "A1", values: [], formulas: [], numberFormats: [] });
    expect(fake.log.syncs).toBe(2);
  });

  it("reads 10 and 10.000 indicators in the same 2 syncs on desktop Excel, which has no payload cap", async () => {
    const small = readPlan(10, null);
    const large = readPlan(10_000, null);
    const [smallGrids, largeGrids] = await Promise.all([small.grids, large.grids]);

    expect(smallGrids.map((grid) => grid.values.length)).toEqual(planSheets(10).map((sheet) => sheet.rows.length));
    expect(largeGrids.map((grid) => grid.values.length)).toEqual(planSheets(10_000).map((sheet) => sheet.rows.length));
    expect(small.fake.log.syncs).toBe(2);
    expect(large.fake.log.syncs).toBe(small.fake.log.syncs);
  });

  it("reads a small plan on Excel on the web in 2 syncs too", async () => {
    const { fake, grids } = readPlan(10, 5_000_000);
    await grids;
    expect(fake.log.syncs).toBe(2);
  });

  it("keeps every request of a 10.000-indicator plan under Excel on the web's 5 MB: one sync per 4 MB, not per sheet or chunk", async () => {
    const { fake, grids } = readPlan(10_000, 5_000_000);
    const read = await grids;
    const rowsPerRequest = DEFAULT_REQUEST_BYTES / (PLAN_COLUMNS * DEFAULT_BYTES_PER_CELL);
    const expectedDataSyncs = Math.ceil(planRowCount(10_000) / rowsPerRequest);

    expect(fake.log.syncs).toBe(1 + expectedDataSyncs);
    expect(Math.max(...fake.log.payloads.map((payload) => payload.response))).toBeLessThan(5_000_000);
    const loads = fake.log.calls.filter((call) => call.startsWith("range.load(values"));
    expect(loads.length).toBeGreaterThan(expectedDataSyncs);
    const sheets = planSheets(10_000);
    expect(read.map((grid) => grid.sheet)).toEqual(PLAN_SHEET_NAMES);
    read.forEach((grid, index) => {
      expect(grid.values).toHaveLength(sheets[index]?.rows.length ?? -1);
      expect(grid.formulas).toHaveLength(grid.values.length);
      expect(grid.numberFormats).toHaveLength(grid.values.length);
      expect(grid.values.every((row) => row.length === PLAN_COLUMNS)).toBe(true);
    });
    const indicators = read[2];
    expect(indicators?.values[1]?.[2]).toBe(sheets[2]?.rows[1]?.[2]);
    expect(indicators?.formulas?.[10_000]?.[10]).toBe("=J10001-G10001");
    expect(indicators?.numberFormats?.[5_000]?.[8]).toBe("0.00%");
  });

  it("still reads the plan when one request would exceed 5 MB: Excel refuses it and the batch is halved until it fits", async () => {
    const { fake, grids } = readPlan(10_000, 5_000_000, Number.MAX_SAFE_INTEGER);
    const read = await grids;
    expect(read.map((grid) => grid.values.length)).toEqual(planSheets(10_000).map((sheet) => sheet.rows.length));
    expect(fake.log.payloads.every((payload) => payload.request <= 5_000_000)).toBe(true);
  });

  it("lists the sheets first when no names are given (one more sync)", async () => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    const grids = await new OfficeWorkbook({ host: fake.host }).readSheets();
    expect(grids.map((grid) => grid.sheet)).toEqual(PLAN_SHEET_NAMES);
    expect(fake.log.syncs).toBe(3);
  });

  it("names the sheet that no longer exists, in Italian", async () => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    const failure = new OfficeWorkbook({ host: fake.host }).readSheets(["Indicatori", "Indicatori 2019"]);
    await expect(failure).rejects.toBeInstanceOf(WorkbookError);
    await expect(failure).rejects.toMatchObject({
      code: "sheetNotFound",
      sheet: "Indicatori 2019",
      message: "Il foglio «Indicatori 2019» non esiste più: forse è stato rinominato o eliminato. Rivalida il piano.",
    });
  });
});
