/**
 * A template sheet (`PLAN_TEMPLATE`) with rows of cells as a `SheetContent`: the
 * header row in bold, column widths and formats, and each cell's own format and
 * (for formulas) cached result. The empty template is this with no rows.
 */
import { toA1 } from "../plan/a1";
import type { Locale } from "../wording/addinLanguage";
import type { TemplateSheet } from "../plan/planTemplate";
import type { SheetCellValue, SheetContent } from "../report/sheetContent";
import { columnStyle } from "./templateColumnStyles";
import type { ClerkEntry } from "./typeAsClerk";

/** A cell to write: a clerk's entry, or a formula ("=...") with the result it evaluates to. */
export interface PlannedCell extends ClerkEntry {
  result?: SheetCellValue;
}

export function sheetName(sheet: TemplateSheet, locale: Locale = "it"): string {
  return locale === "en" ? sheet.nameEn : sheet.name;
}

export function templateHeaders(sheet: TemplateSheet, locale: Locale = "it"): string[] {
  return sheet.columns.map((column) => (locale === "en" ? column.headerEn : column.header));
}

export function templateSheetContent(sheet: TemplateSheet, rows: PlannedCell[][], locale: Locale = "it"): SheetContent {
  const headers = templateHeaders(sheet, locale);
  const columnFormats: Record<number, string> = {};
  const columnWidths: Record<number, number> = {};
  sheet.columns.forEach((column, index) => {
    const style = columnStyle(column.field, headers[index] ?? "");
    columnWidths[index] = style.width;
    if (style.format) columnFormats[index] = style.format;
  });
  const cellFormats: Record<string, string> = {};
  const formulaResults: Record<string, SheetCellValue> = {};
  const body = rows.map((row, r) =>
    sheet.columns.map((_column, c) => {
      const cell = row[c];
      if (!cell) return null;
      const address = toA1(r + 1, c);
      if (cell.format && cell.format !== columnFormats[c]) cellFormats[address] = cell.format;
      if (cell.result !== undefined) formulaResults[address] = cell.result;
      return cell.value;
    }),
  );
  const content: SheetContent = {
    name: sheetName(sheet, locale),
    rows: [headers, ...body],
    columnFormats,
    columnWidths,
    boldRows: [0],
  };
  if (Object.keys(cellFormats).length > 0) content.cellFormats = cellFormats;
  if (Object.keys(formulaResults).length > 0) content.formulaResults = formulaResults;
  return content;
}
