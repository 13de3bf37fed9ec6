/**
 * The one formatter of numbers, units and percentages, Italian style: "." groups thousands, "," is
 * the decimal mark, percentages take a fraction (0.8955 -> "89,55%"), euro amounts are written
 * "€ 6.190.000,00". One minus sign in both languages, the hyphen-minus "-" as Excel and the plans
 * write it: for negative numbers ("-2,13%", "€ -5,00") and for the subtraction of a formula in an
 * explanation (`MINUS`: "606 - 10.000"), where a negative operand is in parentheses
 * ("(-2,00%) - (-2,13%)") so that it cannot be misread.
 *
 * Three precisions, one per use:
 * - `formatItalianNumber` / `formatItalianPercent` / `formatItalianEuro`: fixed or at most N decimals;
 * - `formatAmount`: a value as read from a cell, without losing what was written (up to 4 decimals
 *   of a percentage, 6 of a number);
 * - `formatFigure` and its kin: a computed figure in an explanation, 2 decimals but enough that a
 *   small non-zero figure never shows as 0.
 * formatItalianNumber works on the digits by hand (no regular expressions, no split): it runs
 * hundreds of thousands of times on a large plan.
 */
import type { QuantityUnit } from "../values/valueTypes";
import { EXACT_POWERS_OF_TEN } from "../values/parseItalianNumber";
import type { Locale } from "./addinLanguage";

/** The sign of a negative number. */
const NEGATIVE = "-";

/** toFixed writes plain digits below 1e21; above, it writes an exponent ("1e+21"). */
const PLAIN_DIGITS_BELOW = 1e21;

/** "1800000" -> "1.800.000". */
function group(integerDigits: string): string {
  if (integerDigits.length <= 3) return integerDigits;
  let grouped = integerDigits.slice(0, integerDigits.length % 3 || 3);
  for (let i = grouped.length; i < integerDigits.length; i += 3) grouped += `.${integerDigits.slice(i, i + 3)}`;
  return grouped;
}

/** Decimals 0 to 10^width - 1 after the decimal mark, written with `width` digits, for widths 1 to 3: DECIMALS_OF_WIDTH[2][5] is ",05". */
const DECIMALS_OF_WIDTH = [1, 10, 100, 1000].map((count, width) => Array.from({ length: count }, (_, n) => `,${String(n).padStart(width, "0")}`));

/** A thousands group after the first, with its separator: THOUSANDS_GROUPS[5] is ".005". */
const THOUSANDS_GROUPS = Array.from({ length: 1000 }, (_, n) => `.${String(n).padStart(3, "0")}`);

/** A safe whole number written with "." grouping thousands, computed group by group: 1800000 -> "1.800.000". */
function groupedWhole(whole: number): string {
  if (whole < 1000) return String(whole);
  let rest = Math.floor(whole / 1000);
  let groups = THOUSANDS_GROUPS[whole - rest * 1000] ?? "";
  while (rest >= 1000) {
    const next = Math.floor(rest / 1000);
    groups = (THOUSANDS_GROUPS[rest - next * 1000] ?? "") + groups;
    rest = next;
  }
  return String(rest) + groups;
}

/** The decimal mark and the decimals of a fraction of 10^width, written with `width` digits (leading zeros kept): 5 of 10^3 -> ",005". */
function decimalsText(fraction: number, width: number): string {
  return DECIMALS_OF_WIDTH[width]?.[fraction] ?? `,${String(fraction).padStart(width, "0")}`;
}

/** "12.500" -> "12.5", "100.00" -> "100": what /\.?0+$/ removes from plain digits. */
function withoutTrailingZeros(fixed: string): string {
  let end = fixed.length;
  while (end > 0 && fixed.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && fixed.charCodeAt(end - 1) === 46) end--;
  return end === fixed.length ? fixed : fixed.slice(0, end);
}

function hasNonZeroDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 49 && code <= 57) return true;
  }
  return false;
}

/** The same formatting through regular expressions, for figures that toFixed writes with an exponent ("1e+21"). */
function formatWithExponent(value: number, decimals: number | undefined, digits: number): string {
  let fixed = Math.abs(value).toFixed(Math.min(Math.max(digits, 0), 20));
  if (decimals === undefined && fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "");
  const [integerPart = "0", fraction] = fixed.split(".");
  const grouped = (digitsText: string): string => digitsText.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fraction ? `${grouped(integerPart)},${fraction}` : grouped(integerPart);
  return value < 0 && /[1-9]/.test(fixed) ? `${NEGATIVE}${body}` : body;
}

/** The most decimals formatRounded scales to in integers; more are left to toFixed. */
const MOST_PLACES_SCALED = 15;

/**
 * Below this, a figure scaled by 10^places is within 2^-13 of its exact value, so that its nearest
 * integer is plain unless the scaled figure lies within 2^-12 of a half.
 */
const SCALED_BELOW = 2 ** 40;
const NEAR_HALF = 0.5 - 2 ** -12;

