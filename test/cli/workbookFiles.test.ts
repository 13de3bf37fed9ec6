/**
 * The CLI's .xlsx edges: writeWorkbook (SheetContent -> file) and readWorkbookFile (file -> the
 * same grids Excel's range.values / formulas / numberFormat would give).
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import type { Grid } from "../../src/core/plan/grid";
import type { SheetContent } from "../../src/core/report/sheetContent";
import { temporaryFolder } from "./support/cliRunner";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder();
});

async function readBack(file: string): Promise<Grid[]> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.message);
  return read.workbook.sheets;
}

const SHEET: SheetContent = {
  name: "Indicatori",
  rows: [
    ["Codice", "Peso", "Risultato", "Scostamento", "Vai"],
    ["1.1", 0.7, 56, "=PERF.SCOSTAMENTO(C2,32,\"crescente\")", null],
    ["2.2", 0.3, "//", "=PERF.SCOSTAMENTO(C3,40)", "Indicatori!A1"],
    ["3.1", true, null, "=PERF.RAGGIUNGIMENTO(C4,1)", null],
  ],
  formulaResults: { D2: 24, D3: "#N/D", D4: "#VALORE!" },
  columnFormats: { 1: "0.00%" },
  cellFormats: { C2: "#,##0" },
  columnWidths: { 0: 12, 4: 30 },
  boldRows: [0],
  links: [{ address: "E3", target: "'Indicatori'!A1" }],
};

describe("writeWorkbookFile then readWorkbookFile", () => {
  let grid: Grid;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = path.join(folder, "andata-ritorno.xlsx");
    await writeWorkbookFile(file, [SHEET]);
    [grid] = (await readBack(file)) as [Grid];
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  });

  it("gives back the values, with formulas' cached results and Excel errors as Italian Excel shows them", () => {
    expect(grid.origin).toBe("A1");
    expect(grid.values).toEqual([
      ["Codice", "Peso", "Risultato", "Scostamento", "Vai"],
      ["1.1", 0.7, 56, 24, ""],
      ["2.2", 0.3, "//", "#N/D", "Indicatori!A1"],
      ["3.1", true, "", "#VALORE!", ""],
    ]);
  });

  it("gives back the formulas as Excel shows them, with the add-in loaded", () => {
    expect(grid.formulas?.[1]?.[3]).toBe('=PERF.SCOSTAMENTO(C2,32,"crescente")');
    expect(grid.formulas?.[2]?.[4]).toBe(`=HYPERLINK("#'Indicatori'!A1","Indicatori!A1")`);
    expect(grid.formulas?.[1]?.[0]).toBe("1.1");
  });

  it("stores PERF functions the way Excel saves JavaScript custom functions", () => {
    expect(workbook.getWorksheet("Indicatori")?.getCell("D2").formula).toBe('_xldudf_PERF_SCOSTAMENTO(C2,32,"crescente")');
  });

  it("keeps column and cell number formats", () => {
    expect(grid.numberFormats?.[1]?.[1]).toBe("0.00%");
    expect(grid.numberFormats?.[1]?.[2]).toBe("#,##0");
    expect(grid.numberFormats?.[1]?.[0]).toBe("General");
  });

  it("writes a bold, frozen header row and the column widths", () => {
    const sheet = workbook.getWorksheet("Indicatori");
    expect(sheet?.getCell("A1").font?.bold).toBe(true);
    expect(sheet?.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getColumn(1).width).toBe(12);
    expect(sheet?.getColumn(5).width).toBe(30);
  });

  it("stores fixed document dates", () => {
    expect(workbook.created?.toISOString()).toBe("2020-06-30T00:00:00.000Z");
    expect(workbook.modified?.toISOString()).toBe("2020-06-30T00:00:00.000Z");
  });
});

describe("readWorkbookFile on a workbook made in Excel's ways", () => {
  let sheets: Grid[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Piano");
    sheet.getCell("B3").value = "Titolo unito";
    sheet.mergeCells("B3:D3");
    sheet.getCell("B4").value = { richText: [{ text: "Rilascio di " }, { text: "almeno 300", font: { bold: true } }, { text: " dispositivi" }] };
    sheet.getCell("C4").value = new Date(Date.UTC(2020, 5, 30));
    sheet.getCell("C4").numFmt = "dd/mm/yyyy";
    sheet.getCell("D4").value = { error: "#DIV/0!" };
    sheet.getCell("B5").value = 10;
    sheet.getCell("C5").value = { formula: "B5*2", result: 20 };
    sheet.getCell("D5").value = { text: "sito", hyperlink: "https://www.bs.camcom.it/" };
    sheet.getCell("B6").value = false;
    workbook.addWorksheet("Vuoto");
    const file = path.join(folder, "modi-di-excel.xlsx");
    await workbook.xlsx.writeFile(file);
    sheets = await readBack(file);
  });

  it("starts the grid at the used range, like range.values", () => {
    expect(sheets[0]?.origin).toBe("B3");
  });

  it("keeps a merged range's value in its top-left cell only", () => {
    expect(sheets[0]?.values[0]).toEqual(["Titolo unito", "", ""]);
  });

  it("reads rich text as plain text, dates as Excel serial numbers, errors in Italian, links as their text", () => {
    expect(sheets[0]?.values[1]).toEqual(["Rilascio di almeno 300 dispositivi", 44012, "#DIV/0!"]);
    expect(sheets[0]?.numberFormats?.[1]?.[1]).toBe("dd/mm/yyyy");
    expect(sheets[0]?.values[2]).toEqual([10, 20, "sito"]);
    expect(sheets[0]?.formulas?.[2]?.[1]).toBe("=B5*2");
    expect(sheets[0]?.values[3]).toEqual([false, "", ""]);
  });

  it("gives an empty sheet as one blank cell", () => {
    expect(sheets[1]).toEqual({ sheet: "Vuoto", origin: "A1", values: [[""]], formulas: [[""]], numberFormats: [["General"]] });
  });
});
