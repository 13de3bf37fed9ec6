/**
 * The report sheets the add-in and perf-check write («Anomalie», «Riepilogo»), in one place:
 * their names, how their first row reads, and the one rule that says whether a sheet in a
 * workbook is ours (written by the add-in or by perf-check, so a new run may replace it) or the
 * user's (never replaced, never deleted).
 *
 * The rule is here; the evidence comes from the edges, each giving what it can read:
 * - Excel (src/excel) reads the owner mark the add-in stores with each sheet it creates (a
 *   worksheet custom property, ExcelApi 1.12);
 * - a file (src/cli, through ExcelJS, which cannot read worksheet custom properties) gives the
 *   sheet's first row, which an earlier run wrote: the Anomalie headers, the Riepilogo title;
 * - the in-memory workbook (src/port) marks the sheets it wrote, as Excel does.
 * A user's sheet that merely has a report sheet's name («Riepilogo» is a common name) carries
 * no mark and another first row: it is not ours.
 */
import { ENGLISH_ANOMALIES_SHEET, ITALIAN_ANOMALIES_SHEET } from "./wording/anomaliesSheetWords";

export const ANOMALIES_SHEET = "Anomalie";
export const SUMMARY_SHEET = "Riepilogo";
/**
 * The plan's scoring profile (report/rulesSheet.ts): written by the pane only when the user asks, read
 * as input by the pane and perf-check; ours for ownership, but never replaced by a validation.
 */
export const RULES_SHEET = "Regole di valutazione";
/** The «Regole di valutazione» sheet's title (A1). */
export const RULES_SHEET_TITLE = "Regole di valutazione (profilo di punteggio)";

/** The sheets a validation writes (and may replace on the next run, when they are ours). */
export const REPORT_SHEET_NAMES: readonly string[] = [ANOMALIES_SHEET, SUMMARY_SHEET];

/** Every name a report sheet may have, Italian and English: never read as plan sheets. */
export const OUTPUT_SHEET_NAMES: readonly string[] = [...REPORT_SHEET_NAMES, "Anomalies", "Summary", RULES_SHEET, "Scoring rules"];

/** The Anomalie sheet's first row, in Italian (the English one: wording/anomaliesSheetWords). */
export const ANOMALIES_HEADERS = ITALIAN_ANOMALIES_SHEET.headers;

/**
 * The first columns that tell an Anomalie sheet written by a run, in either language; a sheet
 * written before the «Come è calcolato» column had only these.
 */
const ANOMALIES_FIRST_HEADERS = [ITALIAN_ANOMALIES_SHEET, ENGLISH_ANOMALIES_SHEET].map((words) => words.headers.slice(0, 8));

/** How the Riepilogo sheet's title (A1) begins, whatever the period. */
export const SUMMARY_TITLE_PREFIX = "Riepilogo del piano della performance";

/** The owner mark: a worksheet custom property the add-in sets on every sheet it creates (stored in the file). */
export const OWNER_PROPERTY = "perf-addin.owner";
export const OWNER_VALUE = "perf-addin";

/** Whether `name` is a report sheet's name, spelt as the add-in writes it. */
export function isReportSheetName(name: string): boolean {
  return REPORT_SHEET_NAMES.includes(name);
}

/** What an edge can tell about a sheet; it leaves out what it cannot read. */
export interface SheetOwnershipEvidence {
  /** The value of the sheet's OWNER_PROPERTY, or null when it has none. */
  mark?: string | null;
  /** The texts of the sheet's first row, trimmed, in column order. */
  firstRow?: readonly (string | undefined)[];
}

const FIRST_ROW_IS_OURS: Record<string, (row: readonly (string | undefined)[]) => boolean> = {
  [ANOMALIES_SHEET]: (row) => ANOMALIES_FIRST_HEADERS.some((headers) => headers.every((header, index) => row[index] === header)),
  [SUMMARY_SHEET]: (row) => (row[0] ?? "").startsWith(SUMMARY_TITLE_PREFIX),
  [RULES_SHEET]: (row) => row[0] === RULES_SHEET_TITLE,
};

/**
 * Whether the sheet called `name` was written by the add-in or perf-check: it carries the
 * owner mark, or it is a report sheet (named exactly so) whose first row is the one a run
 * writes. Without evidence, a sheet is the user's.
 */
export function isOwnSheet(name: string, evidence: SheetOwnershipEvidence): boolean {
  if (evidence.mark === OWNER_VALUE) return true;
  const firstRowIsOurs = FIRST_ROW_IS_OURS[name];
  return firstRowIsOurs !== undefined && evidence.firstRow !== undefined && firstRowIsOurs(evidence.firstRow);
}
