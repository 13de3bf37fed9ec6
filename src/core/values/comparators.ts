/**
 * Comparators: reading the bound written before an amount (`comparatorBefore`) and checking a
 * value against it (`meetsBound`). Their words in messages and explanations ("almeno", "più di",
 * "non oltre", "meno di", each read back as the same comparator) are wording/comparatorWords.
 * The direction a bound implies is the polarity's (plan/polarity).
 *
 * The words before an amount that make it a bound rather than a value:
 * "almeno 300", "Almeno una", "almeno del 95%", "≥ 95%", "non oltre 10 giorni", "entro 30 giorni",
 * "non più di 5", "massimo 5", "fino a 10", "uguale o superiore al 90%", "maggiore/uguale a 5",
 * "almeno pari a 10", "oltre 100" (moreThan), "meno di 3" (lessThan).
 *
 * Longer phrases are tried first, so that "non oltre" is not read as "oltre" and "non meno di"
 * (at least) not as "meno di" (less than). After the amount, «o più» and «o superiore» make it a lower
 * bound, «o meno» and «o inferiore» an upper one (`comparatorAfter`): «90% o più», «30 giorni o meno».
 * A bare "entro" followed by a date is not a bound: dates are
 * masked before amounts are looked for, so "entro il 30/6" never reaches this reader.
 */
import type { Comparator } from "./valueTypes";
import { firstNotAfter } from "./notAfter";

const PREP_A = "(?:a|ad|al|allo|alla|all'|ai|agli|alle)";
const PREP_DI = "(?:di|del|dello|della|dell'|dei|degli|delle)";
const ARTICLE = "(?:il|lo|la|l'|i|gli|le)";
const OPTIONAL_ARTICLE = `(?:\\s+${ARTICLE}|\\s+${PREP_DI})?`;
/** The «o» of «maggiore o uguale», «uguale o superiore», also written as a slash or a dash («maggiore/uguale»). */
const OR = "(?:\\s+o\\s+|\\s*[/-]\\s*)";

/** [comparator, phrase] in the order they are tried. */
const PHRASES: [Comparator, string][] = [
  ["atLeast", `(?:pari|uguale)${OR}(?:superiore\\s+${PREP_A}|maggiore\\s+(?:${PREP_DI}|${PREP_A}))`],
  ["atLeast", `(?:maggiore|superiore)${OR}(?:uguale|pari)\\s+${PREP_A}`],
  ["atMost", `(?:pari|uguale)${OR}(?:inferiore\\s+${PREP_A}|minore\\s+(?:${PREP_DI}|${PREP_A}))`],
  ["atMost", `(?:minore|inferiore)${OR}(?:uguale|pari)\\s+${PREP_A}`],
  ["atLeast", `non\\s+inferiore\\s+${PREP_A}`],
  ["atLeast", `non\\s+meno\\s+${PREP_DI}`],
  ["atMost", `non\\s+superiore\\s+${PREP_A}`],
  ["atMost", `non\\s+oltre${OPTIONAL_ARTICLE}`],
  ["atMost", `non\\s+più\\s+${PREP_DI}`],
  ["atLeast", `almeno\\s+pari\\s+${PREP_A}`],
  ["atLeast", `almeno${OPTIONAL_ARTICLE}`],
  ["atLeast", `(?:minimo|min\\.?)${OPTIONAL_ARTICLE}`],
  ["atMost", `(?:al\\s+massimo|al\\s+più|massimo|max\\.?)${OPTIONAL_ARTICLE}`],
  ["atMost", `fino\\s+${PREP_A}`],
  ["atMost", `entro${OPTIONAL_ARTICLE}`],
  ["moreThan", `superiore\\s+${PREP_A}`],
  ["moreThan", `maggiore\\s+${PREP_DI}`],
  ["moreThan", `più\\s+${PREP_DI}`],
  ["moreThan", `oltre${OPTIONAL_ARTICLE}`],
  ["lessThan", `inferiore\\s+${PREP_A}`],
  ["lessThan", `minore\\s+${PREP_DI}`],
  ["lessThan", `meno\\s+${PREP_DI}`],
  ["atLeast", "≥|>\\s?=|=>|⩾"],
  ["atMost", "≤|<\\s?=|=<|⩽"],
  ["moreThan", ">"],
  ["lessThan", "<"],
];

