/**
 * Weights as read from cells, turned into fractions, with the scale each was written in:
 *
 * - a percentage ("70%", "33,33%") -> its fraction, scale "percent";
 * - a plain number above 1 (70, 33,33) -> whole scale, divided by 100;
 * - a plain number below 1 (0,7) -> fraction scale, as is;
 * - a plain 1 fits both plain scales: it takes the scale of the other plain numbers
 *   when they all share one (1 next to 70 and 29 is 1%; 1 next to 0,5 is 100%),
 *   and the fraction scale otherwise (1 alone is 100%; 1 among percentages is a plain
 *   number among percentages, hence "mixed", like 0,7 next to 30%);
 * - a plain 0 is 0 in every scale: it takes the scale of all the other weights when
 *   they share one (percentages included), so a 0 never makes a column "mixed";
 * - placeholders ("-", "//", blank) -> null, no scale;
 * - anything else (an amount in euro, a bound, a milestone, an unreadable cell) -> null,
 *   no scale, and its position listed in `invalid`, so that it is never a silent gap.
 * The overall `scale` is "none" without weights, "mixed" when more than one scale
 * is present among the weights read, otherwise that scale. Negative numbers keep
 * their sign (a rule reports them); their size decides the scale.
 */
import type { CellValue, Quantity } from "../values/valueTypes";
import { isFiniteNumber } from "./calcOutcome";
import { isCellValue } from "../values/valueTypes";

export type WeightScale = "fraction" | "percent" | "whole";

export interface InterpretedWeights {
  /** Fractions (0.7 for 70%), null where no weight was read. */
  weights: (number | null)[];
  scale: WeightScale | "mixed" | "none";
  scales: (WeightScale | null)[];
  /** Positions (0-based) of values that are neither a weight nor a placeholder. */
  invalid: number[];
}

/**
 * How one value reads: a weight in a scale it fixes, a plain 1 or 0 (whose scale depends on the
 * other weights), a blank, or no weight at all. A word per value, not an object: weights are read
 * by the thousand (the indicator weights of every objective of a plan).
 */
type Reading = WeightScale | "one" | "zero" | "blank" | "invalid";

function readingOf(value: unknown): Reading {
  if (!isCellValue(value)) return "invalid";
  if (value.kind === "placeholder") return "blank";
  if (value.kind !== "quantity" || !isFiniteNumber(value.value)) return "invalid";
  if (value.unit === "percent") return "percent";
  if (value.unit !== "number") return "invalid";
  const size = Math.abs(value.value);
  if (size === 0) return "zero";
  if (size === 1) return "one";
  return size > 1 ? "whole" : "fraction";
}

export function interpretWeights(values: CellValue[]): InterpretedWeights {
  const list = Array.isArray(values) ? values : [];
  const readings = list.map(readingOf);
  const hasPercent = readings.includes("percent");
  const hasWhole = readings.includes("whole");
  const hasFraction = readings.includes("fraction");
  const hasOne = readings.includes("one");
  const oneScale: WeightScale = hasWhole && !hasFraction ? "whole" : "fraction";
  // The scales fixed by the weights (a plain 1 included): a plain 0 takes the one scale when there is one.
  const definite = Number(hasPercent) + Number(hasWhole || (hasOne && oneScale === "whole")) + Number(hasFraction || (hasOne && oneScale === "fraction"));
  const onlyDefinite: WeightScale = hasPercent ? "percent" : hasWhole ? "whole" : hasFraction ? "fraction" : oneScale;
  const zeroScale: WeightScale = definite === 1 ? onlyDefinite : oneScale;

  const weights: (number | null)[] = [];
  const scales: (WeightScale | null)[] = [];
  const invalid: number[] = [];
  let scale: InterpretedWeights["scale"] = "none";
  readings.forEach((reading, index) => {
    let read: WeightScale | null = null;
    if (reading === "blank" || reading === "invalid") {
      weights.push(null);
      if (reading === "invalid") invalid.push(index);
    } else {
      // Every other reading is of a quantity.
      const written = (list[index] as Quantity).value;
      read = reading === "one" ? oneScale : reading === "zero" ? zeroScale : reading;
      weights.push(reading === "zero" ? 0 : read === "whole" ? written / 100 : written);
    }
    scales.push(read);
    if (read !== null) scale = scale === "none" || scale === read ? read : "mixed";
  });
  return { weights, scale, scales, invalid };
}
