/**
 * Amounts written as words: "Almeno una convenzione", "Creazione di almeno due aree FAQ", "tre eventi".
 *
 * "un", "uno", "una", "un'" are also the indefinite article ("esame di un campione", "con un'agenzia
 * pilota"), so they are marked `article`: the quantity finder counts them only where they are clearly
 * the amount (after "almeno" and the like, or as the only amount of "Creazione di una FAQ").
 * The other words (zero, due ... venti, the tens, cento, mille) are always amounts: "zero incidenti" is
 * the count 0, not a milestone reached.
 */
import { matchesNotAfter } from "./notAfter";

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
