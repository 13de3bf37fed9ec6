/**
 * Whether weights (as fractions) add up to what they should (default 100%).
 *
 * - `difference` = sum − expected, as a fraction (−0.0001 for 33,33% × 3 = 99,99%);
 * - `withinTolerance`: |difference| <= tolerancePoints percentage points
 *   (default 0,1 p.p. = 0.001), with a 1e-12 allowance for floating-point noise so that
 *   a sum exactly on the edge passes;
 * - `rounding`: within tolerance but not exactly equal (beyond that noise): the thirds
 *   written as 33,33% are rounding, not an error.
 * Weights that are not finite numbers cannot be added: they are left out of `sum`,
 * counted in `ignored`, and the check fails (`withinTolerance` false). An `expected`
 * that is not a finite number is read as 100%; a tolerance that is not a finite number
 * >= 0 is read as the default 0,1 p.p. A sum beyond the largest number (weights near
 * 1e308) is reported as the largest finite number of its sign, and fails.
 */
import { isFiniteNumber } from "./calcOutcome";

export interface WeightSumCheck {
  sum: number;
  difference: number;
  withinTolerance: boolean;
  rounding: boolean;
  /** How many weights were not finite numbers (and so not added). */
  ignored: number;
}

export const DEFAULT_TOLERANCE_POINTS = 0.1;
const NOISE = 1e-12;

export function checkWeightSum(weights: number[], expected = 1, tolerancePoints = DEFAULT_TOLERANCE_POINTS): WeightSumCheck {
  const list: unknown[] = Array.isArray(weights) ? weights : [];
  const target = isFiniteNumber(expected) ? expected : 1;
  const tolerance = (isFiniteNumber(tolerancePoints) && tolerancePoints >= 0 ? tolerancePoints : DEFAULT_TOLERANCE_POINTS) / 100;
  let sum = 0;
  let ignored = 0;
  for (const weight of list) {
    if (isFiniteNumber(weight)) sum += weight;
    else ignored += 1;
  }
  const difference = sum - target;
  if (!Number.isFinite(difference)) {
    return { sum: bounded(sum), difference: bounded(difference), withinTolerance: false, rounding: false, ignored };
  }
  const size = Math.abs(difference);
  const withinTolerance = ignored === 0 && size <= tolerance + NOISE;
  return { sum, difference, withinTolerance, rounding: withinTolerance && size > NOISE, ignored };
}

/** An overflowing figure as the largest finite number of its sign (the check fails anyway). */
function bounded(value: number): number {
  if (Number.isFinite(value)) return value;
  return value > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}
