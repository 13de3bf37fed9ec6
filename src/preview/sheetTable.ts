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
