/**
 * One `SheetContent` written into an ExcelJS workbook: values; formulas with their
 * cached results (so that readers without Excel see the numbers); number formats by
 * column and by cell; cell fills (the Riepilogo's status cells); bold rows; widths; links
 * inside the workbook. Charts are not written: ExcelJS cannot write them. A sheet whose
 * first row is bold has a header: it stays frozen while scrolling.
 *
 * Links are written as HYPERLINK formulas: ExcelJS stores a link to another sheet
 * as an external relationship, which Excel cannot follow.
 */
import type ExcelJS from "exceljs";
import type { CellErrorValue, CellValue } from "exceljs";
import { parseA1 } from "../core/plan/a1";
import type { SheetCellValue, SheetContent } from "../core/report/sheetContent";
import { fileErrorCode, toStoredFormula } from "../xlsx/excelStoredForms";
import { toArgb } from "../core/report/highlightColors";

type CachedResult = number | string | boolean | CellErrorValue | undefined;

function cachedResult(value: SheetCellValue | undefined): CachedResult {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const error = fileErrorCode(value);
    if (error) return { error: error as CellErrorValue["error"] };
  }
  return value;
}

function formulaLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cellValue(value: SheetCellValue, result: SheetCellValue | undefined): CellValue {
  if (typeof value === "string" && value.startsWith("=")) {
    return { formula: toStoredFormula(value.slice(1)), result: cachedResult(result) } as CellValue;
  }
  return value;
}

function writeRows(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  content.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = cellValue(value, content.formulaResults?.[cell.address]);
    });
  });
}

function writeLinks(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  for (const link of content.links ?? []) {
    const cell = worksheet.getCell(link.address);
    const shown = cell.value === null || cell.value === undefined ? link.target : String(cell.text);
    cell.value = {
      formula: `HYPERLINK(${formulaLiteral(`#${link.target}`)},${formulaLiteral(shown)})`,
      result: shown,
    };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
}

function writeFormats(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  for (const [index, format] of Object.entries(content.columnFormats ?? {})) {
    worksheet.getColumn(Number(index) + 1).numFmt = format;
  }
  for (const [address, format] of Object.entries(content.cellFormats ?? {})) {
    if (parseA1(address)) worksheet.getCell(address).numFmt = format;
  }
  for (const [index, width] of Object.entries(content.columnWidths ?? {})) {
    worksheet.getColumn(Number(index) + 1).width = width;
  }
}

function writeFills(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  for (const [address, color] of Object.entries(content.cellFills ?? {})) {
    if (!parseA1(address)) continue;
    worksheet.getCell(address).fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(color) } };
  }
}

function writeBoldRows(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  for (const index of content.boldRows ?? []) {
    const row = worksheet.getRow(index + 1);
    row.eachCell((cell) => {
      cell.font = { ...(cell.font ?? {}), bold: true };
    });
  }
}

export function addSheetContent(workbook: ExcelJS.Workbook, content: SheetContent): ExcelJS.Worksheet {
  const hasHeader = (content.boldRows ?? []).includes(0);
  const worksheet = workbook.addWorksheet(content.name, {
    views: hasHeader ? [{ state: "frozen", xSplit: 0, ySplit: 1 }] : [],
  });
  writeRows(worksheet, content);
  writeFormats(worksheet, content);
  writeFills(worksheet, content);
  writeLinks(worksheet, content);
  writeBoldRows(worksheet, content);
  return worksheet;
}
