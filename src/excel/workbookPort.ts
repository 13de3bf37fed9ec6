import type { Grid } from "../core/plan/grid";
import type { Anomaly } from "../core/rules/anomaly";
import type { SheetContent } from "../core/report/sheetContent";

export type { SheetContent };

/** An edit of a sheet's cells, as reported by `WorkbookPort.onChanged`. */
export interface WorkbookChange {
  sheet: string;
  /** A1 address or range of the edited cells, when known. */
  address?: string;
}

/**
 * Everything the task pane needs from a workbook. Office.js implements it in
 * src/excel; tests and the browser preview implement it in memory.
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
  /** Create or replace a sheet the add-in owns (Anomalie, Riepilogo, template sheets). */
  writeSheet(content: SheetContent): Promise<void>;
  /** Settings stored in the document. */
  loadSettings(): Promise<Record<string, unknown>>;
  saveSettings(settings: Record<string, unknown>): Promise<void>;
  /**
   * Optional: call `listener` when the user edits cell values (not formats) of any sheet,
   * for the pane's debounced re-validation. Returns a function that unsubscribes.
   */
  onChanged?(listener: (change: WorkbookChange) => void): () => void;
}
