/**
 * Objective codes and indicator numbers as users write them.
 * - An indicator number is kept as text ("3 bis" survives); "Indicatore 3:", "Nuovo Indicatore 3",
 *   "Ind. n. 3" and the number 3 all give "3".
 * - An objective code is compared without case, spacing or a trailing dot ("1.1", "1.1.", "strat"
 *   and "STRAT" are the same). A reference to an objective may carry the code inside a label
 *   ("Obiettivo Operativo 3.1 Nuove misure...", "1.1 - Diffusione..."): `leadingCode` finds it.
 */
import { normalizeHeader } from "./normalizeHeader";

const INDICATOR_PREFIX = /^(?:nuovo\s+)?(?:indicatore|indicator|ind\.?)\s*(?:n\.?|nr\.?|n°|no\.?)?\s*/i;
const NUMBER_WITH_SUFFIX = /^(\d+)(\s*(?:bis|ter|quater))?(?![\d\p{L}])/iu;

/** "Indicatore 3:" -> "3"; "3 bis" -> "3 bis"; "1." -> "1"; other text as written without a trailing ":" or ".". */
export function indicatorNumberText(text: string): string {
  const trimmed = text.trim();
  const rest = trimmed.replace(INDICATOR_PREFIX, "");
  const match = NUMBER_WITH_SUFFIX.exec(rest);
  if (match) return `${match[1] ?? ""}${match[2] ? ` ${match[2].trim().toLowerCase()}` : ""}`;
  return trimmed.replace(/[:.]+$/, "").trim();
}

/** The key under which codes are compared: "STRAT " -> "strat"; "1.1." -> "1.1". */
export function codeKey(code: string): string {
  return code.trim().replace(/\s+/g, " ").replace(/[.:]+$/, "").toLowerCase();
}

const LABEL = /^\s*(?:obiettivo|ob\.|obj\.?|objective)\s*(?:(?:strategico|operativo|strategic|operational)\s*)?(?:n\.?\s*|n°\s*)?/i;
const CODE = /^([A-Za-z]{0,6}\d+(?:[.\-_/][A-Za-z\d]+)*|[A-Z]{2,10}(?:[-_.][A-Z\d]+)*)(?=$|[\s:\-–—.,;)])/;

/** The code at the start of a label: "Obiettivo Operativo 3.1 Nuove misure" -> "3.1"; "AS - Pro Brixia" -> "AS". */
export function leadingCode(text: string): string | null {
  const rest = text.replace(LABEL, "");
  const match = CODE.exec(rest.trim());
  return match?.[1] ?? null;
}

/** The label without the "Obiettivo operativo" words and the code: what is left is a title to compare. */
export function titleKey(text: string): string {
  const rest = text.replace(LABEL, "").trim();
  const code = leadingCode(text);
  const title = code !== null && rest.startsWith(code) ? rest.slice(code.length) : rest;
  return normalizeHeader(title);
}
