/**
 * Building `Outcome`s and checking the numbers a calculation receives.
 * Every calculation validates its inputs here first, so that NaN, Infinity or a
 * value that is not a number at all becomes an `invalidArgument` failure with an
 * Italian message naming the input and the value, never a NaN result.
 */
import type { CalcFailure, CalcFailureCode, Explained, Outcome } from "./calcTypes";

export function succeed<T>(value: T, explanation: string): Outcome<T> {
  return { ok: true, value, explanation };
}

/** A success whose explanation `explain` writes only when asked; it must read only values that never change. */
export function explained<T>(value: T, explain: () => string): Explained<T> {
  return { ok: true, value, explain };
}

/** The outcome with its explanation written. */
export function withExplanation<T>(outcome: Explained<T>): Outcome<T> {
  return outcome.ok ? succeed(outcome.value, outcome.explain()) : outcome;
}

export function fail(code: CalcFailureCode, message: string): CalcFailure {
  return { ok: false, code, message };
}

/** How a bad argument reads in a message: "NaN", "infinito", "'abc'". */
export function describeBadNumber(value: unknown): string {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    return value > 0 ? "infinito" : "meno infinito";
  }
  if (value === undefined) return "mancante";
  if (value === null) return "vuoto";
  if (typeof value === "string") return `il testo '${value}'`;
  return `un valore di tipo ${typeof value}`;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * The message for the first argument that is not a finite number, or null when all are.
 * `label` is the Italian name with its article, e.g. "il risultato"; the message starts
 * with it in lower case, to follow "… non calcolabile: ".
 */
export function firstNonFinite(args: ReadonlyArray<readonly [label: string, value: unknown]>): string | null {
  for (const [label, value] of args) {
    if (!isFiniteNumber(value)) return `${label} deve essere un numero finito, non ${describeBadNumber(value)}.`;
  }
  return null;
}

/** A failure for a computation that overflowed even though every input was finite. */
export function outOfRange(what: string): CalcFailure {
  return fail("invalidArgument", `${capitalise(what)} non è calcolabile: i valori sono troppo grandi o troppo piccoli per un risultato finito.`);
}

/**
 * A computed figure without binary noise: rounded to 15 significant digits (Excel's own precision), so that
 * 1 − 0,9394 is 0,0606 and not 0,06059999999999999. Rounding to nearest never
 * reverses an order, so a better result still never gets a lower figure.
 */
export function tidy(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value; // 15 digits or fewer: already exact
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : value; // near the largest number, rounding up would overflow
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
