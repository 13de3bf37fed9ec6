/**
 * Every amount written in a text, with its unit, its bound ("almeno", "≥", "entro") and what it counts.
 *
 * Amounts are numbers in digits ("2.870", "+1,55%", "€ 6.190.000,00", "1 800 000") and number words
 * ("due", "Almeno una"). Not amounts: references, dates, years and periods (see maskReferences), digits
 * glued to a name ("B2B", "5G"), and the indefinite article "un/una/uno/un'" unless it is clearly the
 * amount: after a bound ("Almeno una convenzione"), or as the only amount of a text that opens with it
 * or with "<Action> di una <thing>" ("Una convenzione", "Creazione di una FAQ"; in "esame di un campione
 * di almeno 2.500 istanze" and "Avvio del servizio con un'agenzia pilota" it is an article).
 * A dash before the amount at the start of the text is a minus sign ("- 3" and "-€ 500" are negative), and so
 * are brackets around an amount that is the whole text, as accounts write a negative ("(1.234)", "€ (500)").
 *
 * A number that cannot be read ("1,800,000", "1.2.3") makes the whole text unreadable: it is not skipped.
 * Below: the amounts, then the words around them (their unit, the number words, what they count).
 */
import { literalToNumber, normaliseItalianNumber } from "./parseItalianNumber";
import { maskReferences } from "./maskReferences";
import { firstNotAfter, matchesNotAfter } from "./notAfter";
import { comparatorAfter, comparatorAfterLabel, comparatorBefore } from "./comparators";
import type { Comparator, QuantityUnit } from "./valueTypes";

export interface FoundQuantity {
  value: number;
  unit: QuantityUnit;
  comparator?: Comparator;
  /** Everything written after the amount ("delle richieste del periodo"). */
  label: string;
  /** The noun naming what is counted ("iscritti", "nuovi intermediari"), "" when bare. */
  name: string;
  /** The amount as written, its bound and unit included ("almeno 300", "€ 6.190.000,00"). */
  written: string;
  start: number;
  end: number;
  /** "un/una/uno" taken as 1 only because nothing else in the text is an amount. */
  articleOnly: boolean;
}

export type QuantitiesFound = { ok: true; quantities: FoundQuantity[] } | { ok: false; message: string };

/** Digits, with a sign just before them; never inside a word or a longer number (NOT_IN_WORD, checked with notAfter). */
const NOT_IN_WORD = /[\p{L}\p{N}]/u;
const DIGITS =
  /(?:[+\-\u2212\u2013](?=\d))?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.])(?:,\d+)?|\d[\d.,]*\d|\d)/gu;

/** "", "Creazione di ", "Rilascio di ": the start of the text or an action noun whose object "una" may count. */
const ACTION_OF = /^\s*(?:\p{L}+\s+di\s*)?$/u;

/**
 * A minus sign at the very start of the text, before the amount: "- 3", "– 2,5%", "-€ 500", "- € 1.000"
 * (a sign glued to the digits, "-3", is part of the number already).
 */
const DETACHED_MINUS = /^\s*[-\u2212\u2013]\s*$/u;

/** A minus sign between «€» and the digits, apart from them: "€ - 500" (a sign glued to them, "€ -500", is part of the number). */
const MINUS_AFTER_EURO = /^€\s*[-\u2212\u2013]\s+$/u;

/**
 * An amount in brackets, and nothing else in the text but «€»: a negative amount as accounts write it and
 * as Excel reads it when it is typed in a cell («(1.234)», «(€ 500)», «€ (500)», «(500) €», «(5%)»).
 */
const OPENING_BRACKET = /^\s*(€\s*)?\(\s*$/u;
const CLOSING_BRACKET = /^\s*\)\s*(€|euro(?!\p{L})|eur\.?)?\s*$/iu;

