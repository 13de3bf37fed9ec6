/**
 * The report sheets of an annotated copy («Anomalie», «Riepilogo») replace those of an earlier
 * run of perf-check or of the pane. Which sheets are ours is the core's rule
 * (src/core/reportSheets.ts); a file gives its evidence, each sheet's first row (ExcelJS cannot
 * read the owner mark Excel stores). A user's own sheet with one of these names is never replaced: the copy is
 * refused and the user told which sheet to rename, as the pane does. Names are compared as Excel
 * compares them, ignoring case: «ANOMALIE» takes the name «Anomalie».
 */
import type ExcelJS from "exceljs";
import { isOwnSheet, REPORT_SHEET_NAMES } from "../core/reportSheets";

function firstRowTexts(worksheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    texts[column - 1] = cell.text.trim();
  });
  return texts;
}

/** Whether the worksheet was written by perf-check or the pane, by the core's rule. */
function isOwn(worksheet: ExcelJS.Worksheet): boolean {
  return isOwnSheet(worksheet.name, { firstRow: firstRowTexts(worksheet) });
}

/** The sheet whose name is `name` to Excel, which ignores case. */
function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLocaleUpperCase("it");
  return workbook.worksheets.find((worksheet) => worksheet.name.toLocaleUpperCase("it") === wanted);
}

/** Names (as the file writes them) of the sheets called like a report sheet that perf-check did not write. */
export function foreignReportSheets(workbook: ExcelJS.Workbook): string[] {
  return REPORT_SHEET_NAMES.flatMap((name) => {
    const worksheet = worksheetNamed(workbook, name);
    return worksheet && !isOwn(worksheet) ? [worksheet.name] : [];
  });
}

/** Removes the report sheets of an earlier run, so that the new ones take their names. */
export function removeOwnReportSheets(workbook: ExcelJS.Workbook): void {
  for (const name of REPORT_SHEET_NAMES) {
    const worksheet = worksheetNamed(workbook, name);
    if (worksheet && isOwn(worksheet)) workbook.removeWorksheet(worksheet.id);
  }
}
