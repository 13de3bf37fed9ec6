/**
 * Figures as they appear in explanations: Italian formatting by unit, a true
 * minus sign (−) for the subtraction operator, negative operands in parentheses
 * so that "(-2,00%) − (-2,13%)" cannot be misread, and enough decimals that a
 * small non-zero figure never shows as 0.
 */
import { formatItalianEuro, formatItalianNumber, withSign } from "../values/formatItalian";
import type { QuantityUnit } from "../values/valueTypes";

/** The subtraction operator in formulas (U+2212), distinct from the hyphen of negative numbers. */
export const MINUS = "\u2212";

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

/** A figure as the right-hand operand of a formula: negatives in parentheses. */
export function formatOperand(value: number, unit: QuantityUnit = "number"): string {
  const text = formatFigure(value, unit);
  return text.startsWith("-") ? `(${text})` : text;
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
