/**
 * A sheet the add-in writes (Anomalie, Riepilogo, the template, the example plan),
 * described once so that Excel (src/excel), the CLI (ExcelJS) and the in-memory
 * preview write the same thing.
 */
export type SheetCellValue = string | number | boolean | null;

export interface SheetContent {
  name: string;
  /** Rows of values; a string starting with "=" is a formula (English syntax, "," separators). */
  rows: SheetCellValue[][];
  /** Cached results of formula cells, by A1 address, for writers that store them (ExcelJS). */
  formulaResults?: Record<string, SheetCellValue>;
  /** Hyperlinks inside the workbook: cell address in this sheet -> target "'Sheet'!A1". */
  links?: { address: string; target: string }[];
  /** Number formats by 0-based column index (Excel codes, e.g. "0.00%", "#,##0.00"). */
  columnFormats?: Record<number, string>;
  /** Number formats of single cells by A1 address, overriding columnFormats. */
  cellFormats?: Record<string, string>;
  /** Rows (0-based) shown bold, e.g. the header row. */
  boldRows?: number[];
  /** Column widths in characters by 0-based column index. */
  columnWidths?: Record<number, number>;
  /** A chart of the data in `range` (A1 range in this sheet, headers included). */
  chart?: { range: string; title: string; type: "bar" | "column" };
}
