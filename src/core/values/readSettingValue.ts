/**
 * Values a user types in a setting (`--regole`, the «Regole di valutazione» sheet, the pane), read
 * the same way everywhere: fractions and percentages, and the known id nearest to a mistyped one.
 */

/**
 * What a user typed, read:
 * - `readFraction`: a JSON number as is, or a text written the Italian or English way ("0,5",
 *   "0.5"); a text ending in "%" is a percentage and becomes a fraction ("50%" -> 0.5) unless
 *   `percentAsFraction` is false (tolerances in percentage points: "0,1%" -> 0.1). Null when not a
 *   finite number.
 * - `closestId`: the known id nearest to a mistyped one (edit distance at most 3), for
 *   "forse «pesi-indicatori»?".
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

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

export function closestId(wanted: string, ids: readonly string[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const id of ids) {
    const score = distance(wanted.toLowerCase(), id);
    if (score <= 3 && (best === null || score < best.score)) best = { id, score };
  }
  return best?.id ?? null;
}