/**
 * The figure with `places` decimals (trailing zeros dropped unless `fixed`) written Italian style, or
 * null when it cannot be computed in integers: the figure is rounded to whole units of 10^-places as
 * toFixed rounds it, unless the rounding could be a tie or the figure is too large for that, which
 * toFixed then decides.
 */
function formatRounded(value: number, size: number, places: number, fixed: boolean): string | null {
  const scale = places <= MOST_PLACES_SCALED ? EXACT_POWERS_OF_TEN[places] : undefined;
  if (scale === undefined) return null;
  const scaled = size * scale;
  if (!(scaled < SCALED_BELOW)) return null;
  const units = Math.round(scaled);
  if (Math.abs(scaled - units) > NEAR_HALF) return null;
  // Whole parts by flooring a quotient: exact below 2^53, and cheaper than % on numbers past 32 bits.
  const whole = Math.floor(units / scale);
  let fraction = units - whole * scale;
  const sign = value < 0 && units !== 0 ? NEGATIVE : "";
  let shown = places;
  if (!fixed) {
    for (let tenth = Math.floor(fraction / 10); shown > 0 && tenth * 10 === fraction; tenth = Math.floor(fraction / 10)) {
      fraction = tenth;
      shown -= 1;
    }
  }
  const body = shown === 0 ? groupedWhole(whole) : groupedWhole(whole) + decimalsText(fraction, shown);
  return sign + body;
}

