/**
 * What one cell of a PERF function's answer is: a value Excel can show, or a failure
 * that becomes an Excel error. Core failures map here: "non valutabile" (placeholders,
 * missing values) is #N/A, a division by zero is #DIV/0!, anything else is #VALUE!.
 */
import type { CalcFailureCode } from "../core/calc/calcTypes";
import type { ExcelErrorKind } from "./customFunctionsRuntime";

export type CellAnswer = number | string | boolean;

export interface FunctionFailure {
  kind: ExcelErrorKind;
  /** Short Italian message: what is wrong, and with which value. */
  message: string;
}

export type CellOutcome<T = CellAnswer> = { ok: true; value: T } | { ok: false; failure: FunctionFailure };

export function answer<T>(value: T): CellOutcome<T> {
  return { ok: true, value };
}

export function failure<T = never>(kind: ExcelErrorKind, message: string): CellOutcome<T> {
  return { ok: false, failure: { kind, message } };
}

/** #VALUE!: an argument that cannot be used. */
export function invalid<T = never>(message: string): CellOutcome<T> {
  return failure("invalidValue", message);
}

/** #N/A: nothing to evaluate (a placeholder, a blank, a value not yet available). */
export function notEvaluable<T = never>(message: string): CellOutcome<T> {
  return failure("notAvailable", message);
}

export function kindOfCalcFailure(code: CalcFailureCode): ExcelErrorKind {
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
export function fromCalcFailure<T = never>(outcome: { code: CalcFailureCode; message: string }): CellOutcome<T> {
  return failure(kindOfCalcFailure(outcome.code), outcome.message);
}

/** The same failure, its message prefixed with where it happened ("risultato (riga 3): ..."). */
export function located<T>(outcome: CellOutcome<T>, where: string): CellOutcome<T> {
  if (outcome.ok || where === "") return outcome;
  return failure(outcome.failure.kind, `${where}: ${outcome.failure.message}`);
}
