/**
 * Which way is better for an indicator's figures: a bound in the target decides ("almeno" asks for
 * more, "non oltre" for less), as in the calculations; otherwise the polarity, a milestone with
 * numbers reading as crescente (the target is a level to reach).
 */
import { directionOfComparator, type Direction } from "../../calc/polarity";
import type { Indicator } from "../../plan/planModel";
import type { Figure } from "./figures";

export function directionOf(indicator: Indicator, target: Figure | null): Direction {
  if (target?.comparator !== undefined) return directionOfComparator(target.comparator);
  return indicator.polarity === "decreasing" ? "decreasing" : "increasing";
}

export const DIRECTION_WORDS: Record<Direction, string> = { increasing: "crescente", decreasing: "decrescente" };
