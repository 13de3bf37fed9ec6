/**
 * The one formatter of numbers, figures and shares for messages, in Italian and English.
 * Italian is the core's own form (formatItalianNumber, formatFigure: "1.800.000,50", "89,55%",
 * "€ 6.190.000,00", "+0,13%"); English is the same digits with the separators swapped
 * ("1,800,000.50", "89.55%") and the euro sign before the amount with the sign first ("€6,190,000.00",
 * "+€4,390,000.00"), so that both languages always show the same decimals.
 */
import { formatFigure, formatShare, formatSignedFigure } from "../calc/formatFigure";
import { formatItalianNumber, formatItalianPercent } from "../values/formatItalian";
import type { QuantityUnit } from "../values/valueTypes";

/** The languages of messages. */
export type Locale = "it" | "en";

export const LOCALES: readonly Locale[] = ["it", "en"];

export function isLocale(value: unknown): value is Locale {
  return value === "it" || value === "en";
}

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
}

export const ITALIAN_NUMBERS: NumberWords = {
  number: (value, maxDecimals = 2) => formatItalianNumber(value, undefined, maxDecimals),
  figure: (value, unit) => formatFigure(value, unit),
  signed: (value, unit) => formatSignedFigure(value, unit),
  share: (fraction) => formatShare(fraction),
  percent: (fraction, decimals) => formatItalianPercent(fraction, decimals),
};

export const ENGLISH_NUMBERS: NumberWords = {
  number: (value, maxDecimals) => englishDigits(ITALIAN_NUMBERS.number(value, maxDecimals)),
  figure: (value, unit) => (unit === "euro" ? englishEuro(formatFigure(value, unit)) : englishDigits(formatFigure(value, unit))),
  signed: (value, unit) => (unit === "euro" ? englishEuro(formatSignedFigure(value, unit)) : englishDigits(formatSignedFigure(value, unit))),
  share: (fraction) => englishDigits(formatShare(fraction)),
  percent: (fraction, decimals) => englishDigits(formatItalianPercent(fraction, decimals)),
};

export function numbersFor(locale: Locale): NumberWords {
  return locale === "en" ? ENGLISH_NUMBERS : ITALIAN_NUMBERS;
}