/** The amount at `unit` read as a bracketed negative (see OPENING_BRACKET): where it starts and ends, brackets and «€» included, and its unit; else null. */
function bracketedNegative(text: string, digits: string, unit: UnitAround): UnitAround | null {
  if (/^[-+\u2212\u2013]/u.test(digits)) return null; // «(-5)»: a sign inside the brackets is not an accounts' negative
  const opening = OPENING_BRACKET.exec(text.slice(0, unit.start));
  const closing = opening === null ? null : CLOSING_BRACKET.exec(text.slice(unit.end));
  if (opening === null || closing === null) return null;
  const euroOutside = opening[1] !== undefined || closing[1] !== undefined;
  if (euroOutside && unit.unit !== "number") return null; // «€ (5%)», «(€ 500) €»: not one amount's unit
  return { ...unit, unit: euroOutside ? "euro" : unit.unit, start: text.search(/\S/u), end: text.trimEnd().length };
}

function describe(
  text: string,
  value: number,
  unit: UnitAround,
  comparator: { comparator: Comparator; start: number } | null,
  articleOnly: boolean,
): FoundQuantity {
  const trailing = comparator === null ? comparatorAfter(text.slice(unit.end)) : null;
  const end = unit.end + (trailing?.length ?? 0);
  const after = text.slice(end);
  const found: FoundQuantity = {
    value,
    unit: unit.unit,
    label: fullLabel(after),
    name: countedName(after),
    written: text.slice(comparator?.start ?? unit.start, end).trim(),
    start: comparator?.start ?? unit.start,
    end,
    articleOnly,
  };
  // «30 giorni o meno»: the bound after what is counted.
  const afterLabel = comparator === null && trailing === null ? comparatorAfterLabel(found.label) : null;
  if (afterLabel !== null) {
    found.label = afterLabel.label;
    found.name = countedName(afterLabel.label);
  }
  const bound = comparator?.comparator ?? trailing?.comparator ?? afterLabel?.comparator;
  if (bound !== undefined) found.comparator = bound;
  return found;
}

function findInDigits(text: string, masked: string, into: FoundQuantity[]): string | null {
  for (const match of matchesNotAfter(masked, DIGITS, NOT_IN_WORD)) {
    const unit = readUnitAround(text, match.index, match.index + match[0].length);
    if (!unit) continue;
    const normalised = normaliseItalianNumber(match[0]);
    if (!normalised.ok) return normalised.message;
    const detached = DETACHED_MINUS.exec(text.slice(0, unit.start));
    const bracketed = detached === null ? bracketedNegative(text, match[0], unit) : null;
    const negative = detached !== null || bracketed !== null || MINUS_AFTER_EURO.test(text.slice(unit.start, match.index));
    const literal = negative && !/^[-+]/.test(normalised.literal) ? `-${normalised.literal}` : normalised.literal;
    const read = literalToNumber(literal, unit.powerOfTen);
    if (!read.ok) return read.message;
    const amount = detached ? { ...unit, start: detached.index + detached[0].search(/\S/) } : bracketed ?? unit;
    into.push(describe(text, read.value, amount, comparatorBefore(text.slice(0, amount.start)), false));
  }
  return null;
}

function findInWords(text: string, masked: string, into: FoundQuantity[]): void {
  for (const word of findNumberWords(masked)) {
    const unit = readUnitAround(text, word.start, word.end, "word");
    if (!unit) continue;
    const before = text.slice(0, unit.start);
    const comparator = comparatorBefore(before);
    const articleOnly = word.article && !comparator;
    if (articleOnly && !ACTION_OF.test(before)) continue;
    const read = literalToNumber(String(word.value), unit.powerOfTen);
    if (read.ok) into.push(describe(text, read.value, unit, comparator, articleOnly));
  }
}

/** Whether `words` is `digits` spelt out in brackets right after it: «5 (cinque)», «€ 2.000 (duemila)». */
function spells(text: string, digits: FoundQuantity, words: FoundQuantity): boolean {
  if (words.value !== digits.value || words.start < digits.end) return false;
  return /^\s*\(\s*$/.test(text.slice(digits.end, words.start)) && /^\s*\)/.test(text.slice(words.end));
}

/** The amounts in the text in reading order, or the message of the first number that cannot be read. */
export function findQuantities(text: string): QuantitiesFound {
  const masked = maskReferences(text);
  const found: FoundQuantity[] = [];
  const failure = findInDigits(text, masked, found);
  if (failure !== null) return { ok: false, message: failure };
  findInWords(text, masked, found);
  // A word inside another amount ("cento" of "20 per cento") is part of its unit, not an amount; nor is
  // an amount spelt out in brackets after its digits ("n. 5 (cinque) eventi"), as legal texts write it.
  const separate = found.filter(
    (quantity) =>
      !found.some((other) => other !== quantity && ((other.start < quantity.start && quantity.start < other.end) || spells(text, other, quantity))),
  );
  const counted = separate.some((quantity) => !quantity.articleOnly)
    ? separate.filter((quantity) => !quantity.articleOnly)
    : separate;
  return { ok: true, quantities: withoutTimeLimits(text, counted).sort((a, b) => a.start - b.start) };
}

