import type { Anomaly } from "../../src/core/rules/anomaly";
import { isWorkbookError } from "../../src/port/workbookError";
import { MemoryWorkbook } from "../../src/port/MemoryWorkbook";

function anomaly(severity: Anomaly["severity"], cell: string, sheet = "Indicatori"): Anomaly {
  return { rule: "r", severity, sheet, cell, key: "errore-interno", params: { rule: "prova", reason: "prova" }, message: "m" };
}

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook([
    { sheet: "Indicatori", origin: "A1", values: [["Indicatore", "Peso"], ["Eventi", 0.5]] },
    { sheet: "Pesi", origin: "B2", values: [["x"]] },
  ]);
}

describe("the in-memory workbook", () => {
  it("lists and reads its sheets, as copies the caller cannot change", async () => {
    const book = workbook();
    expect(await book.listSheets()).toEqual(["Indicatori", "Pesi"]);
    const [grid] = await book.readSheets(["Pesi"]);
    expect(grid?.origin).toBe("B2");
    grid?.values[0]?.splice(0, 1, "changed");
    expect((await book.readSheets(["Pesi"]))[0]?.values).toEqual([["x"]]);
  });

  it("colours a cell by its most severe anomaly, and replaces earlier highlights", async () => {
    const book = workbook();
    await book.applyHighlights([anomaly("info", "B2"), anomaly("errore", "b2"), anomaly("avviso", "B2"), anomaly("avviso", "A1")]);
    expect(book.snapshot().highlights).toEqual([
      { sheet: "Indicatori", address: "B2", severity: "errore" },
      { sheet: "Indicatori", address: "A1", severity: "avviso" },
    ]);
    await book.applyHighlights([anomaly("info", "A2")]);
    expect(book.snapshot().highlights).toEqual([{ sheet: "Indicatori", address: "A2", severity: "info" }]);
    await book.clearHighlights();
    expect(book.snapshot().highlights).toEqual([]);
  });

  it.each([
    ["an unknown sheet", "Foglio9", "A1", "sheetNotFound"],
    ["a bad address", "Pesi", "K", "invalidAddress"],
  ])("refuses to select %s with a WorkbookError", async (_what, sheet, address, code) => {
    const error = await workbook().selectCell(sheet, address).catch((caught: unknown) => caught);
    expect(isWorkbookError(error) && error.code).toBe(code);
  });

  it("selects a cell in canonical form", async () => {
    const book = workbook();
    await book.selectCell("Pesi", "$c$4");
    expect(book.snapshot().selection).toEqual({ sheet: "Pesi", address: "C4" });
  });

  it("replaces a report sheet it wrote, never a user's sheet", async () => {
    const book = workbook();
    await book.writeSheet({ name: "Riepilogo", rows: [["a"]] });
    await book.writeSheet({ name: "Riepilogo", rows: [["b"]] });
    expect((await book.readSheets(["Riepilogo"]))[0]?.values).toEqual([["b"]]);
    const error = await book.writeSheet({ name: "indicatori", rows: [] }).catch((caught: unknown) => caught);
    expect(isWorkbookError(error) && error.code).toBe("sheetExists");
    expect(book.snapshot().writtenSheets).toEqual(["Riepilogo"]);
  });

  it("keeps formulas and shows their cached results as values", async () => {
    const book = workbook();
    await book.writeSheet({ name: "Anomalie", rows: [["Totale", "=1+1", null]], formulaResults: { B1: 2 } });
    const [grid] = await book.readSheets(["Anomalie"]);
    expect(grid?.values).toEqual([["Totale", 2, ""]]);
    expect(grid?.formulas).toEqual([["Totale", "=1+1", ""]]);
  });

  it("tells listeners about a user's edit, with the cell", () => {
    const book = workbook();
    const changes: unknown[] = [];
    const stop = book.onChanged((change) => changes.push(change));
    book.editCell("Indicatori", "c3", 7);
    stop();
    book.editCell("Indicatori", "A1", "x");
    expect(changes).toEqual([{ sheet: "Indicatori", address: "C3" }]);
    expect(book.snapshot().grids[0]?.values).toEqual([["x", "Peso"], ["Eventi", 0.5], ["", "", 7]]);
  });

  it("saves settings as a copy", async () => {
    const book = workbook();
    const settings = { rules: { a: "off" } };
    await book.saveSettings(settings);
    settings.rules.a = "errore";
    expect(await book.loadSettings()).toEqual({ rules: { a: "off" } });
  });
});
