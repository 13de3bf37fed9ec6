/**
 * The common forms of a cell's text, read in one pass over its characters instead of through the
 * general reader (readTextValue and its regular expressions), with the same answer:
 * - an amount written the Italian way: "1.800.000,00", "-2,13", "0,7", "2020";
 * - a percentage: "89,55%", "-2,13 %", "75% delle richieste del periodo";
 * - an amount in euro: "€ 6.190.000,00", "€6.190.000", "€ -5,00", "6.190.000,00 €";
 * - an amount and what it counts: "2.870 campioni", "6 eventi";
 * - a lower bound: "almeno 300 dispositivi", "Almeno 95%", "Rilascio di almeno 300 dispositivi";
 * - amounts with what they count, separated by " / ": "2301 iscritti ai webinar / 1361 partecipanti"
 *   (ambiguous, with the general reader's candidates and message);
 * - a placeholder: "-", "//", "-----", "n.d.", "nessuno" (matchPlaceholder's own test);
 * - a milestone in words: "sì", "no", "Avvio", "Avviato", "Adozione protocollo" (readMilestone's own reading).
 * Anything else, and any doubt, is left to the general reader (undefined): a text with spaces around it
 * or doubled, an English or space-grouped number, a label holding digits, punctuation, a month
 * ("30 giugno" is a date), a period ("2 semestre"), a number word ("tre", "una"), a unit word ("euro",
 * "mila", "percento"). A property test checks that this reader and the general one agree on every text
 * this one accepts.
 */
import { memoByText } from "../memo";
import { EXACT_POWERS_OF_TEN } from "./parseItalianNumber";
import { isPlaceholderText } from "./matchPlaceholder";
import { milestoneOf, readMilestone } from "./readMilestone";
import { comparatorAfter, comparatorAfterLabel } from "./comparators";
import { countedName, fullLabel, numberWordValue, type FoundQuantity } from "./findQuantities";
import { ambiguous } from "./readTextValue";
import type { CellValue, QuantityUnit } from "./valueTypes";

/** Longer texts go to the general reader: the common forms are short. */
const LONGEST = 100;

/** Words after an amount that the general reader reads as part of it or as a reference, not as a label. */
const NOT_A_LABEL = new Set([
  "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
  "novembre", "dicembre", "semestre", "trimestre", "quadrimestre", "bimestre", "mila", "milioni", "milione",
  "mln", "miliardi", "miliardo", "mld", "euro", "eur", "percento",
]);

const ZERO = 48;
const NINE = 57;
const isDigit = (code: number) => code >= ZERO && code <= NINE;

/** A letter of the Latin alphabets Italian texts use (A–Z, a–z, À–ÿ without × and ÷). */
function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/** Words of Latin letters, one space between them, none of them a number word; false for anything else. */
function isPlainWords(text: string): boolean {
  if (text === "") return false;
  let wordStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32) {
      if (i === wordStart) return false; // a space at the start, at the end, or doubled
      if (numberWordValue(text.slice(wordStart, i)) !== undefined) return false;
      wordStart = i + 1;
    } else if (!isLatinLetter(code)) {
      return false;
    }
  }
  return true;
}

/** A label as the general reader keeps it, or null when the words may be read otherwise; a plan repeats a few labels ("eventi", "partecipanti"). */
const plainLabel = memoByText((words: string): string | null => {
  if (!isPlainWords(words) || comparatorAfter(` ${words}`) !== null || comparatorAfterLabel(words) !== null) return null;
  for (const word of words.toLowerCase().split(" ")) if (NOT_A_LABEL.has(word)) return null;
  return words;
});

interface ScannedNumber {
  negative: boolean;
  /** The digits as one whole number (1.800.000,5 -> 18000005): exact up to Number.MAX_SAFE_INTEGER. */
  digits: number;
  /** How many of the digits are decimals. */
  decimals: number;
  /** Where the number's digits start and where the number ends. */
  digitsStart: number;
  end: number;
}

/** The record every scan fills in and returns: what a scan found holds until the next scan. */
const scanned: ScannedNumber = { negative: false, digits: 0, decimals: 0, digitsStart: 0, end: 0 };

/**
 * An Italian number starting at `start`: an optional sign, then plain digits ("2020", "007") or digits
 * grouped by "." in threes ("1.800.000"), then optionally "," and decimals. Null for anything else.
 * The number found is in the one record of scans, read before scanning again.
 */
function scanNumber(text: string, start: number): Readonly<ScannedNumber> | null {
  let i = start;
  const sign = text.charCodeAt(i);
  const negative = sign === 45; // "-"
  if (negative || sign === 43) i += 1; // "+"
  const digitsStart = i;
  let digits = 0;
  while (isDigit(text.charCodeAt(i))) digits = digits * 10 + text.charCodeAt(i++) - ZERO;
  if (i === digitsStart) return null;
  if (text.charCodeAt(i) === 46) {
    // "." groups thousands: 1–3 digits not starting with 0, then groups of exactly three.
    if (i - digitsStart > 3 || text.charCodeAt(digitsStart) === ZERO) return null;
    while (text.charCodeAt(i) === 46) {
      if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) return null;
      digits = digits * 1000 + (text.charCodeAt(i + 1) - ZERO) * 100 + (text.charCodeAt(i + 2) - ZERO) * 10 + text.charCodeAt(i + 3) - ZERO;
      i += 4;
    }
    if (isDigit(text.charCodeAt(i))) return null;
  }
  let decimals = 0;
  if (text.charCodeAt(i) === 44) {
    const fractionStart = ++i;
    while (isDigit(text.charCodeAt(i))) digits = digits * 10 + text.charCodeAt(i++) - ZERO;
    decimals = i - fractionStart;
    if (decimals === 0) return null;
  }
  const next = text.charCodeAt(i);
  if (next === 46 || next === 44) return null; // "1,5.3", "12,5,": not a common form
  scanned.negative = negative;
  scanned.digits = digits;
  scanned.decimals = decimals;
  scanned.digitsStart = digitsStart;
  scanned.end = i;
  return scanned;
}

