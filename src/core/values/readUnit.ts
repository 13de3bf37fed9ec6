/**
 * The unit written around an amount: "%" or "per cento" after it (percent), "€" before or after it,
 * "euro" / "EUR" after it (euro), "mila", "milioni", "mln", "miliardi" after it (a power of ten:
 * "1,5 milioni di euro" is 1.500.000 euro). Anything else is a plain number, and the words that
 * follow it are its label.
 *
 * A number glued to letters ("5G", "B2B" is caught before, "4K") is part of a name, not an amount;
 * common abbreviations glued to it are still units of what is counted ("30gg", "10km", "3mila").
 */
import type { QuantityUnit } from "./valueTypes";
import { firstNotAfter } from "./notAfter";

export interface UnitAround {
  unit: QuantityUnit;
  /** Scale to apply to the written number: -2 for percent, 6 for "milioni". */
  powerOfTen: number;
  /** Where the amount begins, a "€" before the number included. */
  start: number;
  /** Where the amount ends, the unit after the number included. */
  end: number;
}

const GLUED_ABBREVIATIONS = /^(?:gg|g|h|km|kg|mq|mc|m|cm|mm|min|ore|mila|mln|mld)(?!\p{L})/u;
const PERCENT_AFTER = /^(?:[ \u00a0\u202f]?%|\s*(?:per\s*cento|percento)(?!\p{L}))/iu;
const EURO_AFTER = /^\s*(?:di\s+)?(?:€|euro(?!\p{L})|eur(?!\p{L})\.?)/iu;
const EURO_SIGN_BEFORE = /€\s*$/u;
/** "euro" or "eur." ending the text, not inside a word (checked with notAfter: older WebKit cannot parse a lookbehind). */
const EURO_WORD_BEFORE = /(?:euro|eur\.?)\s*$/iu;
const LETTER = /\p{L}/u;
const MULTIPLIER_AFTER = /^\s*(mila|milioni|milione|mln|miliardi|miliardo|mld)(?!\p{L})\.?/iu;

const POWER_OF_MULTIPLIER: Record<string, number> = {
  mila: 3,
  milioni: 6,
  milione: 6,
  mln: 6,
  miliardi: 9,
  miliardo: 9,
  mld: 9,
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
