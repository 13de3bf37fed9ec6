/**
 * Broadcasting as Excel does it: arguments of the same shape pair cell by cell; a single
 * cell goes with every cell, a single row with every row, a single column with every
 * column. Shapes that cannot pair (3×1 against 2×1) are a #VALUE! with both shapes named.
 *
 * Bounded: a column against a row makes a table larger than any argument; beyond
 * MAX_BROADCAST_CELLS cells that table is a #VALUE! saying so, not a frozen Excel. Whole
 * columns (L:L, 1.048.576 rows) with a few filled rows are cheap: the rows where every
 * range is blank to the end are answered once, and that answer repeated down the tail.
 */
import { formatItalianNumber } from "../core/wording/formatNumbers";
import { answer, invalid, located, type CellAnswer } from "./cellAnswer";
import { describePosition, describeShape, isBlank, shapeOf, toMatrix, type Matrix, type Shape } from "./argumentMatrix";

/** Read once: a global looked up per row is slow where globals are (a sandboxed runtime). */
const GlobalArray = Array;

/** Cells a broadcast may create beyond its largest argument (a column against a row). */
export const MAX_BROADCAST_CELLS = 10_000;

export interface NamedArgument {
  /** The parameter's Italian name, for messages ("risultato", "target"). */
  name: string;
  value: unknown;
}

export interface Broadcast {
  shape: Shape;
  matrices: Matrix[];
}

function broadcastSize(sizes: number[]): number | null {
  const largest = Math.max(...sizes);
  return sizes.every((size) => size === 1 || size === largest) ? largest : null;
}

export function broadcastArguments(args: NamedArgument[]): CellAnswer<Broadcast> {
  const matrices: Matrix[] = [];
  for (const arg of args) {
    const matrix = toMatrix(arg.value, arg.name);
    if (!matrix.ok) return matrix;
    matrices.push(matrix.value);
  }
  const shapes = matrices.map(shapeOf);
  const rows = broadcastSize(shapes.map((shape) => shape.rows));
  const columns = broadcastSize(shapes.map((shape) => shape.columns));
  const listed = () => args.map((arg, index) => `${arg.name} ${describeShape(shapes[index] ?? { rows: 0, columns: 0 })}`).join(", ");
  if (rows === null || columns === null) return invalid(`Gli intervalli hanno dimensioni diverse: ${listed()}.`);
  const largestArgument = Math.max(...shapes.map((shape) => shape.rows * shape.columns));
  if (rows * columns > largestArgument && rows * columns > MAX_BROADCAST_CELLS) {
    return invalid(
      `Una colonna contro una riga: ${listed()} darebbero una tabella di ${formatItalianNumber(rows * columns)} celle (${describeShape({ rows, columns })}), oltre il limite di ${formatItalianNumber(MAX_BROADCAST_CELLS)}. Usare intervalli della stessa forma, ad esempio due colonne.`,
    );
  }
  return answer({ shape: { rows, columns }, matrices });
}

/** The cell of `matrix` that pairs with position (row, column) of the broadcast shape. */
export function cellAt(matrix: Matrix, row: number, column: number): unknown {
  const cells = matrix.length === 1 ? matrix[0] : matrix[row];
  if (!cells) return undefined;
  return cells.length === 1 ? cells[0] : cells[column];
}

/** Shortest blank tail worth sharing: fewer rows are answered one by one. */
const MIN_BLANK_TAIL = 2;

/**
 * The first row from which every argument with several rows is blank to the end (a whole
 * column's empty tail), or `shape.rows` when there is no such tail of MIN_BLANK_TAIL rows.
 */
function blankTailStart(shape: Shape, matrices: readonly Matrix[]): number {
  const tall = matrices.filter((matrix) => matrix.length > 1);
  if (tall.length === 0) return shape.rows;
  let start = shape.rows;
  while (start > 0 && tall.every((matrix) => (matrix[start - 1] ?? []).every(isBlank))) start -= 1;
  return shape.rows - start >= MIN_BLANK_TAIL ? start : shape.rows;
}

