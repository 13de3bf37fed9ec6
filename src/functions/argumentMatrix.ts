/**
 * Arguments as Excel passes them, made rectangular. Every PERF parameter is declared as a
 * matrix, so Excel passes a single value as [[value]] and a range as rows of cells; an
 * omitted optional argument arrives as null (or undefined). Anything else (an empty or
 * ragged array) is refused with a message rather than guessed at.
 */
import { plainCell } from "./cellInput";
import { answer, invalid, type CellAnswer } from "./cellAnswer";
import { isBlank } from "../core/values/matchPlaceholder";

/** Blank as Excel sends it (an omitted argument, an empty cell): the core's one definition, for the functions. */
export { isBlank };

export type Matrix = unknown[][];

export interface Shape {
  rows: number;
  columns: number;
}


/**
 * Whether an optional argument was left out: Excel passes null for it; a single blank
 * cell counts as left out too (a range of blanks does not).
 */
export function isOmitted(argument: unknown): boolean {
  const singleCell = Array.isArray(argument) && argument.length === 1 && Array.isArray(argument[0]) && argument[0].length === 1;
  const only: unknown = singleCell ? (argument[0] as unknown[])[0] : argument;
  return !Array.isArray(only) && isBlank(only);
}

/** Read once: a global looked up per cell is slow where globals are (a sandboxed runtime). */
const isArray = Array.isArray;

/**
 * A scalar becomes [[scalar]]; a 2-D array is checked to be non-empty and rectangular, in one
 * pass over its rows (a whole column has a million of them). Cells that are objects are made plain
 * (plainCell): an error cell becomes an ErrorInput, a data type its basic value.
 */
export function toMatrix(argument: unknown, name: string): CellAnswer<Matrix> {
  if (!Array.isArray(argument)) return answer([[plainCell(argument)]]);
  if (argument.length === 0) return invalid(`${name}: l'intervallo è vuoto.`);
  let allRows = true;
  for (let r = 0; r < argument.length && allRows; r += 1) allRows = isArray(argument[r]);
  const rows: unknown[][] = allRows ? (argument as unknown[][]) : [argument];
  const columns = rows[0]?.length ?? 0;
  if (columns === 0) return invalid(`${name}: l'intervallo è vuoto.`);
  let ragged = false;
  let nested = false;
  let objects = false;
  for (let r = 0; r < rows.length && !ragged; r += 1) {
    const row = rows[r] as unknown[];
    if (row.length !== columns) ragged = true;
    else if (!nested) {
      for (let c = 0; c < columns && !nested; c += 1) {
        const cell = row[c];
        if (typeof cell === "object" && cell !== null) {
          nested = isArray(cell);
          objects = true;
        }
      }
    }
  }
  if (ragged) return invalid(`${name}: le righe dell'intervallo hanno lunghezze diverse.`);
  if (nested) return invalid(`${name}: un intervallo di intervalli non è ammesso.`);
  return answer(objects ? rows.map((row) => row.map(plainCell)) : rows);
}

export function shapeOf(matrix: Matrix): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

export function describeShape(shape: Shape): string {
  return `${shape.rows}×${shape.columns}`;
}

/** "riga 3" in a column, "colonna 2" in a row, "riga 3, colonna 2" in a table, "" for one cell. */
export function describePosition(row: number, column: number, shape: Shape): string {
  if (shape.rows === 1 && shape.columns === 1) return "";
  if (shape.columns === 1) return `riga ${row + 1}`;
  if (shape.rows === 1) return `colonna ${column + 1}`;
  return `riga ${row + 1}, colonna ${column + 1}`;
}

/** Every position of a shape, row by row. */
export function positionsOf(shape: Shape): { row: number; column: number }[] {
  const positions: { row: number; column: number }[] = [];
  for (let row = 0; row < shape.rows; row += 1) {
    for (let column = 0; column < shape.columns; column += 1) positions.push({ row, column });
  }
  return positions;
}
