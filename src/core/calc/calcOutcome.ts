/**
 * Building `Outcome`s and checking the numbers a calculation receives.
 * Every calculation validates its inputs here first, so that NaN, Infinity or a
 * value that is not a number at all becomes an `invalidArgument` failure with an
 * Italian message naming the input and the value, never a NaN result.
 */
import type { CalcFailure, CalcFailureCode, Explained, Outcome } from "./calcTypes";
import type { Locale } from "../wording/addinLanguage";
import { explainedLazily } from "../memo";
import { EXACT_POWERS_OF_TEN } from "../values/parseItalianNumber";

export function succeed<T>(value: T, explanation: string): Outcome<T> {
  return { ok: true, value, explanation };
}

/**
 * A success whose explanation is written when first read, then kept: for figures that are mostly
 * summed, not shown (an objective's score in a large plan). `explain` must read only values that never
 * change. The explanation is an enumerable property to every reader (JSON.stringify, a spread).
 */
export function succeedLazily<T>(value: T, explain: () => string): Outcome<T> {
  return explainedLazily({ ok: true as const, value }, explain);
}

/** A success whose explanation `explain` writes only when asked; it must read only values that never change. */
export function explained<T>(value: T, explain: (locale?: Locale) => string): Explained<T> {
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

/**
 * Read once: the custom functions run in a sandboxed global scope where every look-up of a global
 * (`Number`, `Math`) costs more than the arithmetic, and these run for every cell of a range.
 */
const { isFinite: finite, isInteger } = Number;
const { abs, floor } = Math;

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && finite(value);
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

/** A figure scaled to 15 significant integer digits lies in [10^14, 10^15). */
const LOWEST_SCALED = 1e14;
const HIGHEST_SCALED = 1e15;
/** Half a unit in the last place of a double below 10^15: the most that scaling by a power of ten can be off. */
const SCALING_ERROR = 0.0625;
/** 2^27 + 1: splits a double into two halves whose products are exact (Dekker's product). */
const SPLITTER = 134217729;

/**
 * A computed figure without binary noise: rounded to 15 significant digits (Excel's own precision), so that
 * 1 − 0,9394 is 0,0606 and not 0,06059999999999999. Rounding to nearest never
 * reverses an order, so a better result still never gets a lower figure.
 *
 * The same figure as `Number(value.toPrecision(15))`, computed with numbers: the size scaled by an exact
 * power of ten to 15 integer digits, rounded to the nearest integer (a tie up, as toPrecision does), and
 * scaled back (dividing or multiplying by an exact power of ten rounds once, to the double nearest the
 * decimal figure, as reading its text does). The scaled figure is off by at most SCALING_ERROR, which
 * decides only figures that close to a tie: scaling up, Dekker's product then gives the exact scaled
 * figure; scaling down (figures from 10^15), such a figure, or one with no exact power of ten (below
 * 10^-8, from 10^37), takes the text route.
 */
export function tidy(value: number): number {
  if (!finite(value) || value === 0) return value === 0 ? 0 : value;
  const size = abs(value);
  if (size < HIGHEST_SCALED && isInteger(value)) return value; // 15 digits or fewer: already exact
  const rounded = roundedSize(size);
  if (rounded === null) return tidyThroughText(value);
  return value < 0 ? -rounded : rounded;
}

/** A positive finite size rounded to 15 significant digits, or null when only the text route is sure. */
function roundedSize(size: number): number | null {
  let exponent = decimalExponentEstimate(size);
  // The estimate may be one below: the scaled figure says so, and one more try fixes it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const shift = 14 - exponent;
    const power = EXACT_POWERS_OF_TEN[shift < 0 ? -shift : shift];
    if (power === undefined) return null;
    const figure = shift < 0 ? size / power : size * power;
    if (figure < LOWEST_SCALED) exponent -= 1;
    else if (figure >= HIGHEST_SCALED) exponent += 1;
    else {
      const whole = floor(figure);
      // How far the exact scaled figure lies above `whole`, less one half: its sign says which way to round.
      const pastHalf = figure - whole - 0.5;
      let up: boolean;
      if (shift >= 0) {
        // Near a tie, the exact product decides: figure + error is the exact product.
        up = pastHalf > SCALING_ERROR || (pastHalf >= -SCALING_ERROR && pastHalf >= -productError(size, power, figure));
      } else {
        if (pastHalf < SCALING_ERROR && pastHalf > -SCALING_ERROR) return null;
        up = pastHalf > 0;
      }
      const digits = up ? whole + 1 : whole;
      const result = shift < 0 ? digits * power : digits / power;
      return finite(result) ? result : null;
    }
  }
  return null;
}

/** A double's bits, most significant first: sign, 11 bits of binary exponent (biased by 1023), fraction. */
const doubleBits = new DataView(new ArrayBuffer(8));
const LOG10_OF_2 = 0.3010299956639812;

/**
 * floor(log10(size)) or one less, for a positive finite size: from its binary exponent e, as size lies in
 * [2^e, 2^(e+1)) and so log10(size) in [e·log10(2), (e+1)·log10(2)). Cheaper than a logarithm. A
 * subnormal size (below 2^-1022) reads as 2^-1023, far from any exact power of ten: the text route.
 */
function decimalExponentEstimate(size: number): number {
  doubleBits.setFloat64(0, size);
  return floor(((doubleBits.getUint16(0) >>> 4) - 1023) * LOG10_OF_2);
}

/** a × b − product exactly, for the rounded `product` of a × b (Dekker's two-product, without overflow here). */
function productError(a: number, b: number, product: number): number {
  const aSplit = SPLITTER * a;
  const aHigh = aSplit - (aSplit - a);
  const aLow = a - aHigh;
  const bSplit = SPLITTER * b;
  const bHigh = bSplit - (bSplit - b);
  const bLow = b - bHigh;
  return aLow * bLow - (((product - aHigh * bHigh) - aLow * bHigh) - aHigh * bLow);
}

/** The text route: what `tidy` computes, through the 15-digit text of the value. */
function tidyThroughText(value: number): number {
  const rounded = Number(value.toPrecision(15));
  return finite(rounded) ? rounded : value; // near the largest number, rounding up would overflow
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
