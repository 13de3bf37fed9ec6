/**
 * Sheets (`SheetContent[]`) to an .xlsx, the same way every time: fixed document dates and ZIP
 * timestamps, so that regenerating a workbook from the same data gives the same bytes. Files are
 * written safely (safeWrite.ts): through an exclusive temporary file in the target folder, then
 * renamed, so a reader never sees half a workbook.
 *
 * Each `SheetContent` is written into the ExcelJS workbook with its values; formulas with their
 * cached results (so that readers without Excel see the numbers); number formats by column and by
 * cell; cell fills (the Riepilogo's status cells); bold rows; widths; links inside the workbook.
 * Charts are not written: ExcelJS cannot write them. A sheet whose first row is bold has a header:
 * it stays frozen while scrolling. Links are written as HYPERLINK formulas: ExcelJS stores a link
 * to another sheet as an external relationship, which Excel cannot follow.
 */
import ExcelJS from "exceljs";
import type { CellErrorValue, CellValue } from "exceljs";
import { parseA1 } from "../core/plan/a1";
import { toArgb } from "../core/report/cellColors";
import type { SheetCellValue, SheetContent } from "../core/report/sheetContent";
import { fileErrorCode, toStoredFormula } from "../xlsx/excelStoredForms";
import { fixZipTimestamps } from "../xlsx/fixZipTimestamps";
import { writeFileAtomically } from "./safeWrite";

export interface WorkbookDocument {
  creator?: string;
  title?: string;
  /** Creation and modification date stored in the file (default 2020-06-30, the seed's reporting date). */
  date?: Date;
}

export const DEFAULT_DOCUMENT_DATE = new Date(Date.UTC(2020, 5, 30, 0, 0, 0));

export function buildWorkbook(sheets: SheetContent[], document: WorkbookDocument = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date = document.date ?? DEFAULT_DOCUMENT_DATE;
  workbook.creator = document.creator ?? "perf-check";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = date;
  workbook.modified = date;
  if (document.title) workbook.title = document.title;
  for (const sheet of sheets) addSheetContent(workbook, sheet);
  return workbook;
}

/** The workbook's bytes, with every ZIP entry stamped with `date` (default: the workbook's modification date). */
export async function workbookBytes(workbook: ExcelJS.Workbook, date?: Date): Promise<Buffer> {
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipTimestamps(written, date ?? workbook.modified ?? DEFAULT_DOCUMENT_DATE);
}

export async function writeWorkbookFile(target: string, sheets: SheetContent[], document: WorkbookDocument = {}): Promise<void> {
  const workbook = buildWorkbook(sheets, document);
  await writeFileAtomically(target, await workbookBytes(workbook, document.date));
}

// ---- One sheet into the workbook ----

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
