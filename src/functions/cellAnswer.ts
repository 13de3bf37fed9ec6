/**
 * What one cell of a PERF function's answer is: a value Excel can show, or a failure that
 * becomes an Excel error; and how answers reach Excel (below). Core failures map here: "non
 * valutabile" (placeholders, missing values) is #N/A, a division by zero is #DIV/0!, anything
 * else is #VALUE!.
 */
import type { CalcFailureCode } from "../core/calc/calcTypes";
import { excelError, isExcelError, type ExcelErrorKind, type ExcelErrorValue } from "./customFunctionsRuntime";

/** A value Excel can show in a cell. */
export type AnswerValue = number | string | boolean;

export interface FunctionFailure {
  kind: ExcelErrorKind;
  /** Short Italian message: what is wrong, and with which value. */
  message: string;
}

/** One cell's answer: its value, or the failure that becomes its Excel error. */
export type CellAnswer<T = AnswerValue> = { ok: true; value: T } | { ok: false; failure: FunctionFailure };

export function answer<T>(value: T): CellAnswer<T> {
  return { ok: true, value };
}

export function failure<T = never>(kind: ExcelErrorKind, message: string): CellAnswer<T> {
  return { ok: false, failure: { kind, message } };
}

/** #VALUE!: an argument that cannot be used. */
export function invalid<T = never>(message: string): CellAnswer<T> {
  return failure("invalidValue", message);
}

/** #N/A: nothing to evaluate (a placeholder, a blank, a value not yet available). */
export function notEvaluable<T = never>(message: string): CellAnswer<T> {
  return failure("notAvailable", message);
}

function kindOfCalcFailure(code: CalcFailureCode): ExcelErrorKind {
  switch (code) {
    case "notEvaluable":
      return "notAvailable";
    case "divisionByZero":
      return "divisionByZero";
    default:
      return "invalidValue";
  }
}

/** A core calculation's failure, as the cell's failure. */
export function fromCalcFailure<T = never>(calcFailure: { code: CalcFailureCode; message: string }): CellAnswer<T> {
  return failure(kindOfCalcFailure(calcFailure.code), calcFailure.message);
}

/** The same failure, its message prefixed with where it happened ("risultato (riga 3): ..."). */
export function located<T>(cell: CellAnswer<T>, where: string): CellAnswer<T> {
  if (cell.ok || where === "") return cell;
  return failure(cell.failure.kind, `${where}: ${cell.failure.message}`);
}

// ---- Answers as Excel receives them ----
/*
 * Turning cell answers into what Excel receives. A failed single answer is thrown as a
 * CustomFunctions.Error (the cell shows #VALUE!, #N/A or #DIV/0! with the message); in an
 * array, each failed cell holds its own error so that the other cells still show values.
 * Anything unexpected is caught and becomes a #VALUE! with a message, never a raw exception.
 */

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
