/**
 * How figures compare, the same way in every rule:
 * - `directionOf`: which way is better. A bound in the target decides ("almeno" asks for more,
 *   "non oltre" for less), as in the calculations; otherwise the polarity, a milestone with numbers
 *   reading as crescente (the target is a level to reach).
 * - `deviationMatches`: whether a declared deviation agrees with the computed one. The tolerance is a
 *   fraction of |target| (settings.deviationTolerance, default 0,5%), because declared figures are
 *   rounded as written; with a target of 0 it applies to the figure itself (0,005 = 0,5 percentage
 *   points for percentages, half a unit for counts).
 * - `sameValue`: whether two cells say the same thing, for a restated value (a Revisioni row) against
 *   the plan's. Figures compare by value within a relative tolerance, an amount with or without "€"
 *   alike, a percentage only with a percentage; placeholders ("//", "-") match each other; milestones
 *   match when they reach the same state; an ambiguous plan value matches any of its candidates.
 *   `null` means "cannot tell" (unreadable cells, two different texts that are not milestones):
 *   callers stay silent then.
 */
import { directionOfComparator, type Direction } from "../../plan/polarity";
import type { Indicator } from "../../plan/planModel";
import type { CellValue } from "../../values/valueTypes";
import { type Figure, figureOf } from "../../values/valueTypes";
import { hasFigure } from "./figures";

export function directionOf(indicator: Indicator, target: Figure | null): Direction {
  if (target?.comparator !== undefined) return directionOfComparator(target.comparator);
  return indicator.polarity === "decreasing" ? "decreasing" : "increasing";
}

export function deviationMatches(declared: number, computed: number, target: number, tolerance: number): boolean {
  const scale = target === 0 ? 1 : Math.abs(target);
  return Math.abs(declared - computed) <= tolerance * scale + Number.EPSILON * Math.max(1, Math.abs(computed));
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

/** Two figures' units are of the same class: both percentages, or both amounts (numbers, euro). */
function sameUnitClass(a: Figure, b: Figure): boolean {
  return (a.unit === "percent") === (b.unit === "percent");
}

function comparableText(value: CellValue): string {
  return value.text.trim().replace(/\s+/g, " ").toLowerCase();
}

export function sameValue(restated: CellValue, planned: CellValue, tolerance: number): boolean | null {
  if (restated.text === planned.text || comparableText(restated) === comparableText(planned)) return true;
  if (restated.kind === "placeholder" || planned.kind === "placeholder") return restated.kind === planned.kind;
  if (planned.kind === "failure" && planned.code === "ambiguous") {
    const wanted = figureOf(restated);
    if (!wanted) return null;
    return (planned.candidates ?? []).some((c) => sameUnitClass(c, wanted) && close(c.value, wanted.value, tolerance));
  }
  if (restated.kind === "failure" || planned.kind === "failure") return null;
  if (restated.kind === "milestone" && planned.kind === "milestone") return restated.state === planned.state;
  // The values are their own figures: none is built.
  if (hasFigure(restated) && hasFigure(planned)) return sameUnitClass(restated, planned) && close(restated.value, planned.value, tolerance);
  return false;
}
