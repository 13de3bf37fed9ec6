/**
 * The lower bound's own reading of cell values: only the forms the synthetic plans contain
 * (test/support/synthetic), decoded straight into numbers and small codes, with no text written.
 *
 * - a number: a quantity whose unit comes from its number format ("0.00%" percent, "€" euro);
 * - a text: blank and the placeholders ("-", "--", "//"); an Italian figure ("89,55%", "-2,13%",
 *   "€ 1.800.000,00", "2.870 campioni"); a bound ("almeno 300 dispositivi", "Rilascio di almeno
 *   300 dispositivi"); the milestone words the synthetic plans use ("Avvio", "sì", "Adottato"...);
 *   a text with two figures ("2301 iscritti ai webinar / 1361 partecipanti") is ambiguous.
 * Any other text is outside what this special-purpose reader knows: it says so (UnknownForm)
 * instead of guessing, and the lower bound stops.
 * Not a general reader: it is the floor the core's general reader is measured against.
 */

/** What a decoded cell is. */
export const ABSENT = 0;
export const PLACEHOLDER = 1;
export const QUANTITY = 2;
export const BOUND = 3;
export const MILESTONE = 4;
export const AMBIGUOUS = 5;
export const UNREADABLE = 6;

export const NUMBER = 0;
export const PERCENT = 1;
export const EURO = 2;

/** Milestone states, ordered as the core ranks them. */
export const NOT_DONE = 0;
export const STARTED = 1;
export const DONE = 2;

/** A milestone "stated" in words ("sì", "Avviato") or only describing an "outcome" ("Nuovo regolamento"). */
export const STATED = 0;
export const OUTCOME = 1;

/**
 * The codes above in one object, for modules to copy into local constants once
 * (`const { PLACEHOLDER } = CODES`): a hot loop then reads a constant, not an imported binding.
 */
export const CODES = Object.freeze({ ABSENT, PLACEHOLDER, QUANTITY, BOUND, MILESTONE, AMBIGUOUS, UNREADABLE, NUMBER, PERCENT, EURO, NOT_DONE, STARTED, DONE, STATED, OUTCOME });

/** A text the lower bound does not know how to read: it is not a general reader. */
export class UnknownForm extends Error {
  constructor(text: string, where: string) {
    super(`Il limite inferiore legge solo le forme dei piani sintetici: «${text}» (${where}) non è tra queste.`);
    this.name = "UnknownForm";
  }
}

/** One decoded value: written into the columns by `decodeInto`. */
export interface Decoded {
  kind: number;
  value: number;
  unit: number;
  /** Milestone: state; bound: 1 for "almeno" (the only comparator of the synthetic plans). */
  aux: number;
  /** Milestone: STATED or OUTCOME. */
  basis: number;
  /** Ambiguous: the figures found, each with the word after it. */
  candidates?: { value: number; label: string }[];
}

const PLACEHOLDERS = new Set(["", "-", "--", "---", "-----", "//", "/", "nessuno", "n.d."]);

/** The milestone words of the synthetic plans (indicatorKinds.ts), lower case: state and basis. */
const MILESTONE_WORDS = new Map<string, readonly [number, number]>([
  ["avvio", [STARTED, STATED]],
  ["avviato", [STARTED, STATED]],
  ["avvio del servizio", [STARTED, STATED]],
  ["sì", [DONE, STATED]],
  ["si", [DONE, STATED]],
  ["adottato", [DONE, STATED]],
  ["adozione protocollo", [DONE, OUTCOME]],
  ["nuovo regolamento", [DONE, OUTCOME]],
  ["no", [NOT_DONE, STATED]],
]);

const unitOfFormat = new Map<string, number>();

/** The unit a number format gives a number: "%" percent, "€" euro, else a plain number. */
export function formatUnit(format: string | undefined): number {
  if (format === undefined) return NUMBER;
  let unit = unitOfFormat.get(format);
  if (unit === undefined) {
    const codes = format.replace(/"[^"]*"/g, (quoted) => (quoted.includes("€") ? "€" : ""));
    unit = codes.includes("%") ? PERCENT : codes.includes("€") ? EURO : NUMBER;
    unitOfFormat.set(format, unit);
  }
  return unit;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "1.800.000,00" -> 1800000, "2.870" -> 2870, "-2,13" -> -2.13; `shift` moves the point (-2: percent). */
function italianNumber(text: string, start: number, end: number, shift: number): number {
  let literal = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) literal += text[i];
    else if (c === 44) literal += "."; // ","
    else if (c === 45 || c === 0x2212) literal += "-";
    // "." is the thousands separator: dropped
  }
  return Number(shift === 0 ? literal : `${literal}e${shift}`);
}

