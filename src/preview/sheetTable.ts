/**
 * A sheet as the preview grid shows it: its grid laid out from A1, and each cell as text.
 */
import { columnLetter, parseA1 } from "../core/plan/a1";
import type { Grid } from "../core/plan/grid";

export interface SheetTableCell {
  value: unknown;
  numberFormat?: string;
}

/** A grid laid out from A1, as a rectangle of cells with its column letters. */
export interface SheetTable {
  columns: string[];
  rows: SheetTableCell[][];
}

/** The grid's values placed at their sheet coordinates (the used range may start after A1). */
export function sheetTable(grid: Grid): SheetTable {
  const origin = parseA1(grid.origin) ?? { row: 0, col: 0 };
  const width = origin.col + Math.max(0, ...grid.values.map((row) => row.length));
  const height = origin.row + grid.values.length;
  const rows: SheetTableCell[][] = [];
  for (let row = 0; row < height; row += 1) {
    const cells: SheetTableCell[] = [];
    for (let col = 0; col < width; col += 1) {
      // Cells outside the used range, or missing at the end of a short row, are blank.
      const value = col < origin.col ? "" : (grid.values[row - origin.row]?.[col - origin.col] ?? "");
      const numberFormat = grid.numberFormats?.[row - origin.row]?.[col - origin.col];
      cells.push(numberFormat === undefined ? { value } : { value, numberFormat });
    }
    rows.push(cells);
  }
  return { columns: Array.from({ length: width }, (_unused, col) => columnLetter(col)), rows };
}

/**
 * How the preview grid shows a raw cell value: as text, roughly as Excel would
 * display it. Numbers formatted as percentages show as percentages; dates as
 * dd/mm/yyyy; everything else as its string. Never HTML: the caller renders
 * the result as a text node.
 */
export function formatGridCell(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    const percent = numberFormat?.includes("%") ?? false;
    return new Intl.NumberFormat("it-IT", {
      style: percent ? "percent" : "decimal",
      maximumFractionDigits: percent ? 2 : 4,
    }).format(value);
  }
  if (typeof value === "boolean") return value ? "VERO" : "FALSO";
  if (value instanceof Date) return value.toLocaleDateString("it-IT");
  if (typeof value === "string") return isoDateText(value) ?? value;
  return JSON.stringify(value) ?? "";
}

/** Dates travel as ISO text in the preview's JSON: "2020-06-30T00:00:00.000Z" -> "30/06/2020". */
function isoDateText(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(?:\.000)?Z$/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : undefined;
}
