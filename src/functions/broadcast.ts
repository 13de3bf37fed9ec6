/**
 * Broadcasting as Excel does it: arguments of the same shape pair cell by cell; a single
 * cell goes with every cell, a single row with every row, a single column with every
 * column. Shapes that cannot pair (3×1 against 2×1) are a #VALUE! with both shapes named.
 */
import { answer, invalid, located, type CellOutcome } from "./cellOutcome";
import { describePosition, describeShape, shapeOf, toMatrix, type Matrix, type Shape } from "./argumentMatrix";

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

export function broadcastArguments(args: NamedArgument[]): CellOutcome<Broadcast> {
  const matrices: Matrix[] = [];
  for (const arg of args) {
    const matrix = toMatrix(arg.value, arg.name);
    if (!matrix.ok) return matrix;
    matrices.push(matrix.value);
  }
  const shapes = matrices.map(shapeOf);
  const rows = broadcastSize(shapes.map((shape) => shape.rows));
  const columns = broadcastSize(shapes.map((shape) => shape.columns));
  if (rows === null || columns === null) {
    const listed = args.map((arg, index) => `${arg.name} ${describeShape(shapes[index] ?? { rows: 0, columns: 0 })}`);
    return invalid(`Gli intervalli hanno dimensioni diverse: ${listed.join(", ")}.`);
  }
  return answer({ shape: { rows, columns }, matrices });
}

/** The cell of `matrix` that pairs with position (row, column) of the broadcast shape. */
export function cellAt(matrix: Matrix, row: number, column: number): unknown {
  const cells = matrix.length === 1 ? matrix[0] : matrix[row];
  if (!cells) return undefined;
  return cells.length === 1 ? cells[0] : cells[column];
}

/**
 * Computes every cell of the answer from the paired argument cells. A failure in one cell
 * stays in that cell, its message prefixed with the position ("riga 3: ...").
 */
export function mapBroadcast<T>(
  args: NamedArgument[],
  compute: (cells: unknown[]) => CellOutcome<T>,
): CellOutcome<CellOutcome<T>[][]> {
  const broadcast = broadcastArguments(args);
  if (!broadcast.ok) return broadcast;
  const { shape, matrices } = broadcast.value;
  const answers: CellOutcome<T>[][] = [];
  for (let row = 0; row < shape.rows; row += 1) {
    const line: CellOutcome<T>[] = [];
    for (let column = 0; column < shape.columns; column += 1) {
      const cells = matrices.map((matrix) => cellAt(matrix, row, column));
      line.push(located(compute(cells), describePosition(row, column, shape)));
    }
    answers.push(line);
  }
  return answer(answers);
}
