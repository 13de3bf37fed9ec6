/**
 * Polarity, the one place for its words: the type, its Italian names (writing), the words that
 * name it (reading: the strict words of a function argument, the looser words and arrows of a
 * plan's polarity cell), a guard for values that arrive from outside TypeScript (custom
 * functions, the command line), the sign used by the linear achievement, and the direction a
 * bound implies ("almeno N" is crescente, "non oltre N" is decrescente).
 */
import type { Comparator } from "../values/valueTypes";
import { memoByText } from "../memo";
import { normalizeHeader } from "./normalizeHeader";

/** crescente / decrescente / milestone. */
export type Polarity = "increasing" | "decreasing" | "milestone";

export type Direction = "increasing" | "decreasing";

const NAMES: Record<Polarity, string> = {
  increasing: "crescente",
  decreasing: "decrescente",
  milestone: "milestone",
};

export function isPolarity(value: unknown): value is Polarity {
  return value === "increasing" || value === "decreasing" || value === "milestone";
}

/** "crescente" / "decrescente" / "milestone". */
export function polarityName(polarity: Polarity): string {
  return NAMES[polarity];
}

/** The exact words of a polarity, Italian and English: what a custom function's argument accepts. */
const WORDS: Record<string, Polarity> = {
  crescente: "increasing",
  increasing: "increasing",
  decrescente: "decreasing",
  decreasing: "decreasing",
  milestone: "milestone",
};

/** Lower case, no accents, no surrounding or doubled spaces: "Décrescente " -> "decrescente". */
function normaliseWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** "crescente", "Décrescente ", "increasing", "MILESTONE" -> the polarity; anything else -> undefined. */
export function polarityOfWord(text: string): Polarity | undefined {
  return WORDS[normaliseWord(text)];
}

/** The looser words of a plan's polarity cell: any word starting like one of these. */
const WRITTEN: [RegExp, Polarity][] = [
  [/^(?:crescent|increas|aument|increment|maggior|massimizz|higher|positiv|\+$)/, "increasing"],
  [/^(?:decrescent|decreas|diminu|ridu|decrement|minor|minimizz|lower|negativ)/, "decreasing"],
  [/^(?:milestone|traguard|binari|binary|si no$|yes no$|on off$)/, "milestone"],
];

/**
 * The polarity a written cell names, or null. Arrows count: "↑" increasing, "↓" decreasing. A plan
 * writes a few words thousands of times down its polarity column: each is read once.
 */
export const readWrittenPolarity = memoByText(readPolarityWords);

function readPolarityWords(text: string): Polarity | null {
  const trimmed = text.trim();
  if (trimmed === "↑") return "increasing";
  if (trimmed === "↓") return "decreasing";
  const words = normalizeHeader(trimmed.replace(/^\+$/, "plus"));
  if (words === "plus") return "increasing";
  for (const [pattern, polarity] of WRITTEN) if (pattern.test(words)) return polarity;
  return null;
}

/** +1 when higher is better, −1 when lower is better. */
export function polaritySign(direction: Direction): 1 | -1 {
  return direction === "decreasing" ? -1 : 1;
}

/** "almeno" / "più di" ask for more (crescente); "non oltre" / "meno di" ask for less (decrescente). */
export function directionOfComparator(comparator: Comparator): Direction {
  return comparator === "atLeast" || comparator === "moreThan" ? "increasing" : "decreasing";
}
