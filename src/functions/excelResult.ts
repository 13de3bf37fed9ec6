/**
 * Turning cell answers into what Excel receives. A failed single answer is thrown as a
 * CustomFunctions.Error (the cell shows #VALUE!, #N/A or #DIV/0! with the message); in an
 * array, each failed cell holds its own error so that the other cells still show values.
 * Anything unexpected is caught and becomes a #VALUE! with a message, never a raw exception.
 */
import { excelError, isExcelError, type ExcelErrorValue } from "./customFunctionsRuntime";
import type { AnswerValue, CellAnswer, FunctionFailure } from "./cellAnswer";

export type ExcelCell = AnswerValue | ExcelErrorValue;

function toExcelError(failure: FunctionFailure): ExcelErrorValue {
  return excelError(failure.kind, failure.message);
}

/** A single answer: the value, or the thrown error. */
export function toExcelValue<T extends AnswerValue>(cell: CellAnswer<T>): T {
  if (!cell.ok) throw toExcelError(cell.failure);
  return cell.value;
}

/** One cell of an array answer: its value, or its own error (the other cells still show values). */
export function toExcelCell<T extends AnswerValue>(cell: CellAnswer<T>): ExcelCell {
  return cell.ok ? cell.value : toExcelError(cell.failure);
}

/**
 * The array answer of a broadcast (`mapBroadcast` with `toExcelCell`), Excel's shape; a broadcast that
 * failed is thrown, and so is the error of an answer of one cell.
 */
export function toExcelMatrix(answered: CellAnswer<ExcelCell[][]>): ExcelCell[][] {
  if (!answered.ok) throw toExcelError(answered.failure);
  const cells = answered.value;
  const only = cells.length === 1 && cells[0]?.length === 1 ? cells[0][0] : undefined;
  if (only !== undefined && isExcelError(only)) throw only;
  return cells;
}

function describeUnexpected(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Runs a function body so that only Excel errors ever leave it. */
export function guarded<T>(functionName: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isExcelError(error)) throw error;
    throw excelError("invalidValue", `${functionName}: errore imprevisto (${describeUnexpected(error)}).`);
  }
}
