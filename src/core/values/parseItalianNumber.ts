/**
 * Plain numeric text written the Italian way: "." groups thousands, "," is the decimal mark.
 *
 * Accepted (everything else is refused with an Italian message, never guessed):
 * - "1800000", "-2,13", "+1,55", "0,7", ",5", "1.800.000,00", "2.870";
 * - thousands grouped by spaces (also no-break and thin spaces): "1 800 000", "1 800 000,50";
 * - a sign "+", "-", "−" (Unicode minus) or "–" (en dash, as word processors turn "-" into it).
 *
 * The "." rule, because "1.5" is not Italian but a clerk may type it:
 * - a "." is a thousands separator only when the groups after it are exactly three digits and the
 *   first group is 1–3 digits not starting with 0: "2.870" = 2870, "1.800.000" = 1800000;
 * - otherwise a single "." with no "," is the English decimal point, the only reading left:
 *   "1.5" = 1,5; "12.50" = 12,5; "0.870" = 0,87; "1234.567" = 1234,567;
 * - "," and "." together follow the Italian order ("1.800,50"); the English order with full
 *   grouping ("1,800,000.50") has one reading too and is accepted; anything else ("1,800,000",
 *   "1.2.3", "1.80.000") is refused.
 */

/** 10^0 … 10^22: the powers of ten a double holds exactly, so that scaling by one rounds only once. */
export const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** The number as a JavaScript decimal literal ("-1800000.5"), so that callers can scale it exactly. */
export type NormalisedNumber = { ok: true; literal: string } | { ok: false; message: string };

const MAX_LENGTH = 400;
const SIGNS = /^[+\-\u2212\u2013]/;
const SPACES = /[ \u00a0\u202f\u2009]/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?$/;
const PLAIN_INTEGER = /^\d+$/;
const ITALIAN_DECIMAL = /^\d*,\d+$/;
const ITALIAN_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const ENGLISH_DECIMAL = /^\d+\.\d+$/;
const ENGLISH_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;

const HINT = "usare \".\" per le migliaia e \",\" per i decimali, es. 1.800.000,00";

function refuse(text: string, why: string): NormalisedNumber {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { ok: false, message: `"${shown}" ${why}` };
}

/** Integer and fraction digits of an unsigned body, or null when no rule reads it. */
function splitBody(body: string): [string, string] | null {
  if (PLAIN_INTEGER.test(body)) return [body, ""];
  if (ITALIAN_DECIMAL.test(body) || ITALIAN_GROUPED.test(body)) {
    const [integer = "", fraction = ""] = body.replace(/\./g, "").split(",");
    return [integer || "0", fraction];
  }
  if (ENGLISH_DECIMAL.test(body) || ENGLISH_GROUPED.test(body)) {
    const [integer = "", fraction = ""] = body.replace(/,/g, "").split(".");
    return [integer, fraction];
  }
  return null;
}

/** Checks the text and rewrites it as a decimal literal without reading it as a float yet. */
export function normaliseItalianNumber(text: string): NormalisedNumber {
  if (typeof text !== "string") return { ok: false, message: "Il valore non è un testo." };
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Il testo è vuoto: nessun numero da leggere." };
  if (trimmed.length > MAX_LENGTH) return refuse(trimmed, "è troppo lungo per essere un numero.");
  const negative = SIGNS.test(trimmed) && trimmed[0] !== "+";
  let body = SIGNS.test(trimmed) ? trimmed.slice(1) : trimmed;
  if (SPACES.test(body)) {
    if (!SPACE_GROUPED.test(body)) return refuse(trimmed, `non è un numero scritto all'italiana (${HINT}).`);
    body = body.replace(/[ \u00a0\u202f\u2009]/g, "");
  }
  if (!/^[\d.,]+$/.test(body)) return refuse(trimmed, "non è un numero.");
  const parts = splitBody(body);
  if (!parts) return refuse(trimmed, `non è un numero scritto all'italiana (${HINT}).`);
  const [integer, fraction] = parts;
  const digits = `${integer.replace(/^0+(?=\d)/, "")}${fraction ? `.${fraction}` : ""}`;
  const isZero = !/[1-9]/.test(digits);
  return { ok: true, literal: negative && !isZero ? `-${digits}` : digits };
}

/**
 * Reads a normalised literal scaled by a power of ten, without the float error of multiplying:
 * ("89.55", -2) -> 0.8955 exactly as JavaScript would read "0.8955".
 */
export function literalToNumber(literal: string, powerOfTen = 0): ParsedNumber {
  const value = Number(`${literal}e${powerOfTen}`);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `Il numero ${literal} è troppo grande per essere letto.` };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** "1.800.000,00" -> 1800000; "-2,13" -> -2.13; "1.5" -> 1.5 (see the rules above). */
export function parseItalianNumber(text: string): ParsedNumber {
  const normalised = normaliseItalianNumber(text);
  if (!normalised.ok) return normalised;
  return literalToNumber(normalised.literal);
}