/**
 * The number scaled by a power of ten as literalToNumber reads it; null when it is not a finite number.
 * Digits and a power of ten both exact make one correctly rounded division or product, the very
 * double that reading the decimal text gives; beyond that, the text is read.
 */
function valueOf(text: string, number: Readonly<ScannedNumber>, powerOfTen: number): number | null {
  const scale = number.decimals - powerOfTen;
  const power = EXACT_POWERS_OF_TEN[Math.abs(scale)];
  let size: number;
  if (number.digits <= Number.MAX_SAFE_INTEGER && power !== undefined) size = scale >= 0 ? number.digits / power : number.digits * power;
  else size = +`${text.slice(number.digitsStart, number.end).replace(/\./g, "").replace(",", ".")}e${powerOfTen}`;
  if (size - size !== 0) return null; // too large: the general reader explains why
  return size === 0 ? 0 : number.negative ? -size : size;
}

/**
 * Where the amount starts after a lower bound: "almeno 300", "Almeno 95%", or after plain words
 * "Rilascio di almeno 300 dispositivi" (the general reader reads the same bound there); -1 without one.
 */
function afterLowerBound(text: string): number {
  if (text.startsWith("almeno ") || text.startsWith("Almeno ")) return 7;
  const at = text.indexOf(" almeno ");
  return at > 0 && isPlainWords(text.slice(0, at)) ? at + 8 : -1;
}

/** An amount, optionally after "€ " or a lower bound, with its unit and label; null when not a common form. */
function readAmount(text: string): CellValue | null {
  const boundEnd = afterLowerBound(text);
  const bound = boundEnd >= 0;
  if (bound && !isDigit(text.charCodeAt(boundEnd))) return null;
  const euroBefore = !bound && text.charCodeAt(0) === 0x20ac;
  const start = bound ? boundEnd : euroBefore ? (text.charCodeAt(1) === 32 ? 2 : 1) : 0;
  const number = scanNumber(text, start);
  if (number === null) return null;
  let end = number.end;
  let unit: QuantityUnit = euroBefore ? "euro" : "number";
  let powerOfTen = 0;
  if (!euroBefore) {
    const percentAt = text.charCodeAt(end) === 32 ? end + 1 : end;
    if (text.charCodeAt(percentAt) === 37) {
      unit = "percent";
      powerOfTen = -2;
      end = percentAt + 1;
    } else if (text.charCodeAt(percentAt) === 0x20ac && percentAt + 1 === text.length) {
      unit = "euro";
      end = text.length;
    }
  }
  let label: string | null = null;
  if (end < text.length) {
    if (unit === "euro" || text.charCodeAt(end) !== 32) return null;
    label = plainLabel(text.slice(end + 1));
    if (label === null) return null;
  }
  const value = valueOf(text, number, powerOfTen);
  if (value === null) return null;
  if (bound) {
    return label === null
      ? { kind: "threshold", comparator: "atLeast", value, unit, text }
      : { kind: "threshold", comparator: "atLeast", value, unit, label, text };
  }
  return label === null ? { kind: "quantity", value, unit, text } : { kind: "quantity", value, unit, label, text };
}

/** Between two amounts of a list: nothing before it is read as a bound, a date or a reference. */
const LIST_SEPARATOR = " / ";

/**
 * Amounts separated by " / ", each a number or a percentage with what it counts ("2301 iscritti ai
 * webinar / 1361 partecipanti"; only the last may be bare): ambiguous, as the general reader finds it.
 * Null for anything else.
 */
function readAmountList(text: string): CellValue | null {
  const found: FoundQuantity[] = [];
  for (let start = 0; ; ) {
    const number = scanNumber(text, start);
    if (number === null) return null;
    const percent = text.charCodeAt(number.end) === 37;
    const end = percent ? number.end + 1 : number.end;
    const separator = text.indexOf(LIST_SEPARATOR, end);
    const labelEnd = separator < 0 ? text.length : separator;
    // "5 / 6" is a date or a reference to the general reader: an amount before a separator has a label.
    if (labelEnd === end ? separator >= 0 : text.charCodeAt(end) !== 32 || plainLabel(text.slice(end + 1, labelEnd)) === null) return null;
    const value = valueOf(text, number, percent ? -2 : 0);
    if (value === null) return null;
    const after = text.slice(end);
    found.push({ value, unit: percent ? "percent" : "number", label: fullLabel(after), name: countedName(after), written: text.slice(start, end), start, end, articleOnly: false });
    if (separator < 0) break;
    start = separator + LIST_SEPARATOR.length;
  }
  return found.length > 1 ? ambiguous(text, found) : null;
}

/**
 * The value of a text in one of the common forms (see above), exactly as the general reader reads it,
 * or undefined when only the general reader can tell.
 */
export function readCommonText(text: string): CellValue | undefined {
  if (text.length > LONGEST) return undefined;
  const first = text.charCodeAt(0);
  if (isDigit(first) || first === 45 || first === 43 || first === 0x20ac || isLatinLetter(first)) {
    const amount = readAmount(text) ?? (text.includes(LIST_SEPARATOR) ? readAmountList(text) : null);
    if (amount !== null) return amount;
  }
  if (first === 35) return undefined; // "#": perhaps an Excel error
  if (isPlaceholderText(text)) return { kind: "placeholder", text };
  if (!isPlainWords(text)) return undefined;
  const state = readMilestone(text);
  return state === null ? undefined : milestoneOf(text, state);
}
