import type { Grid } from "../core/plan/grid";
import type { Anomaly } from "../core/rules/anomaly";
import type { SheetContent } from "../core/report/sheetContent";
import { isReportSheetName } from "../core/reportSheets";

export type { SheetContent };
export { WorkbookError, isWorkbookError, type WorkbookErrorCode } from "./workbookError";

/** How writeSheet treats an existing sheet with the same name. */
export interface WriteSheetOptions {
  /**
   * Replace an existing sheet of that name, provided the add-in created it (a
   * user's sheet is never replaced). Default: true for the report sheets (src/core/reportSheets.ts), false
   * otherwise (template and example sheets never overwrite anything).
   */
  replace?: boolean;
}

/** Whether writeSheet may replace `name`, given the options. */
export function mayReplace(name: string, options?: WriteSheetOptions): boolean {
  return options?.replace ?? isReportSheetName(name);
}

/** An edit of a sheet's cells, as reported by `WorkbookPort.onChanged`. */
export interface WorkbookChange {
  sheet: string;
  /** A1 address or range of the edited cells, when known. */
  address?: string;
}

/**
 * Everything the task pane needs from a workbook. Office.js implements it in
 * src/excel; tests and the browser preview implement it in memory.
 * Every method rejects with a WorkbookError (Italian message, stable code).
 */
export interface WorkbookPort {
  /** Names of the sheets, in order. */
  listSheets(): Promise<string[]>;
  /** Used ranges of the named sheets (all when omitted), with formulas and number formats. */
  readSheets(names?: string[]): Promise<Grid[]>;
  /** Highlight each anomaly's cell by severity; replaces the add-in's previous highlights. */
  applyHighlights(anomalies: Anomaly[]): Promise<void>;
  /** Remove every highlight the add-in owns, leaving the sheets exactly as the user had them. */
  clearHighlights(): Promise<void>;
  /** Activate the sheet and select the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Create or replace a sheet the add-in owns (Anomalie, Riepilogo, template sheets).
   * An existing sheet is replaced only when `mayReplace(name, options)` and the
   * add-in created it (`isOwnSheet` in src/core/reportSheets.ts, on the port's evidence); otherwise a WorkbookError "sheetExists" says so in Italian.
   */
  writeSheet(content: SheetContent, options?: WriteSheetOptions): Promise<void>;
  /** Settings stored in the document. */
  loadSettings(): Promise<Record<string, unknown>>;
  saveSettings(settings: Record<string, unknown>): Promise<void>;
  /**
   * Optional: call `listener` when the user edits cell values (not formats) of any sheet,
   * for the pane's debounced re-validation. Returns a function that unsubscribes.
   */
  onChanged?(listener: (change: WorkbookChange) => void): () => void;
}
