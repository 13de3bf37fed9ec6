/**
 * Italian formatting for messages and explanations: "." groups thousands,
 * "," is the decimal mark; percentages take a fraction (0.8955 -> "89,55%").
 */

const MINUS = "-";

function group(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 1800000 -> "1.800.000"; 2.5 -> "2,5"; decimals fixed when given, else up to `maxDecimals` (default 2) without trailing zeros. */
export function formatItalianNumber(value: number, decimals?: number, maxDecimals = 2): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const digits = decimals ?? maxDecimals;
  let fixed = Math.abs(value).toFixed(Math.min(Math.max(digits, 0), 20));
  if (decimals === undefined && fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "");
  const [integerPart = "0", fraction] = fixed.split(".");
  const negative = value < 0 && /[1-9]/.test(fixed);
  const body = fraction ? `${group(integerPart)},${fraction}` : group(integerPart);
  return negative ? `${MINUS}${body}` : body;
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
