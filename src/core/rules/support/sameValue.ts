/**
 * Whether two cells say the same thing, for comparing a restated value (a Revisioni row) with the
 * plan's. Figures compare by value within a relative tolerance (a restated 85,9% for 85,86%), an
 * amount with or without "€" alike, a percentage only with a percentage; placeholders ("//", "-")
 * match each other; milestones match when they reach the same state; an ambiguous plan value matches
 * any of its candidates. `null` means "cannot tell" (unreadable cells, two different texts that are
 * not milestones): callers stay silent then.
 */
import type { CellValue } from "../../values/valueTypes";
import { figureOf } from "./figures";

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function sameUnitClass(a: CellValue, b: CellValue): boolean {
  const x = figureOf(a);
  const y = figureOf(b);
  if (!x || !y) return false;
  return (x.unit === "percent") === (y.unit === "percent");
}

export function sameValue(restated: CellValue, planned: CellValue, tolerance: number): boolean | null {
  const text = (v: CellValue) => v.text.trim().replace(/\s+/g, " ").toLowerCase();
  if (text(restated) === text(planned)) return true;
  if (restated.kind === "placeholder" || planned.kind === "placeholder") return restated.kind === planned.kind;
  if (planned.kind === "failure" && planned.code === "ambiguous") {
    const wanted = figureOf(restated);
    if (!wanted) return null;
    return (planned.candidates ?? []).some((c) => (c.unit === "percent") === (wanted.unit === "percent") && close(c.value, wanted.value, tolerance));
  }
  if (restated.kind === "failure" || planned.kind === "failure") return null;
  if (restated.kind === "milestone" && planned.kind === "milestone") return restated.state === planned.state;
  const a = figureOf(restated);
  const b = figureOf(planned);
  if (a && b) return sameUnitClass(restated, planned) && close(a.value, b.value, tolerance);
  return false;
}
