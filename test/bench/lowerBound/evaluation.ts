/**
 * Each indicator evaluated once at the reporting date (30/6), into arrays every check and the
 * scores read: achievement (NaN when not evaluable), deviation (NaN when there is none), the
 * unit, and why it failed (a code); the relative deviation only where a check needs it.
 * The design's formulas, with the defaults: no baseline, cap 100%, floor 0, no threshold, no
 * credit for a started milestone.
 * `evaluatePair` is the same evaluation of any result against any target (the 31/12 target for
 * target-gia-raggiunto).
 */
import { type IndicatorTable, POLARITIES, type ValueColumn } from "./templatePlan";
import { CODES } from "./templateValues";

const { AMBIGUOUS, BOUND, MILESTONE, PLACEHOLDER, QUANTITY, UNREADABLE } = CODES;
const { DECREASING, MILESTONE_POLARITY } = POLARITIES;

export const OK = 0;
export const NOT_EVALUABLE = 1;
export const INVALID = 2;
export const INCOMPATIBLE = 3;
export const EVALUATION_CODES = Object.freeze({ OK, NOT_EVALUABLE, INVALID, INCOMPATIBLE });

/** 15 significant digits, as the core's figures (Excel's precision). */
export function tidy(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : value;
}

/**
 * The achievement as the core's `tidy` would leave it, wherever a decision could tell: near 0,
 * 50% (the critical threshold) and 100% (reached, the cap). Elsewhere tidy moves it by less than
 * 1e-15, which changes no decision and no score beyond 1e-9: the bound skips the rounding.
 */
function nearEdge(raw: number): number {
  return Math.abs(raw) < 1e-9 || Math.abs(raw - 0.5) < 1e-9 || Math.abs(raw - 1) < 1e-6 ? tidy(raw) : raw;
}

/** The relative deviation (deviation / |target|), when the target is not 0. */
export function relativeDeviation(deviation: number, target: number): number {
  return target === 0 ? Number.NaN : tidy(deviation / Math.abs(target));
}

export interface PairOutcome {
  code: number;
  achievement: number;
  deviation: number;
  unit: number;
  /** The direction applied: DECREASING or not (a bound in the target decides). */
  decreasing: boolean;
}

/** Result row `r` of `results` against target row `t` of `targets` (same table row in practice). */
export function evaluatePair(results: ValueColumn, targets: ValueColumn, row: number, polarity: number, out: PairOutcome): void {
  out.achievement = Number.NaN;
  out.deviation = Number.NaN;
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
  out.code = OK;
  if (milestone) {
    out.achievement = result >= target ? 1 : 0;
    return;
  }
  let raw: number;
  if (target === 0) raw = (decreasing ? result <= 0 : result >= 0) ? 1 : 0;
  else raw = nearEdge(1 + ((decreasing ? -1 : 1) * (result - target)) / Math.abs(target));
  out.achievement = raw > 1 ? 1 : raw < 0 ? 0 : raw;
}

/** The evaluations at 30/6, one per indicator. */
export interface Evaluations {
  code: Uint8Array;
  achievement: Float64Array;
  deviation: Float64Array;
  unit: Uint8Array;
  decreasing: Uint8Array;
}

export function evaluateIndicators(indicators: IndicatorTable): Evaluations {
  const n = indicators.size;
  const evaluations: Evaluations = {
    code: new Uint8Array(n),
    achievement: new Float64Array(n),
    deviation: new Float64Array(n),
    unit: new Uint8Array(n),
    decreasing: new Uint8Array(n),
  };
  const out: PairOutcome = { code: 0, achievement: 0, deviation: 0, unit: 0, decreasing: false };
  for (let i = 0; i < n; i++) {
    evaluatePair(indicators.result30, indicators.target30, i, indicators.polarity[i] ?? 0, out);
    evaluations.code[i] = out.code;
    evaluations.achievement[i] = out.achievement;
    evaluations.deviation[i] = out.deviation;
    evaluations.unit[i] = out.unit;
    evaluations.decreasing[i] = out.decreasing ? 1 : 0;
  }
  return evaluations;
}
