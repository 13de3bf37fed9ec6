/**
 * The report sheets of an annotated copy («Anomalie», «Riepilogo») replace those of an earlier
 * run of perf-check or of the pane, recognised by their first row: the Anomalie headers, the
 * Riepilogo title. A user's own sheet with one of these names is never replaced: the copy is
 * refused and the user told which sheet to rename, as the pane does. Names are compared as Excel
 * compares them, ignoring case: «ANOMALIE» takes the name «Anomalie».
 */
import type ExcelJS from "exceljs";
import { ANOMALIES_HEADERS, ANOMALIES_SHEET, SUMMARY_SHEET, SUMMARY_TITLE_PREFIX } from "../core/report/reportSheets";

function firstRowTexts(worksheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    texts[column - 1] = cell.text.trim();
  });
  return texts;
}

const IS_OWN: Record<string, (firstRow: readonly string[]) => boolean> = {
  [ANOMALIES_SHEET]: (row) => ANOMALIES_HEADERS.every((header, index) => row[index] === header),
  [SUMMARY_SHEET]: (row) => (row[0] ?? "").startsWith(SUMMARY_TITLE_PREFIX),
};

/** The sheet whose name is `name` to Excel, which ignores case. */
function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLocaleUpperCase("it");
  return workbook.worksheets.find((worksheet) => worksheet.name.toLocaleUpperCase("it") === wanted);
}

/** Names (as the file writes them) of the sheets called like a report sheet that perf-check did not write. */
export function foreignReportSheets(workbook: ExcelJS.Workbook): string[] {
  return Object.entries(IS_OWN).flatMap(([name, isOwn]) => {
    const worksheet = worksheetNamed(workbook, name);
    return worksheet && (worksheet.name !== name || !isOwn(firstRowTexts(worksheet))) ? [worksheet.name] : [];
  });
}

/** Removes the report sheets of an earlier run, so that the new ones take their names. */
export function removeOwnReportSheets(workbook: ExcelJS.Workbook): void {
  for (const [name, isOwn] of Object.entries(IS_OWN)) {
    const worksheet = worksheetNamed(workbook, name);
    if (worksheet && worksheet.name === name && isOwn(firstRowTexts(worksheet))) workbook.removeWorksheet(worksheet.id);
  }
}