/** End of the figure starting at `start`: digits, "." and "," (a trailing separator excluded). */
function figureEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isDigit(c) || c === 46 || c === 44) end++;
    else break;
  }
  while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
  return end;
}

function firstWord(text: string, from: number): string {
  const rest = text.slice(from).trim();
  const space = rest.indexOf(" ");
  return space < 0 ? rest : rest.slice(0, space);
}

/** Decodes a text cell into `out`; `where` names the cell for the UnknownForm message. */
function decodeText(raw: string, out: Decoded, where: string): void {
  const text = raw.trim();
  out.aux = 0;
  out.basis = STATED;
  out.unit = NUMBER;
  out.value = 0;
  if (PLACEHOLDERS.has(text)) {
    out.kind = PLACEHOLDER;
    return;
  }
  if (text.charCodeAt(0) === 35) {
    // "#N/D", "#VALORE!": an Excel error
    out.kind = UNREADABLE;
    return;
  }
  const milestone = MILESTONE_WORDS.get(text.toLowerCase());
  if (milestone !== undefined) {
    out.kind = MILESTONE;
    out.aux = milestone[0];
    out.basis = milestone[1];
    return;
  }
  const last = text.charCodeAt(text.length - 1);
  if (last === 37 && /^[-\u2212]?\d[\d.]*(?:,\d+)?\s*%$/.test(text)) {
    out.kind = QUANTITY;
    out.unit = PERCENT;
    out.value = italianNumber(text, 0, text.length - 1, -2);
    return;
  }
  if (text.charCodeAt(0) === 0x20ac && /^€\s*[-\u2212]?\d[\d.]*(?:,\d+)?$/.test(text)) {
    out.kind = QUANTITY;
    out.unit = EURO;
    out.value = italianNumber(text, 1, text.length, 0);
    return;
  }
  // Figures with words: count them; two or more is ambiguous.
  let first = -1;
  let firstEnd = -1;
  let candidates: { value: number; label: string }[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const end = figureEnd(text, i);
    if (first < 0) {
      first = i;
      firstEnd = end;
    } else {
      candidates ??= [{ value: italianNumber(text, first, firstEnd, 0), label: firstWord(text, firstEnd) }];
      candidates.push({ value: italianNumber(text, i, end, 0), label: firstWord(text, end) });
    }
    i = end;
  }
  if (candidates !== undefined) {
    out.kind = AMBIGUOUS;
    out.candidates = candidates;
    return;
  }
  if (first >= 0) {
    const before = text.slice(0, first).toLowerCase();
    const after = text.slice(firstEnd);
    if (after === "" || after.charCodeAt(0) === 32) {
      const value = italianNumber(text, first, firstEnd, 0);
      if (before === "") {
        out.kind = QUANTITY;
        out.value = value;
        return;
      }
      if (before === "almeno " || before === "rilascio di almeno ") {
        out.kind = BOUND;
        out.value = value;
        out.aux = 1;
        return;
      }
    }
  }
  throw new UnknownForm(text, where);
}

/** Decodes one grid cell (value and number format) into `out`. */
export function decodeCell(raw: unknown, format: string | undefined, out: Decoded, where: string): void {
  out.candidates = undefined;
  if (typeof raw === "number") {
    out.kind = Number.isFinite(raw) ? QUANTITY : UNREADABLE;
    out.value = raw === 0 ? 0 : raw;
    out.unit = formatUnit(format);
    out.aux = 0;
    out.basis = STATED;
    return;
  }
  if (typeof raw === "string") {
    decodeText(raw, out, where);
    return;
  }
  if (raw === null || raw === undefined) {
    out.kind = PLACEHOLDER;
    out.value = 0;
    out.unit = NUMBER;
    out.aux = 0;
    return;
  }
  throw new UnknownForm(String(raw), where);
}

/** A figure: a quantity or a bound. */
export function isFigure(kind: number): boolean {
  return kind === QUANTITY || kind === BOUND;
}

/** Numbers as Italians write them: "1.234,5", at most `decimals` decimals, trailing zeros dropped. */
export function italian(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const point = fixed.indexOf(".");
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  let fraction = point < 0 ? "" : fixed.slice(point + 1);
  while (fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  let grouped = "";
  for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped === "" ? "" : `.${grouped}`);
  const negative = value < 0 && (grouped !== "0" || fraction !== "");
  return `${negative ? "-" : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/** A figure with its unit: "45%", "€ 1.800.000", "2.870". */
export function figureText(value: number, unit: number): string {
  if (unit === PERCENT) return `${italian(value * 100)}%`;
  if (unit === EURO) return `€ ${italian(value)}`;
  return italian(value);
}
