/**
 * The annotated copy of a checked workbook: each anomalous cell filled with its
 * most severe anomaly's colour (the pane's colours, HIGHLIGHT_COLORS) and, where
 * the cell has no note of its own, a note with the messages; plus an "Anomalie"
 * sheet (one row per anomaly, linked to its cell) and a "Riepilogo" sheet (achievement by
 * objective, indicator, area and manager, and the revision table: the pane's summary, without
 * its chart), replacing those of an earlier run but never a user's own sheet of that name.
 * The input file is only read (opened read-only); the copy is written safely (safeWrite.ts).
 * Texts longer than Excel accepts (32.767 characters in a cell or note) are clipped with "…",
 * and the cells so clipped are listed.
 * ExcelJS rewrites the workbook: what it does not keep (charts, pivot tables, macros...) is listed.
 */
import type ExcelJS from "exceljs";
import { parseA1 } from "../core/plan/a1";
import type { Plan } from "../core/plan/planModel";
import { buildAnomaliesSheet, buildSummarySheet } from "../core/report/buildReportSheets";
import { HIGHLIGHT_COLORS, toArgb } from "../core/report/cellColors";
import type { PlanScores } from "../core/report/scorePlan";
import type { PlanRewards } from "../core/report/rewards";
import { clipText, MAX_CELL_TEXT } from "../core/report/sheetContent";
import { SEVERITY_ORDER, type Anomaly } from "../core/rules/anomaly";
import { isOwnSheet, REPORT_SHEET_NAMES } from "../core/reportSheets";
import { addSheetContent, workbookBytes } from "./writeWorkbook";
import { droppedContent, type DroppedContent } from "./copyFidelity";
import { loadWorkbook, readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { UnsafeTargetError, writeFileAtomically, type UnsafeTargetCode } from "./safeWrite";
import { catalogueFor, ruleName } from "../core/wording/renderMessage";
import type { Locale } from "../core/wording/addinLanguage";

/** Why a copy was not written: the input could not be read again, a user's own report sheet, or the write. */
export type AnnotateProblem =
  | { kind: "inputUnreadable" }
  | { kind: "foreignSheets"; sheets: string[] }
  | { kind: "unsafeTarget"; code: UnsafeTargetCode }
  | { kind: "system"; code: string; detail: string };

/**
 * A written copy lists the cells whose text was longer than Excel accepts, clipped in the copy
 * ("Foglio!A1"), and what of the input it does not carry over (copyFidelity.ts).
 */
export type AnnotateResult = { ok: true; clipped: string[]; dropped: DroppedContent[] } | { ok: false; problem: AnnotateProblem };

/** What the copy reports on: the checked plan, its anomalies and scores. */
export interface AnnotationInput {
  plan: Plan;
  anomalies: readonly Anomaly[];
  scores: PlanScores;
  /** The «Premi» section of the Riepilogo, with reward rules. */
  rewards?: PlanRewards;
  /** The language of the report sheets and the cell notes (Italian when absent). */
  locale?: Locale;
}

function byCell(anomalies: readonly Anomaly[]): Map<string, Anomaly[]> {
  const cells = new Map<string, Anomaly[]>();
  for (const anomaly of anomalies) {
    if (!parseA1(anomaly.cell)) continue;
    const key = `${anomaly.sheet}\u0000${anomaly.cell.replace(/\$/g, "").toUpperCase()}`;
    cells.set(key, [...(cells.get(key) ?? []), anomaly]);
  }
  return cells;
}

function mostSevere(anomalies: readonly Anomaly[]): Anomaly["severity"] {
  return SEVERITY_ORDER.find((severity) => anomalies.some((anomaly) => anomaly.severity === severity)) ?? "info";
}

/** A cell's note: each anomaly's severity, rule name and message, in the language of the report. */
function noteText(anomalies: readonly Anomaly[], locale: Locale): string {
  const severity = catalogueFor(locale).anomaliesSheet.severity;
  return anomalies.map((anomaly) => `${severity[anomaly.severity].toUpperCase()} (${ruleName(anomaly.rule, locale)}): ${anomaly.message}`).join("\n\n");
}

function markCells(workbook: ExcelJS.Workbook, anomalies: readonly Anomaly[], locale: Locale): void {
  for (const [key, found] of byCell(anomalies)) {
    const [sheetName = "", address = ""] = key.split("\u0000");
    const worksheet = workbook.getWorksheet(sheetName);
    if (!worksheet) continue;
    const cell = worksheet.getCell(address);
    const argb = toArgb(HIGHLIGHT_COLORS[mostSevere(found)].fill);
    // A fresh style object: cells loaded from a file may share one.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
    if (!cell.note) cell.note = clipText(noteText(found, locale));
  }
}

/**
 * Clips the user's texts longer than an Excel cell holds (another program may have written them;
 * Excel would not open the copy without repairing it), with a visible ellipsis; returns their cells.
 */
function clipLongTexts(workbook: ExcelJS.Workbook): string[] {
  const clipped: string[] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value !== "string" || cell.value.length <= MAX_CELL_TEXT) return;
        cell.value = clipText(cell.value);
        clipped.push(`${worksheet.name}!${cell.address}`);
      });
    });
  }
  return clipped;
}

