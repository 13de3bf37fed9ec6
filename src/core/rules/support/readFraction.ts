/**
 * A number from a settings file: a JSON number as is, or a text written the Italian or English way
 * ("0,5", "0.5"); a text ending in "%" is a percentage and becomes a fraction ("50%" -> 0.5) unless
 * `percentAsFraction` is false (tolerances in percentage points: "0,1%" -> 0.1). Null when not a
 * finite number.
 */
export function readFraction(raw: unknown, percentAsFraction = true): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().replace(/\s+/g, "");
  const percent = text.endsWith("%");
  const digits = (percent ? text.slice(0, -1) : text).replace(",", ".");
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(digits)) return null;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return percent && percentAsFraction ? value / 100 : value;
}
