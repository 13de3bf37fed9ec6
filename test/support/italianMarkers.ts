/**
 * Whether an English text still holds Italian words of ours: a small list of marker words that
 * every Italian message uses and no English one should («obiettivo», «indicatore», «non»,
 * «scostamento», «della»). Texts from the plan stay as written in every language, so they are
 * taken out before looking: anything quoted (“…”, «…», '…') and the plan's own strings given.
 */

export const ITALIAN_MARKERS = ["obiettivo", "indicatore", "non", "scostamento", "della"] as const;

const QUOTED = [/“[^”]*”/g, /«[^»]*»/g, /(^|[\s(])'[^']*'/g];

/** The marker words left in `text` once quoted texts and the plan's own strings are taken out. */
export function italianMarkersIn(text: string, planTexts: readonly string[] = []): string[] {
  let rest = text;
  for (const quoted of QUOTED) rest = rest.replace(quoted, "$1");
  for (const planText of [...planTexts].filter((item) => item.trim() !== "").sort((a, b) => b.length - a.length)) {
    // Whole words only: taking out a code "e" must not turn "none" into "non".
    const escaped = planText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rest = rest.replace(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "gu"), " ");
  }
  const words = rest.toLowerCase().split(/[^\p{L}]+/u);
  return ITALIAN_MARKERS.filter((marker) => words.includes(marker));
}

/** Every string among an anomaly's parameters (codes, cell texts, names), but not texts worded in each language. */
export function planTextsOf(params: unknown): string[] {
  if (typeof params === "string") return [params];
  if (Array.isArray(params)) return params.flatMap(planTextsOf);
  if (typeof params !== "object" || params === null) return [];
  const keys = Object.keys(params).sort();
  if (keys.length === 2 && keys[0] === "en" && keys[1] === "it") return [];
  return Object.values(params).flatMap(planTextsOf);
}
