/**
 * Italian formatting for messages and explanations: "." groups thousands,
 * "," is the decimal mark; percentages take a fraction (0.8955 -> "89,55%").
 * Every explanation and every read cell's text goes through formatItalianNumber, so it works on the
 * digits by hand (no regular expressions, no split): hundreds of thousands of calls on a large plan.
 */

const MINUS = "-";

/** toFixed writes plain digits below 1e21; above, it writes an exponent ("1e+21"). */
const PLAIN_DIGITS_BELOW = 1e21;

/** "1800000" -> "1.800.000". */
function group(integerDigits: string): string {
  if (integerDigits.length <= 3) return integerDigits;
  let grouped = integerDigits.slice(0, integerDigits.length % 3 || 3);
  for (let i = grouped.length; i < integerDigits.length; i += 3) grouped += `.${integerDigits.slice(i, i + 3)}`;
  return grouped;
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
  return value < 0 && /[1-9]/.test(fixed) ? `${MINUS}${body}` : body;
}

/** 1800000 -> "1.800.000"; 2.5 -> "2,5"; decimals fixed when given, else up to `maxDecimals` (default 2) without trailing zeros. */
export function formatItalianNumber(value: number, decimals?: number, maxDecimals = 2): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const digits = decimals ?? maxDecimals;
  const size = Math.abs(value);
  if (size >= PLAIN_DIGITS_BELOW) return formatWithExponent(value, decimals, digits);
  let fixed = size.toFixed(Math.min(Math.max(digits, 0), 20));
  if (decimals === undefined && fixed.includes(".")) fixed = withoutTrailingZeros(fixed);
  const point = fixed.indexOf(".");
  const body = point < 0 ? group(fixed) : `${group(fixed.slice(0, point))},${fixed.slice(point + 1)}`;
  return value < 0 && hasNonZeroDigit(fixed) ? `${MINUS}${body}` : body;
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
