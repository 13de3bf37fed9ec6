import type { SheetContent } from "../../src/core/report/sheetContent";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { OWNER_PROPERTY, OWNER_VALUE } from "../../src/core/reportSheets";
import { columnWidthPoints } from "../../src/excel/sheetMatrix";
import { createFakeExcel, snapshotCells, workbookState, type FakeExcel } from "./fakeExcel";
import { findSheet, type FakeSheet } from "./fake/fakeState";
import { planSheets } from "./helpers/planWorkbook";

const summary: SheetContent = {
  name: "Riepilogo",
  rows: [
    ["Obiettivo", "Grado di raggiungimento", "Punteggio"],
    ["1.1", 0.9, "=B2*100"],
    ["1.2", 1, "=B3*100"],
    ["STRAT", null, "=AVERAGE(C2:C3)"],
  ],
  links: [
    { address: "A2", target: "'Indicatori'!A2" },
    { address: "B2", target: "'Indicatori'!L2" },
  ],
  columnFormats: { 1: "0.00%" },
  cellFormats: { C4: "0.0" },
  boldRows: [0],
  columnWidths: { 0: 12, 1: 24 },
  chart: { range: "A1:B3", title: "Grado di raggiungimento per obiettivo", type: "bar" },
};

function sheetOf(fake: FakeExcel, name: string): FakeSheet {
  const sheet = findSheet(fake.state, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("OfficeWorkbook.writeSheet", () => {
  it("writes values, formulas, formats, bold header, widths, link and chart in one sync after looking for the sheet", async () => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    await new OfficeWorkbook({ host: fake.host }).writeSheet(summary);

    expect(fake.log.syncs).toBe(2);
    const sheet = sheetOf(fake, "Riepilogo");
    expect(sheet.cells.get("0,0")).toEqual({ value: "Obiettivo", quotePrefix: true, numberFormat: "General", bold: true });
    expect(sheet.cells.get("1,1")).toMatchObject({ value: 0.9, numberFormat: "0.00%" });
    expect(sheet.cells.get("1,2")).toMatchObject({ formula: "=B2*100" });
    expect(sheet.cells.get("3,1")).toMatchObject({ value: "", numberFormat: "0.00%" });
    expect(sheet.cells.get("3,2")).toMatchObject({ formula: "=AVERAGE(C2:C3)", numberFormat: "0.0" });
    expect(sheet.cells.get("1,0")?.hyperlink).toEqual({ documentReference: "'Indicatori'!A2", textToDisplay: "1.1" });
    expect(sheet.cells.get("1,1")?.hyperlink).toEqual({ documentReference: "'Indicatori'!L2" });
    expect(sheet.columnWidths).toEqual({ 0: columnWidthPoints(12), 1: columnWidthPoints(24) });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts).toEqual([
      { type: "BarClustered", source: "A1:B3", seriesBy: "Columns", title: "Grado di raggiungimento per obiettivo", position: "E1" },
    ]);
    expect(sheet.customProperties).toEqual({ [OWNER_PROPERTY]: OWNER_VALUE });
    expect(fake.state.activeSheet).toBe("Riepilogo");
  });

  it("keeps text as text: placeholders, Italian numbers and dates are not turned into formulas, numbers or dates", async () => {
    const fake = createFakeExcel(workbookState([]));
    const texts = ["-", "--", "-----", "//", "89,55%", "1.800.000,00", "-2,13%", "30/6", "2020", "+5", "'quoted"];
    const workbook = new OfficeWorkbook({ host: fake.host });
    await workbook.writeSheet({ name: "Esempio", rows: [texts, [12, true, "=A2+1"]] }, { replace: false });

    const [grid] = await workbook.readSheets(["Esempio"]);
    expect(grid?.values[0]).toEqual(texts);
    expect(grid?.values[1]?.slice(0, 2)).toEqual([12, true]);
    expect(grid?.formulas?.[1]?.[2]).toBe("=A2+1");
  });

  it("replaces the sheet it wrote before, in 3 syncs, even when it is the workbook's only sheet", async () => {
    const fake = createFakeExcel(workbookState([]));
    const workbook = new OfficeWorkbook({ host: fake.host });
    await workbook.writeSheet({ name: "Anomalie", rows: [["Gravità"], ["errore"], ["avviso"]] });
    fake.resetLog();

    await workbook.writeSheet({ name: "Anomalie", rows: [["Gravità"], ["info"]], boldRows: [0] });
    expect(fake.log.syncs).toBe(3);
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(["Anomalie"]);
    const cells = [...sheetOf(fake, "Anomalie").cells.entries()].map(([key, cell]) => [key, cell.value]);
    expect(cells).toEqual([["0,0", "Gravità"], ["1,0", "info"]]);
  });

  it("refuses to replace a user's sheet that has the same name, and leaves it untouched", async () => {
    const fake = createFakeExcel(workbookState([{ name: "Riepilogo", rows: [["Il mio riepilogo", 42]] }, ...planSheets(10)]));
    const before = structuredClone(snapshotCells(fake.state));
    const attempt = new OfficeWorkbook({ host: fake.host }).writeSheet(summary);

    await expect(attempt).rejects.toMatchObject({
      code: "sheetExists",
      sheet: "Riepilogo",
      message: expect.stringMatching(/^Il foglio «Riepilogo» esiste già e non è stato creato dal componente aggiuntivo.*Rinominalo o eliminalo/),
    });
    expect(snapshotCells(fake.state)).toEqual(before);
  });

  it("never overwrites an existing sheet when inserting the template or the example, even one it wrote", async () => {
    const fake = createFakeExcel(workbookState([]));
    const workbook = new OfficeWorkbook({ host: fake.host });
    await workbook.writeSheet({ name: "Indicatori", rows: [["Indicatore"]] });
    const before = structuredClone(snapshotCells(fake.state));

    await expect(workbook.writeSheet({ name: "Indicatori", rows: [["Altro"]] })).rejects.toMatchObject({
      code: "sheetExists",
      message: expect.stringContaining("il componente aggiuntivo non sovrascrive i fogli esistenti"),
    });
    expect(snapshotCells(fake.state)).toEqual(before);
  });

  it("without ExcelApi 1.12 cannot prove a sheet is its own, so it does not replace it", async () => {
    const fake = createFakeExcel(workbookState([]), { apiVersion: "1.11" });
    const workbook = new OfficeWorkbook({ host: fake.host });
    await workbook.writeSheet({ name: "Anomalie", rows: [["Gravità"]] });
    expect(sheetOf(fake, "Anomalie").customProperties).toEqual({});
    await expect(workbook.writeSheet({ name: "Anomalie", rows: [["Gravità"]] })).rejects.toMatchObject({ code: "sheetExists" });
  });

  it("writes a 10.000-row Anomalie sheet on Excel on the web in requests under 5 MB, every row in place", async () => {
    const rows = [["Gravità", "Foglio", "Cella", "Messaggio"], ...Array.from({ length: 10_000 }, (_, index) => [
      "errore", "Indicatori", `K${index + 2}`, `La somma dei pesi dell'obiettivo ${index} è 99,90% invece di 100%: ${"dettaglio ".repeat(40)}`,
    ])];
    const links = rows.slice(1).map((_, index) => ({ address: `C${index + 2}`, target: `'Indicatori'!K${index + 2}` }));
    const web = createFakeExcel(workbookState([]), { payloadLimit: 5_000_000 });
    await new OfficeWorkbook({ host: web.host }).writeSheet({ name: "Anomalie", rows, links, boldRows: [0] });

    expect(web.log.syncs).toBeGreaterThan(2);
    expect(Math.max(...web.log.payloads.map((payload) => payload.request))).toBeLessThan(5_000_000);
    const sheet = sheetOf(web, "Anomalie");
    expect(sheet.cells.get("10000,3")?.value).toBe(rows[10_000]?.[3]);
    expect(sheet.cells.get("10000,2")?.hyperlink?.documentReference).toBe("'Indicatori'!K10001");

    const desktop = createFakeExcel(workbookState([]), { payloadLimit: null, platform: "PC" });
    await new OfficeWorkbook({ host: desktop.host }).writeSheet({ name: "Anomalie", rows, links });
    expect(desktop.log.syncs).toBe(2);
  });

  it.each([
    [{ name: "Riepilogo: 2020", rows: [] }, "invalidArgument", "Impossibile creare il foglio «Riepilogo: 2020»: il nome contiene uno dei caratteri : \\ / ? * [ ]."],
    [{ name: "Un nome di foglio davvero troppo lungo", rows: [] }, "invalidArgument", "Impossibile creare il foglio «Un nome di foglio davvero troppo lungo»: il nome supera i 31 caratteri."],
    [{ name: "Anomalie", rows: [["x"]], links: [{ address: "cella 3", target: "'Indicatori'!A1" }] }, "invalidAddress", "Impossibile creare il foglio «Anomalie»: «cella 3» non è un indirizzo di Excel."],
  ])("refuses %p before calling Excel", async (content, code, message) => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    await expect(new OfficeWorkbook({ host: fake.host }).writeSheet(content)).rejects.toMatchObject({ code, message });
    expect(fake.log.syncs).toBe(0);
  });
});
