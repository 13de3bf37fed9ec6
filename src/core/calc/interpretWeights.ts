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
import type { CellValue } from "../values/valueTypes";
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

type Reading =
  | { kind: "weight"; value: number; scale: WeightScale }
  | { kind: "one"; value: number }
  | { kind: "zero" }
  | { kind: "blank" }
  | { kind: "invalid" };

function read(value: unknown): Reading {
  if (!isCellValue(value)) return { kind: "invalid" };
  if (value.kind === "placeholder") return { kind: "blank" };
  if (value.kind !== "quantity" || !isFiniteNumber(value.value)) return { kind: "invalid" };
  if (value.unit === "percent") return { kind: "weight", value: value.value, scale: "percent" };
  if (value.unit !== "number") return { kind: "invalid" };
  const size = Math.abs(value.value);
  if (size === 0) return { kind: "zero" };
  if (size === 1) return { kind: "one", value: value.value };
  return size > 1 ? { kind: "weight", value: value.value / 100, scale: "whole" } : { kind: "weight", value: value.value, scale: "fraction" };
}

export function interpretWeights(values: CellValue[]): InterpretedWeights {
  const readings = (Array.isArray(values) ? values : []).map(read);
  const definite = new Set<WeightScale>();
  for (const reading of readings) if (reading.kind === "weight") definite.add(reading.scale);
  const plain = [...definite].filter((scale) => scale !== "percent");
  const oneScale: WeightScale = plain.length === 1 && plain[0] === "whole" ? "whole" : "fraction";
  if (readings.some((reading) => reading.kind === "one")) definite.add(oneScale);
  const [onlyScale] = [...definite];
  const zeroScale: WeightScale = definite.size === 1 && onlyScale ? onlyScale : oneScale;

  const weights: (number | null)[] = [];
  const scales: (WeightScale | null)[] = [];
  const invalid: number[] = [];
  readings.forEach((reading, index) => {
    if (reading.kind === "weight") {
      weights.push(reading.value);
      scales.push(reading.scale);
    } else if (reading.kind === "one") {
      weights.push(oneScale === "whole" ? reading.value / 100 : reading.value);
      scales.push(oneScale);
    } else if (reading.kind === "zero") {
      weights.push(0);
      scales.push(zeroScale);
    } else {
      weights.push(null);
      scales.push(null);
      if (reading.kind === "invalid") invalid.push(index);
    }
  });
  const present = new Set(scales.filter((scale): scale is WeightScale => scale !== null));
  const [only] = [...present];
  const scale = present.size === 0 ? "none" : present.size > 1 ? "mixed" : (only ?? "none");
  return { weights, scale, scales, invalid };
}