/** What a time is counted in: «giorni», «gg», «mesi», «ore»… (the name of the amount, «giorni lavorativi» included). */
const TIME_NAME = /^(?:giorni|giorno|gg|g|mesi|mese|settimane|settimana|ore|ora|minuti|anni|anno|days|months|hours|weeks)$/iu;
/** «in», «nei», «entro il termine di» just before an amount: the time something is done in. */
const IN_TIME_BEFORE = /(?:^|[^\p{L}])(?:in|entro(?:\s+(?:il\s+termine\s+di|un\s+massimo\s+di|massimo))?|within)\s*$/iu;

/** A time limit: «entro 30 giorni», «in 20 giorni lavorativi». */
function isTimeLimit(text: string, quantity: FoundQuantity): boolean {
  if (quantity.unit !== "number" || !TIME_NAME.test(quantity.name)) return false;
  if (quantity.comparator === "atMost" && /^(?:entro|within)/iu.test(quantity.written)) return true;
  return quantity.comparator === undefined && IN_TIME_BEFORE.test(text.slice(0, quantity.start));
}

/**
 * The amounts without the time limits that are another amount's condition: «≥ 95% entro 30 giorni»,
 * «100% delle pratiche evase in 20 gg» are 95% and 100%, the time being written in their label. A time
 * limit alone («entro 30 giorni») is the amount; beside another time («20 giorni in media, entro 30
 * giorni») the text stays ambiguous: both measure the same thing.
 */
function withoutTimeLimits(text: string, quantities: FoundQuantity[]): FoundQuantity[] {
  if (quantities.length < 2) return quantities;
  const amounts = quantities.filter((quantity) => !isTimeLimit(text, quantity));
  const times = amounts.some((quantity) => quantity.unit === "number" && TIME_NAME.test(quantity.name));
  return amounts.length > 0 && !times ? amounts : quantities;
}

/**
 * The unit written around an amount: "%" or "per cento" after it (percent), "‰" or "per mille" after it
 * (percent, a tenth as large), "€" before or after it,
 * "euro" / "EUR" after it (euro), "mila", "milioni", "mln", "miliardi" after it (a power of ten:
 * "1,5 milioni di euro" is 1.500.000 euro). Anything else is a plain number, and the words that
 * follow it are its label.
 *
 * A number glued to letters ("5G", "B2B" is caught before, "4K") is part of a name, not an amount;
 * common abbreviations glued to it are still units of what is counted ("30gg", "10km", "3mila").
 */

export interface UnitAround {
  unit: QuantityUnit;
  /** Scale to apply to the written number: -2 for percent, 6 for "milioni". */
  powerOfTen: number;
  /** Where the amount begins, a "€" before the number included. */
  start: number;
  /** Where the amount ends, the unit after the number included. */
  end: number;
}

const GLUED_ABBREVIATIONS = /^(?:gg|g|h|km|kg|mq|mc|m|cm|mm|min|ore|mila|mln|mld|k(?=\s?€))(?!\p{L})/u;
const PERCENT_AFTER = /^(?:[ \u00a0\u202f]?%|\s*(?:per\s*cento|percento)(?!\p{L}))/iu;
/** «‰» or «per mille» after an amount: a percentage a tenth as large («5‰» is 0,5%). */
const PER_MILLE_AFTER = /^(?:[ \u00a0\u202f]?‰|\s*(?:per\s*mille|permille)(?!\p{L}))/iu;
const EURO_AFTER = /^\s*(?:di\s+)?(?:€|euro(?!\p{L})|eur(?!\p{L})\.?)/iu;
/** «€» just before the amount, perhaps with a minus sign apart from the digits between them ("€ - 500"). */
const EURO_SIGN_BEFORE = /€\s*(?:[-\u2212\u2013]\s+)?$/u;
/** "euro" or "eur." ending the text, not inside a word (checked with notAfter: older WebKit cannot parse a lookbehind). */
const EURO_WORD_BEFORE = /(?:euro|eur\.?)\s*$/iu;
const LETTER = /\p{L}/u;
/** «mila», «mln», «mld» and the like after an amount; «M» and «k» only before «€» («1,5 M€», «500 k€»), elsewhere a unit of length or a letter. */
const MULTIPLIER_AFTER = /^\s*(mila|milioni|milione|mln|miliardi|miliardo|mld|m(?=\s?€)|k(?=\s?€))(?!\p{L})\.?/iu;

