/**
 * The canonical template's sheets as `SheetContent`: the header row in bold, column widths and
 * formats, and each cell's own format and (for formulas) cached result. The empty template (what
 * "Inserisci modello" creates: Obiettivi, Indicatori, Pesi and Revisioni) is this with no rows.
 */
import { toA1 } from "../plan/a1";
import type { Locale } from "../wording/addinLanguage";
import { TEMPLATE_SHEETS, type TemplateSheet } from "../plan/planTemplate";
import type { SheetCellValue, SheetContent } from "../report/sheetContent";
import { type ClerkEntry, PERCENT_FORMAT, TEXT_FORMAT, YEAR_FORMAT } from "./typeAsClerk";
import type { PlanField } from "../plan/planFields";

/** A cell to write: a clerk's entry, or a formula ("=...") with the result it evaluates to. */
export interface PlannedCell extends ClerkEntry {
  result?: SheetCellValue;
}

export function sheetName(sheet: TemplateSheet, locale: Locale = "it"): string {
  return locale === "en" ? sheet.nameEn : sheet.name;
}

function templateHeaders(sheet: TemplateSheet, locale: Locale = "it"): string[] {
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

/**
 * How each template column looks: width in characters and, where the column holds
 * one kind of figure, its number format. Codes are text ("1.1" typed into a General
 * cell of an Italian Excel may turn into a date).
 */

export interface ColumnStyle {
  width: number;
  format?: string;
}

const STYLES: Partial<Record<PlanField, ColumnStyle>> = {
  objectiveCode: { width: 12, format: TEXT_FORMAT },
  objectiveKind: { width: 14 },
  objectiveTitle: { width: 60 },
  area: { width: 34 },
  manager: { width: 36 },
  objectiveWeight: { width: 10, format: PERCENT_FORMAT },
  parentCode: { width: 16, format: TEXT_FORMAT },
  ownShare: { width: 14, format: PERCENT_FORMAT },
  indicatorNumber: { width: 6 },
  indicatorName: { width: 60 },
  indicatorType: { width: 26 },
  polarity: { width: 13 },
  unit: { width: 14 },
  baseline: { width: 24 },
  baselineYear: { width: 10, format: YEAR_FORMAT },
  target30_6: { width: 24 },
  target31_12: { width: 24 },
  indicatorWeight: { width: 10, format: PERCENT_FORMAT },
  result30_6: { width: 24 },
  declaredDeviation30_6: { width: 16 },
  result31_12: { width: 24 },
  declaredDeviation31_12: { width: 16 },
  deviation: { width: 16 },
  achievement: { width: 15, format: PERCENT_FORMAT },
  notes: { width: 40 },
  managerWeight: { width: 14, format: PERCENT_FORMAT },
  forecast30_6: { width: 24 },
  actual30_6: { width: 24 },
  forecast31_12: { width: 24 },
  newForecast31_12: { width: 24 },
  reason: { width: 70 },
};

/** The style of a column: its field's, widened to fit the header. */
function columnStyle(field: PlanField, header: string): ColumnStyle {
  const style = STYLES[field] ?? { width: 14 };
  return { ...style, width: Math.max(style.width, header.length + 2) };
}

export function buildTemplateSheets(locale: Locale = "it"): SheetContent[] {
  return TEMPLATE_SHEETS.map((sheet) => templateSheetContent(sheet, [], locale));
}
