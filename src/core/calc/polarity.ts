/**
 * Polarity in words and in arithmetic: the Italian names, a guard for values that
 * arrive from outside TypeScript (custom functions, the command line), the sign
 * used by the linear achievement, and the direction a bound implies
 * ("almeno N" is crescente, "non oltre N" is decrescente).
 */
import type { Comparator } from "../values/valueTypes";
import type { Polarity } from "./calcTypes";

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

/** For numeric formulas, where a milestone target is a level to reach. */
export function describePolarity(polarity: Polarity): string {
  return polarity === "milestone" ? "milestone, letta come crescente" : NAMES[polarity];
}

/** +1 when higher is better, −1 when lower is better. */
export function polaritySign(direction: Direction): 1 | -1 {
  return direction === "decreasing" ? -1 : 1;
}

/** "almeno" / "più di" ask for more (crescente); "non oltre" / "meno di" ask for less (decrescente). */
export function directionOfComparator(comparator: Comparator): Direction {
  return comparator === "atLeast" || comparator === "moreThan" ? "increasing" : "decreasing";
}

/** The words of a comparator, for explanations: "almeno", "più di", "non oltre", "meno di" (one place: src/core/wording). */
export { comparatorWords } from "../wording/comparatorWords";

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