const POWER_OF_MULTIPLIER: Record<string, number> = {
  mila: 3,
  milioni: 6,
  milione: 6,
  mln: 6,
  miliardi: 9,
  miliardo: 9,
  mld: 9,
  m: 6,
  k: 3,
};

/** How far around the number the unit is looked for. */
const REACH = 40;

/**
 * The unit of the amount written at [start, end) in the text (in digits, or as a word such as "due"),
 * or null when digits are glued to a name.
 */
export function readUnitAround(text: string, start: number, end: number, written: "digits" | "word" = "digits"): UnitAround | null {
  let after = text.slice(end, end + REACH);
  if (written === "digits" && /^\p{L}/u.test(after) && !GLUED_ABBREVIATIONS.test(after)) return null;

  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { unit: "percent", powerOfTen: -2, start, end: end + percent[0].length };
  const perMille = PER_MILLE_AFTER.exec(after);
  if (perMille) return { unit: "percent", powerOfTen: -3, start, end: end + perMille[0].length };

  let amountEnd = end;
  let powerOfTen = 0;
  const multiplier = MULTIPLIER_AFTER.exec(after);
  if (multiplier) {
    powerOfTen = POWER_OF_MULTIPLIER[(multiplier[1] ?? "").toLowerCase()] ?? 0;
    amountEnd += multiplier[0].length;
    after = after.slice(multiplier[0].length);
  }

  const euroAfter = EURO_AFTER.exec(after);
  if (euroAfter && (multiplier || !/^\s*di\s/iu.test(after))) {
    return { unit: "euro", powerOfTen, start, end: amountEnd + euroAfter[0].length };
  }
  const reach = text.slice(Math.max(0, start - REACH), start);
  const euroBefore = EURO_SIGN_BEFORE.exec(reach) ?? firstNotAfter(reach, EURO_WORD_BEFORE, LETTER);
  if (euroBefore) return { unit: "euro", powerOfTen, start: start - euroBefore[0].length, end: amountEnd };
  return { unit: "number", powerOfTen, start, end: amountEnd };
}

/**
 * Amounts written as words: "Almeno una convenzione", "Creazione di almeno due aree FAQ", "tre eventi".
 *
 * "un", "uno", "una", "un'" are also the indefinite article ("esame di un campione", "con un'agenzia
 * pilota"), so they are marked `article`: the quantity finder counts them only where they are clearly
 * the amount (after "almeno" and the like, or as the only amount of "Creazione di una FAQ").
 * The other words (zero, due ... venti, the tens, cento, mille) are always amounts: "zero incidenti" is
 * the count 0, not a milestone reached.
 */

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["due", 2], ["tre", 3], ["quattro", 4], ["cinque", 5], ["sei", 6], ["sette", 7], ["otto", 8],
  ["nove", 9], ["dieci", 10], ["undici", 11], ["dodici", 12], ["tredici", 13], ["quattordici", 14],
  ["quindici", 15], ["sedici", 16], ["diciassette", 17], ["diciotto", 18], ["diciannove", 19],
  ["venti", 20], ["trenta", 30], ["quaranta", 40], ["cinquanta", 50], ["sessanta", 60],
  ["settanta", 70], ["ottanta", 80], ["novanta", 90], ["cento", 100], ["mille", 1000],
]);

const ARTICLES = new Set(["un", "uno", "una"]);

/** One amount word found in a text; `end` is just after the word (and after the apostrophe of "un'"). */
export interface NumberWord {
  start: number;
  end: number;
  value: number;
  /** "un", "uno", "una", "un'": an amount only in the right context. */
  article: boolean;
  /** The word as written. */
  word: string;
}

