/**
 * A plan workbook as a user leaves it after months of work: the synthetic plan written by the
 * CLI's writer, then dressed by hand with ExcelJS: fonts, fills, borders, alignment, number
 * formats, notes, a merged title, row heights, column widths, frozen panes, a tab colour,
 * conditional formats and data validation. What "nothing lost" is checked against.
 */
import ExcelJS from "exceljs";
import { writeSyntheticPlanFile } from "../../support/syntheticPlan";

const USER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

function dressIndicators(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).height = 32;
  sheet.getColumn(3).width = 48;
  sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 2 }];
  sheet.properties.tabColor = { argb: "FF1F4E79" };
  for (let row = 2; row <= Math.min(sheet.rowCount, 40); row += 1) {
    const name = sheet.getCell(row, 3);
    name.font = { italic: true, color: { argb: "FF203864" } };
    name.alignment = { wrapText: true, vertical: "top" };
    sheet.getCell(row, 11).border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    if (row % 3 === 0) sheet.getCell(row, 9).fill = USER_FILL;
    if (row % 4 === 0) sheet.getCell(row, 12).fill = USER_FILL;
    if (row % 5 === 0) sheet.getCell(row, 12).note = "Dato da verificare con l'ufficio";
  }
  sheet.getCell("L2").numFmt = "0.000%";
  sheet.addConditionalFormatting({
    ref: "Q2:Q40",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0.5"], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
  });
  sheet.getCell("E2").dataValidation = { type: "list", allowBlank: true, formulae: ['"crescente,decrescente,milestone"'] };
}

function dressObjectives(sheet: ExcelJS.Worksheet): void {
  sheet.spliceRows(1, 0, []);
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = "Piano della Performance — obiettivi";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getColumn(3).width = 60;
}

/** Writes the dressed plan to `file`; returns the defects the plan carries. */
export async function writeDressedPlan(file: string): Promise<void> {
  await writeSyntheticPlanFile(file, { objectives: 30, indicatorsPerObjective: 5, seed: 11, defectRate: 0.2 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const indicators = workbook.getWorksheet("Indicatori");
  const objectives = workbook.getWorksheet("Obiettivi");
  if (!indicators || !objectives) throw new Error("synthetic plan without its sheets");
  dressIndicators(indicators);
  dressObjectives(objectives);
  await workbook.xlsx.writeFile(file);
}
