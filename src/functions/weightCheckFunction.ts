/**
 * PERF.VERIFICAPESI: TRUE when the weights sum to `totale` (default 100%) within
 * `tolleranza` percentage points (default 0,1: thirds written as 33,33% pass), else FALSE.
 * Weights may be fractions (0,7), percentages (70%) or whole numbers (70), not a mix.
 */
import { checkWeightSum } from "../core/calc/checkWeightSum";
import { isBlank, positionsOf, shapeOf, toMatrix } from "./argumentMatrix";
import { cellAt, withoutBlankTail } from "./broadcast";
import { answer, guarded, invalid, notEvaluable, toExcelValue, type CellAnswer } from "./cellAnswer";
import { readArgumentValue } from "./valueArgument";
import { readWeights } from "./weightCells";

/** totale as a fraction: 100%, 1 and 100 all mean 100%; a number above 1 is in points. */
function readExpectedTotal(raw: unknown): CellAnswer<number> {
  if (isBlank(raw)) return answer(1);
  const read = readArgumentValue(raw, "totale");
  if (!read.ok) return read;
  const value = read.value;
  if (value.kind !== "quantity" || value.unit === "euro" || value.value <= 0) {
    return invalid(`totale: '${value.text}' non è un totale dei pesi (ad esempio 100% o 50%).`);
  }
  return answer(value.unit === "percent" || value.value <= 1 ? value.value : value.value / 100);
}

/** tolleranza in percentage points: 0,1 or "0,1%" both mean 0,1 points. */
function readTolerance(raw: unknown): CellAnswer<number | undefined> {
  if (isBlank(raw)) return answer(undefined);
  const read = readArgumentValue(raw, "tolleranza");
  if (!read.ok) return read;
  const value = read.value;
  if (value.kind !== "quantity" || value.unit === "euro" || value.value < 0) {
    return invalid(`tolleranza: '${value.text}' non è una tolleranza in punti percentuali (ad esempio 0,1).`);
  }
  return answer(value.unit === "percent" ? value.value * 100 : value.value);
}

function checkOf(weights: unknown, total: unknown, tolerance: unknown): CellAnswer<boolean> {
  const matrix = toMatrix(weights, "pesi");
  if (!matrix.ok) return matrix;
  const { shape, matrices } = withoutBlankTail({ shape: shapeOf(matrix.value), matrices: [matrix.value] });
  const [trimmed = matrix.value] = matrices;
  const cells = positionsOf(shape).map(({ row, column }) => ({ row, column, raw: cellAt(trimmed, row, column) }));
  const read = readWeights(cells, shape);
  if (!read.ok) return read;
  const given = read.value.filter((weight): weight is number => weight !== null);
  if (given.length === 0) return notEvaluable("pesi: nessun peso da sommare.");
  const expected = readExpectedTotal(total);
  if (!expected.ok) return expected;
  const tolerancePoints = readTolerance(tolerance);
  if (!tolerancePoints.ok) return tolerancePoints;
  return answer(checkWeightSum(given, expected.value, tolerancePoints.value).withinTolerance);
}

export function weightCheck(weights: unknown, total: unknown, tolerance: unknown): boolean {
  return guarded("PERF.VERIFICAPESI", () => toExcelValue(checkOf(weights, total, tolerance)));
}
