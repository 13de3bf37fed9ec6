/**
 * Each indicator evaluated once at the reporting date (30/6), into arrays every check and the
 * scores read: achievement (NaN when not evaluable), deviation (NaN when there is none), the
 * relative deviation, the unit, and why it failed (a code). The design's formulas, with the
 * defaults: no baseline, cap 100%, floor 0, no threshold, no credit for a started milestone.
 * `evaluatePair` is the same evaluation of any result against any target (the 31/12 target for
 * target-gia-raggiunto).
 */
import { DECREASING, type IndicatorTable, MILESTONE_POLARITY, type ValueColumn } from "./templatePlan";
import { AMBIGUOUS, BOUND, MILESTONE, PLACEHOLDER, QUANTITY, UNREADABLE } from "./templateValues";

export const OK = 0;
export const NOT_EVALUABLE = 1;
export const INVALID = 2;
export const INCOMPATIBLE = 3;

/** 15 significant digits, as the core's figures (Excel's precision). */
export function tidy(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : value;
}

export interface PairOutcome {
  code: number;
  achievement: number;
  deviation: number;
  relative: number;
  unit: number;
  /** The direction applied: DECREASING or not (a bound in the target decides). */
  decreasing: boolean;
}

/** Result row `r` of `results` against target row `t` of `targets` (same table row in practice). */
export function evaluatePair(results: ValueColumn, targets: ValueColumn, row: number, polarity: number, out: PairOutcome): void {
  out.achievement = Number.NaN;
  out.deviation = Number.NaN;
  out.relative = Number.NaN;
  const rk = results.kind[row] ?? PLACEHOLDER;
  const tk = targets.kind[row] ?? PLACEHOLDER;
  out.unit = results.unit[row] ?? 0;
  out.decreasing = polarity === DECREASING;
  if (rk === UNREADABLE || rk === AMBIGUOUS || tk === UNREADABLE || tk === AMBIGUOUS) {
    out.code = INVALID;
    return;
  }
  if (rk === PLACEHOLDER || tk === PLACEHOLDER) {
    out.code = NOT_EVALUABLE;
    return;
  }
  if (rk === BOUND) {
    out.code = INCOMPATIBLE;
    return;
  }
  if (rk === MILESTONE) {
    if (tk !== MILESTONE) {
      out.code = INCOMPATIBLE;
      return;
    }
    out.code = OK;
    out.achievement = (results.aux[row] ?? 0) >= (targets.aux[row] ?? 0) ? 1 : 0;
    return;
  }
  if (rk !== QUANTITY || tk === MILESTONE || targets.unit[row] !== results.unit[row]) {
    out.code = INCOMPATIBLE;
    return;
  }
  const result = results.value[row] ?? 0;
  const target = targets.value[row] ?? 0;
  const bound = tk === BOUND; // "almeno": increasing
  const milestone = polarity === MILESTONE_POLARITY;
  const decreasing = bound ? false : polarity === DECREASING;
  out.decreasing = decreasing;
  const deviation = tidy(decreasing ? target - result : result - target);
  out.deviation = deviation;
  if (target !== 0) out.relative = tidy(deviation / Math.abs(target));
  out.code = OK;
  if (milestone) {
    out.achievement = result >= target ? 1 : 0;
    return;
  }
  let raw: number;
  if (target === 0) raw = (decreasing ? result <= 0 : result >= 0) ? 1 : 0;
  else raw = tidy(1 + ((decreasing ? -1 : 1) * (result - target)) / Math.abs(target));
  out.achievement = raw > 1 ? 1 : raw < 0 ? 0 : raw;
}

/** The evaluations at 30/6, one per indicator. */
export interface Evaluations {
  code: Uint8Array;
  achievement: Float64Array;
  deviation: Float64Array;
  relative: Float64Array;
  unit: Uint8Array;
  decreasing: Uint8Array;
}

export function evaluateIndicators(indicators: IndicatorTable): Evaluations {
  const n = indicators.size;
  const evaluations: Evaluations = {
    code: new Uint8Array(n),
    achievement: new Float64Array(n),
    deviation: new Float64Array(n),
    relative: new Float64Array(n),
    unit: new Uint8Array(n),
    decreasing: new Uint8Array(n),
  };
  const out: PairOutcome = { code: 0, achievement: 0, deviation: 0, relative: 0, unit: 0, decreasing: false };
  for (let i = 0; i < n; i++) {
    evaluatePair(indicators.result30, indicators.target30, i, indicators.polarity[i] ?? 0, out);
    evaluations.code[i] = out.code;
    evaluations.achievement[i] = out.achievement;
    evaluations.deviation[i] = out.deviation;
    evaluations.relative[i] = out.relative;
    evaluations.unit[i] = out.unit;
    evaluations.decreasing[i] = out.decreasing ? 1 : 0;
  }
  return evaluations;
}
