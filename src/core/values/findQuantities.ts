/**
 * Every amount written in a text, with its unit, its bound ("almeno", "≥", "entro") and what it counts.
 *
 * Amounts are numbers in digits ("2.870", "+1,55%", "€ 6.190.000,00", "1 800 000") and number words
 * ("due", "Almeno una"). Not amounts: references, dates, years and periods (see maskReferences), digits
 * glued to a name ("B2B", "5G"), and the indefinite article "un/una/uno/un'" unless it is clearly the
 * amount: after a bound ("Almeno una convenzione"), or as the only amount of a text that opens with it
 * or with "<Action> di una <thing>" ("Una convenzione", "Creazione di una FAQ"; in "esame di un campione
 * di almeno 2.500 istanze" and "Avvio del servizio con un'agenzia pilota" it is an article).
 * A dash and a space before the amount at the start of the text are a minus sign ("- 3" is -3).
 *
 * A number that cannot be read ("1,800,000", "1.2.3") makes the whole text unreadable: it is not skipped.
 */
import { countedName, fullLabel } from "./labelWords";
import { literalToNumber, normaliseItalianNumber } from "./parseItalianNumber";
import { maskReferences } from "./maskReferences";
import { matchesNotAfter } from "./notAfter";
import { findNumberWords } from "./readNumberWords";
import { comparatorBefore } from "./comparators";
import { readUnitAround, type UnitAround } from "./readUnit";
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

/** A dash and a space at the very start of the text, before the amount: "- 3", "– 2,5%". */
const DETACHED_MINUS = /^\s*[-\u2212\u2013]\s+$/u;

function describe(
  text: string,
  value: number,
  unit: UnitAround,
  comparator: { comparator: Comparator; start: number } | null,
  articleOnly: boolean,
): FoundQuantity {
  const after = text.slice(unit.end);
  const found: FoundQuantity = {
    value,
    unit: unit.unit,
    label: fullLabel(after),
    name: countedName(after),
    written: text.slice(comparator?.start ?? unit.start, unit.end).trim(),
    start: comparator?.start ?? unit.start,
    end: unit.end,
    articleOnly,
  };
  if (comparator) found.comparator = comparator.comparator;
  return found;
}

function findInDigits(text: string, masked: string, into: FoundQuantity[]): string | null {
  for (const match of matchesNotAfter(masked, DIGITS, NOT_IN_WORD)) {
    const unit = readUnitAround(text, match.index, match.index + match[0].length);
    if (!unit) continue;
    const normalised = normaliseItalianNumber(match[0]);
    if (!normalised.ok) return normalised.message;
    const detached = DETACHED_MINUS.exec(text.slice(0, unit.start));
    const literal = detached && !/^[-+]/.test(normalised.literal) ? `-${normalised.literal}` : normalised.literal;
    const read = literalToNumber(literal, unit.powerOfTen);
    if (!read.ok) return read.message;
    const amount = detached ? { ...unit, start: detached.index + detached[0].search(/\S/) } : unit;
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

/** The amounts in the text in reading order, or the message of the first number that cannot be read. */
export function findQuantities(text: string): QuantitiesFound {
  const masked = maskReferences(text);
  const found: FoundQuantity[] = [];
  const failure = findInDigits(text, masked, found);
  if (failure !== null) return { ok: false, message: failure };
  findInWords(text, masked, found);
  // A word inside another amount ("cento" of "20 per cento") is part of its unit, not an amount.
  const separate = found.filter(
    (quantity) => !found.some((other) => other !== quantity && other.start < quantity.start && quantity.start < other.end),
  );
  const counted = separate.some((quantity) => !quantity.articleOnly)
    ? separate.filter((quantity) => !quantity.articleOnly)
    : separate;
  return { ok: true, quantities: counted.sort((a, b) => a.start - b.start) };
}