/** "n. 2", "nr. 2", "n° 2": a number sign between the bound and the amount. */
const NUMBER_SIGN = "(?:\\s*(?:n\\.|nr\\.|n°|num\\.|numero))?";

const MATCHERS: [Comparator, RegExp][] = PHRASES.map(([comparator, phrase]) => [
  comparator,
  new RegExp(`(?:${phrase})${NUMBER_SIGN}\\s*$`, "iu"),
]);

/** A bound is a word of its own: not preceded by a letter (checked with notAfter, not a lookbehind older WebKit cannot parse). */
const LETTER = /\p{L}/u;

/** Only the end of the preceding text matters; this keeps the search short on long cells. */
const LOOK_BACK = 60;

/**
 * The bound written just before an amount, given the text before it (without a "€" prefix):
 * "Rilascio di almeno " -> { comparator: "atLeast", start: 12 }; "Realizzazione di " -> null.
 */
export function comparatorBefore(before: string): { comparator: Comparator; start: number } | null {
  const cut = Math.max(0, before.length - LOOK_BACK);
  const partialWord = cut > 0 ? (/^\S*/.exec(before.slice(cut))?.[0].length ?? 0) : 0;
  const offset = cut + partialWord;
  const tail = before.slice(offset).replace(/[’`]/g, "'");
  for (const [comparator, matcher] of MATCHERS) {
    const match = firstNotAfter(tail, matcher, LETTER);
    if (match) return { comparator, start: offset + match.index };
  }
  return null;
}


/**
 * The bound written just after an amount: «90% o più», «5 o superiore», «30 giorni o meno» (inclusive,
 * as Italian means it), and a plus glued to it, «95%+», «10+ eventi» (not «5+3», a sum).
 */
const AFTER: [Comparator, RegExp][] = [
  ["atLeast", /^\s*(?:o|e|od)\s+(?:più|piu'|superiore|maggiore|oltre)(?!\p{L})/iu],
  ["atLeast", /^\+(?!\s*[\d+])/u],
  ["atMost", /^\s*(?:o|e|od)\s+(?:meno|inferiore|minore)(?!\p{L})/iu],
];

/** The bound written right after an amount (and its unit), given the text after it, with its length; null when there is none. */
export function comparatorAfter(after: string): { comparator: Comparator; length: number } | null {
  for (const [comparator, matcher] of AFTER) {
    const match = matcher.exec(after);
    if (match) return { comparator, length: match[0].length };
  }
  return null;
}

/** «giorni o meno», «eventi o più»: what is counted, then the bound, ending the text. */
const COUNTED_THEN_BOUND = /^(\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*)?)(\s+(?:o|e|od)\s+\S+)$/u;

/**
 * The bound written after what an amount counts, ending the text («30 giorni o meno», «5 eventi o
 * più»: one or two words, then the bound), with the label without it; null when there is none.
 */
export function comparatorAfterLabel(label: string): { comparator: Comparator; label: string } | null {
  const match = COUNTED_THEN_BOUND.exec(label);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const bound = comparatorAfter(match[2]);
  return bound !== null && bound.length === match[2].length ? { comparator: bound.comparator, label: match[1] } : null;
}

/** Whether `value` satisfies the bound `comparator bound` (strict comparators are strict). */
export function meetsBound(value: number, comparator: Comparator, bound: number): boolean {
  switch (comparator) {
    case "atLeast":
      return value >= bound;
    case "moreThan":
      return value > bound;
    case "atMost":
      return value <= bound;
    case "lessThan":
      return value < bound;
  }
}