function writeProblem(error: unknown): AnnotateProblem {
  if (error instanceof UnsafeTargetError) return { kind: "unsafeTarget", code: error.code };
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return { kind: "system", code, detail: error instanceof Error ? error.message : String(error) };
}

// ---- Report sheets of an earlier run ----
/*
 * The report sheets of an annotated copy («Anomalie», «Riepilogo») replace those of an earlier
 * run of perf-check or of the pane. Which sheets are ours is the core's rule
 * (src/core/reportSheets.ts); a file gives its evidence, each sheet's first row (ExcelJS cannot
 * read the owner mark Excel stores). A user's own sheet with one of these names is never replaced: the copy is
 * refused and the user told which sheet to rename, as the pane does. Names are compared as Excel
 * compares them, ignoring case: «ANOMALIE» takes the name «Anomalie».
 */

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
function foreignReportSheets(workbook: ExcelJS.Workbook): string[] {
  return REPORT_SHEET_NAMES.flatMap((name) => {
    const worksheet = worksheetNamed(workbook, name);
    return worksheet && !isOwn(worksheet) ? [worksheet.name] : [];
  });
}

/** Removes the report sheets of an earlier run, so that the new ones take their names. */
function removeOwnReportSheets(workbook: ExcelJS.Workbook): void {
  for (const name of REPORT_SHEET_NAMES) {
    const worksheet = worksheetNamed(workbook, name);
    if (worksheet && isOwn(worksheet)) workbook.removeWorksheet(worksheet.id);
  }
}

// ---- The copy ----

/** Writes the annotated copy of `input` to `target`; the input is opened read-only, within the reading limits. */
export async function annotateWorkbook(input: string, target: string, checked: AnnotationInput): Promise<AnnotateResult> {
  try {
    const read = await readWorkbookBytes(input);
    const workbook = read.ok ? await loadWorkbook(read.bytes) : null;
    if (!workbook) return { ok: false, problem: { kind: "inputUnreadable" } };
    const foreignSheets = foreignReportSheets(workbook);
    if (foreignSheets.length > 0) return { ok: false, problem: { kind: "foreignSheets", sheets: foreignSheets } };
    const clipped = clipLongTexts(workbook);
    const locale = checked.locale ?? "it";
    markCells(workbook, checked.anomalies, locale);
    removeOwnReportSheets(workbook);
    addSheetContent(workbook, buildAnomaliesSheet(checked.anomalies, locale));
    addSheetContent(workbook, buildSummarySheet(checked.plan, checked.scores, checked.rewards));
    const bytes = await workbookBytes(workbook);
    const dropped = await droppedContent(read.ok ? read.bytes : Buffer.alloc(0), bytes);
    await writeFileAtomically(target, bytes);
    return { ok: true, clipped, dropped };
  } catch (error) {
    return { ok: false, problem: writeProblem(error) };
  }
}
