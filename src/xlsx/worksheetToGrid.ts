/**
 * An ExcelJS worksheet as the core's `Grid`: from the first used row and column (like Excel's
 * used range) to the last non-blank cell, with values, formulas and number formats. When that
 * rectangle is small (up to DENSE_GRID_CELLS) the grid is the rectangle, as `range.values` gives
 * it. Beyond, rows are ragged, as the core accepts them: each row stops at its own last cell and
 * an empty row is empty, so the grid's size follows the cells that exist (a sheet with A1 and
 * XFD1048576 is two short rows and a million empty ones, not 17 billion cells). A ragged grid
 * still larger than `maxCells` is refused before it is built.
 */
import type { Worksheet } from "exceljs";
import type { Grid } from "../core/plan/grid";
import { toA1 } from "../core/plan/a1";
import { cellToGridValue, type GridCell, type GridValue } from "./cellToGridValue";

export type WorksheetGrid = { ok: true; grid: Grid } | { ok: false; sheet: string; gridCells: number };

interface StoredRow {
  index: number;
  cells: { col: number; cell: GridCell }[];
}

/** Rectangles up to this many cells are given whole, blanks included (a plan of 50.000 indicators fits). */
const DENSE_GRID_CELLS = 1_000_000;

/** One empty row shared by every empty row of every grid: the core only reads grids. */
const EMPTY_ROW: readonly never[] = Object.freeze([]);

function collectRows(worksheet: Worksheet, date1904: boolean): StoredRow[] {
  const rows: StoredRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: StoredRow["cells"] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const gridCell = cellToGridValue(cell, date1904);
      if (gridCell.value === "" && gridCell.formula === "") return;
      cells.push({ col: colNumber - 1, cell: gridCell });
    });
    if (cells.length > 0) rows.push({ index: rowNumber - 1, cells });
  });
  return rows;
}

export function worksheetToGrid(worksheet: Worksheet, date1904: boolean, maxCells = Number.POSITIVE_INFINITY): WorksheetGrid {
  const rows = collectRows(worksheet, date1904);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return { ok: true, grid: { sheet: worksheet.name, origin: "A1", values: [[""]], formulas: [[""]], numberFormats: [["General"]] } };
  const top = first.index;
  let left = Number.POSITIVE_INFINITY;
  for (const row of rows) left = Math.min(left, row.cells[0]?.col ?? 0);
  let right = left;
  for (const row of rows) right = Math.max(right, row.cells[row.cells.length - 1]?.col ?? left);
  const height = last.index - top + 1;
  const dense = height * (right - left + 1) <= Math.min(DENSE_GRID_CELLS, maxCells);
  let gridCells = height;
  for (const row of rows) gridCells += (row.cells[row.cells.length - 1]?.col ?? left) - left;
  if (!dense && gridCells > maxCells) return { ok: false, sheet: worksheet.name, gridCells };
  const values: GridValue[][] = [];
  const formulas: GridValue[][] = [];
  const numberFormats: string[][] = [];
  const empty = EMPTY_ROW as unknown as never[];
  const pushEmptyRow = () => {
    values.push(dense ? new Array<GridValue>(right - left + 1).fill("") : empty);
    formulas.push(dense ? new Array<GridValue>(right - left + 1).fill("") : empty);
    numberFormats.push(dense ? new Array<string>(right - left + 1).fill("General") : empty);
  };
  for (const row of rows) {
    while (values.length < row.index - top) pushEmptyRow();
    const width = (dense ? right : (row.cells[row.cells.length - 1]?.col ?? left)) - left + 1;
    const valueRow: GridValue[] = new Array<GridValue>(width).fill("");
    const formulaRow: GridValue[] = new Array<GridValue>(width).fill("");
    const formatRow: string[] = new Array<string>(width).fill("General");
    for (const { col, cell } of row.cells) {
      valueRow[col - left] = cell.value;
      formulaRow[col - left] = cell.formula;
      formatRow[col - left] = cell.numberFormat;
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  return { ok: true, grid: { sheet: worksheet.name, origin: toA1(top, left), values, formulas, numberFormats } };
}
