/**
 * The annotated copy stays within what Excel opens: no cell text over 32.767 characters, no
 * formula over 8.192. A longer text is clipped with a visible «…», and the
 * user's own cells so clipped are listed in the output.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { toA1 } from "../../src/core/plan/a1";
import { ELLIPSIS, MAX_CELL_TEXT, MAX_FORMULA_TEXT } from "../../src/core/report/sheetContent";
import { runCli, temporaryFolder } from "./support/cliRunner";
import { columnIndex, exampleSheets, rowIndex, sheetNamed, writeSheets } from "./support/planSheets";

let folder: string;
let copy: ExcelJS.Workbook;
let stdout: string;
let longTitleCell: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-excel-limits-");
  const sheets = exampleSheets();
  const objectives = sheetNamed(sheets, "Obiettivi");
  const titleColumn = columnIndex(objectives, "Titolo");
  const file = await writeSheets(folder, "piano.xlsx", sheets);
  // Texts another program could write: ExcelJS stores them as they are.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Obiettivi");
  // AS-STRAT has no indicators: its anomaly quotes the title, and the summary shows it.
  sheet!.getCell(toA1(rowIndex(objectives, { Codice: "AS-STRAT" }), titleColumn)).value = `=${"y".repeat(9_000)}`;
  longTitleCell = toA1(1, titleColumn);
  sheet!.getCell(longTitleCell).value = `Diffusione ${"x".repeat(33_000)}`;
  await workbook.xlsx.writeFile(file);
  const output = path.join(folder, "copia.xlsx");
  const run = await runCli([file, "--annota", output]);
  expect(run.code).toBe(1);
  stdout = run.stdout;
  copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(output);
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function everyCell(visit: (sheet: string, cell: ExcelJS.Cell) => void): void {
  for (const worksheet of copy.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => visit(worksheet.name, cell)));
  }
}

describe("the annotated copy of a plan with texts beyond Excel's limits", () => {
  it("has no cell text longer than 32.767 characters, and the clipped ones end with «…»", () => {
    const clipped: string[] = [];
    everyCell((sheet, cell) => {
      const text = typeof cell.value === "string" ? cell.value : typeof cell.result === "string" ? cell.result : "";
      expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      if (text.length >= MAX_CELL_TEXT - 1 && text.endsWith(ELLIPSIS)) clipped.push(`${sheet}!${cell.address}`);
    });
    expect(clipped).toContain(`Obiettivi!${longTitleCell}`);
    expect(clipped.some((where) => where.startsWith("Riepilogo!"))).toBe(true);
  });

  it("has no formula longer than 8.192 characters, and the summary's long title still reads as its beginning and «…»", () => {
    const long: string[] = [];
    everyCell((sheet, cell) => {
      if (!cell.formula) return;
      expect(cell.formula.length + 1).toBeLessThanOrEqual(MAX_FORMULA_TEXT);
      if (typeof cell.result === "string" && cell.result.startsWith("=yyyy") && cell.result.endsWith(ELLIPSIS)) long.push(sheet);
    });
    expect(long).toContain("Riepilogo");
  });

  it("lists the user's cells clipped in the copy", () => {
    expect(stdout).toContain(`Una cella aveva un testo più lungo dei 32.767 caratteri che Excel ammette: nella copia è accorciato e finisce con «…» (Obiettivi!${longTitleCell}).`);
  });
});
