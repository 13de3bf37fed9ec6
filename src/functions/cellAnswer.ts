/**
 * What one cell of a PERF function's answer is: a value Excel can show, or a failure
 * that becomes an Excel error. Core failures map here: "non valutabile" (placeholders,
 * missing values) is #N/A, a division by zero is #DIV/0!, anything else is #VALUE!.
 */
import type { CalcFailureCode } from "../core/calc/calcTypes";
import type { ExcelErrorKind } from "./customFunctionsRuntime";

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