/** 1800000 -> "1.800.000"; 2.5 -> "2,5"; decimals fixed when given, else up to `maxDecimals` (default 2) without trailing zeros. */
export function formatItalianNumber(value: number, decimals?: number, maxDecimals = 2): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${NEGATIVE}∞`;
  const digits = decimals ?? maxDecimals;
  const size = Math.abs(value);
  if (size >= PLAIN_DIGITS_BELOW) return formatWithExponent(value, decimals, digits);
  if (decimals !== undefined || !Number.isSafeInteger(size)) {
    const rounded = formatRounded(value, size, Math.min(Math.max(digits, 0), 20), decimals !== undefined);
    if (rounded !== null) return rounded;
  }
  // A safe integer has only zeros to drop after the point: its digits grouped (toFixed writes larger ones exactly).
  if (decimals === undefined && Number.isSafeInteger(size)) return value < 0 && size !== 0 ? NEGATIVE + groupedWhole(size) : groupedWhole(size);
  let fixed = size.toFixed(Math.min(Math.max(digits, 0), 20));
  if (decimals === undefined && fixed.includes(".")) fixed = withoutTrailingZeros(fixed);
  const point = fixed.indexOf(".");
  const body = point < 0 ? group(fixed) : `${group(fixed.slice(0, point))},${fixed.slice(point + 1)}`;
  return value < 0 && hasNonZeroDigit(fixed) ? `${NEGATIVE}${body}` : body;
}

/** 0.8955 -> "89,55%"; 1 -> "100%"; decimals as in formatItalianNumber. */
export function formatItalianPercent(fraction: number, decimals?: number): string {
  return `${formatItalianNumber(fraction * 100, decimals)}%`;
}

/** 6190000 -> "€ 6.190.000,00". */
export function formatItalianEuro(value: number): string {
  return `€ ${formatItalianNumber(value, 2)}`;
}

/** A signed figure for deviations: 0.0013 as percent -> "+0,13%". */
export function withSign(formatted: string, value: number): string {
  return value > 0 && !formatted.startsWith("+") ? `+${formatted}` : formatted;
}

/** An amount in its unit: 0.8955 percent -> "89,55%", 6190000 euro -> "€ 6.190.000,00", 2870 -> "2.870". */
export function formatAmount(value: number, unit: QuantityUnit): string {
  switch (unit) {
    case "percent":
      return `${formatItalianNumber(value * 100, undefined, 4)}%`;
    case "euro":
      return formatItalianEuro(value);
    case "number":
      return formatItalianNumber(value, undefined, 6);
  }
}

/** The subtraction operator in formulas: the same hyphen-minus as negative numbers (one minus sign throughout). */
export const MINUS = "-";

const MAX_DECIMALS = 6;

/** Decimals that keep two significant digits of a small figure: 0.0013 -> 4; 56 -> 2. */
function decimalsFor(scaled: number): number {
  const size = Math.abs(scaled);
  if (size === 0 || size >= 0.01) return 2;
  const leadingZeros = Math.floor(-Math.log10(size));
  return Math.min(leadingZeros + 2, MAX_DECIMALS);
}

/** 24 -> "24"; 0.0013 as percent -> "0,13%"; 6190000 as euro -> "€ 6.190.000,00". */
export function formatFigure(value: number, unit: QuantityUnit = "number"): string {
  if (unit === "euro") return formatItalianEuro(value);
  if (unit === "percent") {
    const scaled = value * 100;
    return `${formatItalianNumber(scaled, undefined, decimalsFor(scaled))}%`;
  }
  return formatItalianNumber(value, undefined, decimalsFor(value));
}

/** A deviation: "+24", "+0,13%", "-9.394", "€ +4.390.000,00" (the sign after €, as in "€ -5,00"). */
export function formatSignedFigure(value: number, unit: QuantityUnit = "number"): string {
  if (unit === "euro") return `€ ${withSign(formatItalianNumber(value, 2), value)}`;
  return withSign(formatFigure(value, unit), value);
}

/** An achievement or a share, always as a percentage: 1.75 -> "175%". */
export function formatShare(fraction: number): string {
  return formatFigure(fraction, "percent");
}

/**
 * Whether a percentage is read starting with a vowel in Italian, which elides the article:
 * "l'80%", "l'1%", "l'11%", "l'8,5%" but "il 100%", "il 50%".
 */
function startsWithVowelSound(fraction: number): boolean {
  const whole = Math.floor(Math.abs(fraction * 100) + 1e-9);
  if (fraction < 0) return false; // "meno ..."
  if (String(whole).startsWith("8")) return true; // otto, ottanta, ottocento, ottomila
  return whole === 1 || whole === 11 || (whole >= 11000 && whole < 12000) || (whole >= 1e6 && whole < 2e6);
}

/** "al 100%" / "all'80%" (preposition "a") or "del 50%" / "dell'80%" (preposition "di"). */
export function shareWithArticle(preposition: "a" | "di", fraction: number): string {
  const elided = startsWithVowelSound(fraction);
  const article = preposition === "a" ? (elided ? "all'" : "al ") : elided ? "dell'" : "del ";
  return `${article}${formatShare(fraction)}`;
}

/*
 * Numbers in each language of messages. English is the same digits with the separators swapped
 * ("1,800,000.50", "89.55%") and the euro sign before the amount with the sign first ("€6,190,000.00",
 * "+€4,390,000.00"), so that both languages always show the same decimals.
 */

/** "1.800.000,50" -> "1,800,000.50": Italian digits with English separators. */
function englishDigits(italian: string): string {
  let text = "";
  for (const char of italian) text += char === "." ? "," : char === "," ? "." : char;
  return text;
}

/** "€ 6.190.000,00" -> "€6,190,000.00"; "€ +4,39" -> "+€4.39"; "€ -5,00" -> "-€5.00". */
function englishEuro(italian: string): string {
  const amount = englishDigits(italian.slice(2));
  const sign = amount.startsWith("+") || amount.startsWith("-") ? amount.charAt(0) : "";
  return `${sign}€${amount.slice(sign.length)}`;
}

/** How numbers are written in one language. */
export interface NumberWords {
  /** A plain number, up to `maxDecimals` decimals (default 2) without trailing zeros. */
  number(value: number, maxDecimals?: number): string;
  /** A figure in its unit: "45%", "€ 1.800.000,00", "2.870". */
  figure(value: number, unit: QuantityUnit): string;
  /** A deviation, with its sign: "+24", "+0,13%", "€ +4.390.000,00". */
  signed(value: number, unit: QuantityUnit): string;
  /** A fraction as a percentage: 0.5 -> "50%" (decimals enough to never show a small share as 0). */
  share(fraction: number): string;
  /** A fraction as a percentage with `decimals` fixed, else up to 2: 0.98834 -> "98,83%"; 1 with 2 -> "100,00%". */
  percent(fraction: number, decimals?: number): string;
  /** A value as read from a cell, without losing what was written: "-2,13%", "€ 6.190.000,00", "0,123457". */
  amount(value: number, unit: QuantityUnit): string;
}

export const ITALIAN_NUMBERS: NumberWords = {
  number: (value, maxDecimals = 2) => formatItalianNumber(value, undefined, maxDecimals),
  figure: (value, unit) => formatFigure(value, unit),
  signed: (value, unit) => formatSignedFigure(value, unit),
  share: (fraction) => formatShare(fraction),
  percent: (fraction, decimals) => formatItalianPercent(fraction, decimals),
  amount: (value, unit) => formatAmount(value, unit),
};

export const ENGLISH_NUMBERS: NumberWords = {
  number: (value, maxDecimals) => englishDigits(ITALIAN_NUMBERS.number(value, maxDecimals)),
  figure: (value, unit) => (unit === "euro" ? englishEuro(formatFigure(value, unit)) : englishDigits(formatFigure(value, unit))),
  signed: (value, unit) => (unit === "euro" ? englishEuro(formatSignedFigure(value, unit)) : englishDigits(formatSignedFigure(value, unit))),
  share: (fraction) => englishDigits(formatShare(fraction)),
  percent: (fraction, decimals) => englishDigits(formatItalianPercent(fraction, decimals)),
  amount: (value, unit) => (unit === "euro" ? englishEuro(formatAmount(value, unit)) : englishDigits(formatAmount(value, unit))),
};

export function numbersFor(locale: Locale): NumberWords {
  return locale === "en" ? ENGLISH_NUMBERS : ITALIAN_NUMBERS;
}