/**
 * The broadcast without the blank tail of its ranges, for functions that answer one value
 * (PERF.PUNTEGGIO, PERF.VERIFICAPESI), where blank rows count for nothing: a whole column with
 * 44 filled rows is read as its first rows (at least two, so positions read as before).
 */
export function withoutBlankTail(broadcast: Broadcast): Broadcast {
  const { shape, matrices } = broadcast;
  const start = blankTailStart(shape, matrices);
  if (start >= shape.rows) return broadcast;
  const rows = Math.max(start, 2);
  return { shape: { rows, columns: shape.columns }, matrices: matrices.map((matrix) => (matrix.length > 1 ? matrix.slice(0, rows) : matrix)) };
}

/** "righe 45–1.048.576" in a column, "righe 45–1.048.576, colonna 2" in a table (0-based rows in). */
function describeRows(first: number, last: number, column: number, shape: Shape): string {
  const rows = `righe ${formatItalianNumber(first + 1)}–${formatItalianNumber(last + 1)}`;
  return shape.columns === 1 ? rows : `${rows}, colonna ${column + 1}`;
}

/**
 * Computes every cell of the answer from the paired argument cells. A failure in one cell
 * stays in that cell, its message prefixed with the position ("riga 3: ..."); the cells of a
 * blank tail share one answer, its message naming the rows ("righe 45–1.048.576: ...").
 * `finish`, when given, turns each cell's answer into what the answer holds (an Excel value)
 * as soon as it is computed, so that no `CellAnswer` outlives its cell.
 *
 * `compute` receives one array for every cell, refilled with that cell's arguments: it reads
 * them, and neither changes nor keeps the array.
 */
export function mapBroadcast<T, C = CellAnswer<T>>(
  args: NamedArgument[],
  compute: (cells: unknown[]) => CellAnswer<T>,
  finish?: (cell: CellAnswer<T>) => C,
): CellAnswer<C[][]> {
  const broadcast = broadcastArguments(args);
  if (!broadcast.ok) return broadcast;
  const { shape, matrices } = broadcast.value;
  const done = finish ?? ((cell: CellAnswer<T>) => cell as C);
  const tailStart = blankTailStart(shape, matrices);
  const answers: C[][] = [];
  const count = matrices.length;
  const cells = new GlobalArray<unknown>(count);
  // An argument of one cell (a single value, an omitted one) pairs the same cell with every position:
  // it is set once, and only the other arguments' cells are looked up for each position.
  const ranges: Matrix[] = [];
  const rangeIndices: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const matrix = matrices[index] as Matrix;
    if (matrix.length === 1 && matrix[0]?.length === 1) cells[index] = matrix[0][0];
    else {
      ranges.push(matrix);
      rangeIndices.push(index);
    }
  }
  const rangeCount = ranges.length;
  const answerAt = (row: number, column: number): C => {
    for (let range = 0; range < rangeCount; range += 1) cells[rangeIndices[range] as number] = cellAt(ranges[range] as Matrix, row, column);
    const computed = compute(cells);
    // The position is written only for a failure: most cells succeed.
    return done(computed.ok ? computed : located(computed, describePosition(row, column, shape)));
  };
  const lineAt = (row: number): C[] => {
    const line = new GlobalArray<C>(shape.columns);
    for (let column = 0; column < shape.columns; column += 1) line[column] = answerAt(row, column);
    return line;
  };
  // The rows of a long range's answer are most of what a call keeps, so each is made at its final
  // length; a row of one cell (the usual column) as a literal, which also holds a number unboxed.
  for (let row = 0; row < tailStart; row += 1) answers.push(shape.columns === 1 ? [answerAt(row, 0)] : lineAt(row));
  if (tailStart < shape.rows) {
    // Every row of the tail pairs the same cells: one answer per column, shared by its rows.
    const tail = Array.from({ length: shape.columns }, (_, column) =>
      done(located(compute(matrices.map((matrix) => cellAt(matrix, tailStart, column))), describeRows(tailStart, shape.rows - 1, column, shape))),
    );
    for (let row = tailStart; row < shape.rows; row += 1) answers.push(tail);
  }
  return answer(answers);
}
