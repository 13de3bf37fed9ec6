/**
 * Workbooks that are valid .xlsx files but awkward to check, written with ExcelJS into a folder:
 * a plan sheet whose used range reaches row 1.000.000 (a stray note at the bottom, as happens
 * when someone types in the last rows), and plans where every data cell is a formula that
 * ends in an Excel error.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { PLAN_TEMPLATE } from "../../../src/core/plan/planTemplate";

const ERRORS: readonly [string, string][] = [
  ["1/0", "#DIV/0!"],
  ["NA()", "#N/A"],
  ["#REF!+1", "#REF!"],
  ["\"a\"+1", "#VALUE!"],
  ["NOMEINESISTENTE()", "#NAME?"],
];

function indicatorHeaders(): string[] {
  return PLAN_TEMPLATE.indicators.columns.map((column) => column.header);
}

/** A plan of two indicators whose used range goes down to row 1.000.000. */
export async function planReachingRowOneMillion(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PLAN_TEMPLATE.indicators.name);
  sheet.addRow(indicatorHeaders());
  sheet.addRow(["1.1", 1, "Pratiche evase entro 5 giorni", "", "crescente", "", "", "", 0.4, 0.8, 0.5, 0.45]);
  sheet.addRow(["1.1", 2, "Imprese assistite", "", "crescente", "", "", "", 150, 300, 0.5, 120]);
  sheet.getCell("A1000000").value = "Nota: dati aggiornati al 30/6";
  const file = path.join(folder, "fino-alla-riga-un-milione.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The template's sheets with every cell below the headers a formula ending in an Excel error (headers too, when asked). */
export async function planOfFormulaErrors(folder: string, headersToo: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const template of [PLAN_TEMPLATE.objectives, PLAN_TEMPLATE.indicators, PLAN_TEMPLATE.weights]) {
    const sheet = workbook.addWorksheet(template.name);
    const width = template.columns.length;
    for (let row = 1; row <= 12; row += 1) {
      for (let col = 1; col <= width; col += 1) {
        const cell = sheet.getCell(row, col);
        if (row === 1 && !headersToo) {
          cell.value = template.columns[col - 1]?.header ?? "";
          continue;
        }
        const [formula, error] = ERRORS[(row + col) % ERRORS.length] ?? ERRORS[0]!;
        cell.value = { formula, result: { error } } as unknown as ExcelJS.CellValue;
      }
    }
  }
  const file = path.join(folder, headersToo ? "solo-errori.xlsx" : "errori-in-ogni-cella.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}
