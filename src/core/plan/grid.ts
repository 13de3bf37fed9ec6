/**
 * A sheet as both edges deliver it: Excel's `range.values` (and optionally
 * `formulas` and `numberFormat`) for the used range, or the same shape built by
 * the CLI from an .xlsx. `origin` is the A1 address of values[0][0].
 */
export interface Grid {
  sheet: string;
  /** A1 address of the top-left cell of `values` (e.g. "A1", or "B3" when the used range starts there). */
  origin: string;
  /** Cell values: number, string, boolean, "" for blank (Excel), or null/undefined. Errors arrive as "#N/D", "#VALUE!"... */
  values: unknown[][];
  /** Same shape as values when known: the formula text ("=PERF.SCOSTAMENTO(...)") or the value. */
  formulas?: unknown[][];
  /** Same shape as values when known: Excel number format codes ("0,00%", "#.##0", "General"). */
  numberFormats?: string[][];
}

/** A whole workbook as the core sees it. */
export interface WorkbookGrids {
  /** File or workbook name, for messages. */
  name: string;
  sheets: Grid[];
}

/** Where a value came from. `row` and `col` are 0-based sheet coordinates; `address` is A1 ("F12"). */
export interface CellRef {
  sheet: string;
  address: string;
  row: number;
  col: number;
}