/** A word, with an elision apostrophe after it; it starts a word (NOT_AFTER, checked with notAfter: no lookbehind). */
const WORD_PATTERN = /(\p{L}+)(['’](?=\p{L}))?/gu;
const NOT_AFTER = /[\p{L}\p{N}'’]/u;

/** The value of a single amount word ("due" -> 2, "Una" -> 1), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  return ARTICLES.has(lower) ? 1 : NUMBER_WORDS.get(lower);
}

/** Every amount word in the text, in order. "un'agenzia" yields "un'" as an article. */
export function findNumberWords(text: string): NumberWord[] {
  const found: NumberWord[] = [];
  for (const match of matchesNotAfter(text, WORD_PATTERN, NOT_AFTER)) {
    const word = match[1] ?? "";
    const lower = word.toLowerCase();
    const elided = match[2] !== undefined;
    if (elided && lower !== "un") continue;
    const value = numberWordValue(lower);
    if (value === undefined) continue;
    const start = match.index;
    found.push({ start, end: start + match[0].length, value, article: ARTICLES.has(lower), word: match[0] });
  }
  return found;
}

/**
 * What an amount counts, taken from the words after it.
 * - `fullLabel`: everything after the amount, on one line ("delle richieste del periodo"): the label
 *   of a cell's single quantity keeps what the clerk wrote.
 * - `countedName`: the noun that names what is counted ("2301 iscritti ai 36 eventi" -> "iscritti",
 *   "+7 nuovi intermediari" -> "nuovi intermediari", "12 delle agenzie" -> "delle agenzie"), to quote
 *   the candidates of an ambiguous text and to tell a repeated amount from a different one.
 */

const LINKING_WORDS = new Set([
  "a", "ad", "al", "allo", "alla", "all", "ai", "agli", "alle", "di", "d", "del", "dello", "della", "dell",
  "dei", "degli", "delle", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "in", "nel", "nello",
  "nella", "nei", "negli", "nelle", "su", "sul", "sulla", "sui", "sugli", "sulle", "con", "per", "tra",
  "fra", "e", "ed", "o", "od", "che", "il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "non",
  "è", "sono", "come", "anche", "già", "tutti", "tutte", "x", "of", "the", "and",
]);

/** Adjectives written before the noun they qualify: the noun is part of the name ("nuovi intermediari"). */
const LEADING_ADJECTIVES = new Set([
  "nuovo", "nuova", "nuovi", "nuove", "ulteriore", "ulteriori", "altro", "altra", "altri", "altre",
  "diversi", "diverse", "vari", "varie", "singoli", "singole", "piccole", "grandi", "medie", "giovani",
]);

/** The bracket each closing bracket closes. */
const OPENING_OF: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/**
 * Everything after the amount, trimmed, on one line, without the closing brackets of brackets opened
 * before the amount: «(5 eventi)» is 5 «eventi», not 5 «eventi)»; «5 (stima)» keeps «(stima)».
 */
export function fullLabel(after: string): string {
  const line = after.replace(/\s+/g, " ").trim();
  if (!/[)\]}]/.test(line)) return line;
  const open: string[] = [];
  let kept = "";
  for (const character of line) {
    const opening = OPENING_OF[character];
    if (opening === undefined) {
      if (character === "(" || character === "[" || character === "{") open.push(character);
      kept += character;
    } else if (open.at(-1) === opening) {
      open.pop();
      kept += character;
    }
  }
  return kept.replace(/\s+/g, " ").trim();
}

/** The words that name what is counted, as written (see above); "" when the amount is bare. */
export function countedName(after: string): string {
  const wordsOnly = /^[\s\p{L}'’]*/u.exec(after)?.[0] ?? "";
  const words = wordsOnly.split(/\s+/).filter((word) => word !== "");
  const name: string[] = [];
  let hasNoun = false;
  for (const word of words) {
    const bare = word.toLowerCase().replace(/['’]$/, "");
    const linking = LINKING_WORDS.has(bare);
    if (linking && hasNoun) break;
    name.push(word);
    hasNoun ||= !linking;
    if (!linking && !LEADING_ADJECTIVES.has(bare)) break;
  }
  return hasNoun ? name.join(" ") : "";
}
