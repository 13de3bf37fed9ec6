/**
 * An indicator whose result is a quantity and whose target is a quantity or a bound
 * ("almeno 10.000 posizioni", "non oltre 10 giorni"): deviation, relative deviation
 * and achievement, with one explanation.
 *
 * - Units must agree (percent with percent, euro with euro, number with number);
 *   otherwise `incompatible`, naming both values. Labels ("campioni", "posizioni")
 *   are not compared: the same count is often described in other words.
 * - A bound sets the direction: "almeno"/"più di" is crescente, "non oltre"/"meno di"
 *   decrescente. When the given polarity says otherwise, the bound wins and the
 *   explanation says so. In the linear form a strict bound counts as inclusive.
 * - Polarity milestone: reached (100%) when the result meets the target (>=, or the
 *   bound's comparator, strictness respected), else 0%; the baseline plays no part.
 *
 * `evaluateFigures` works on numbers known to share a unit, and `indicatorFigures` is its
 * arithmetic alone, without an explanation; `writeFigures` writes the same figures into a record
 * the caller reuses: what the PERF functions call for two plain numbers.
 */
import type { Comparator, Quantity, QuantityUnit, Threshold } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained } from "./calcTypes";
import { explained, fail, isFiniteNumber } from "./calcOutcome";
import { capAchievement, capStep, resolveAchievementOptions } from "./capAchievement";
import { achievementOf, computeAchievement, type AchievementInput } from "./computeAchievement";
import { computeDeviation, deviationFigure } from "./computeDeviation";
import { relativeFigure } from "./computeRelativeDeviation";
import { quoteValue, unitWords } from "../wording/describeValue";
import { calcWords } from "../wording/calcWords";
import type { Locale } from "../wording/addinLanguage";
import { type Direction, directionOfComparator, isPolarity } from "../plan/polarity";
import type { Polarity } from "../plan/polarity";
import { meetsBound } from "../values/comparators";

export interface IndicatorEvaluation {
  achievement: number;
  deviation?: number;
  relativeDeviation?: number;
  /** The unit of result, target and deviation, when numeric. */
  unit?: QuantityUnit;
  /** The polarity actually applied (a bound in the target may override the one given). */
  polarity: Polarity;
}

export interface NumericIndicatorInput {
  result: Quantity;
  target: Quantity | Threshold;
  polarity: Polarity;
  baseline?: Quantity | Threshold;
  /** Remarks gathered by the caller, appended to the explanation in the language asked. */
  notes: ((locale: Locale) => string)[];
}

/** The figures of an indicator, its explanation written only when asked (see `Explained`). */
export function evaluateNumericIndicator(input: NumericIndicatorInput, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const { result, target, baseline, notes } = input;
  if (target.unit !== result.unit) return mismatch("il risultato", result, "il target", target);
  if (baseline && baseline.unit !== result.unit) return mismatch("la base", baseline, "il risultato", result);
  const given = input.polarity;
  const numbers = figuresOf(input);
  const figures = evaluateFigures(numbers, options);
  const polarity = numbers.polarity;
  const overridden = polarity !== given;
  if (!figures.ok || (!overridden && notes.length === 0)) return figures;
  return explained(figures.value, (locale) => {
    const words = calcWords(locale);
    const override = overridden ? [words.boundOverride(words.quote(target.text), polarity, given)] : [];
    return [figures.explain(locale), ...notes.map((note) => note(locale ?? "it")), ...override].join("; ");
  });
}

/**
 * The figures evaluateNumericIndicator explains, without its explanation, written into `into` (a
 * plan's evaluation reuses one record for every indicator); a mismatch of units as an `incompatible`
 * failure.
 */
export function writeNumericFigures(
  result: Quantity,
  target: Quantity | Threshold,
  polarity: Polarity,
  baseline: Quantity | Threshold | undefined,
  options: AchievementOptions | undefined,
  into: IndicatorEvaluation,
): CalcFailure | null {
  if (target.unit !== result.unit || (baseline !== undefined && baseline.unit !== result.unit)) return UNITS_DIFFER;
  const bound = boundOf(target);
  return writeFigures(result.value, target.value, result.unit, appliedPolarity(polarity, bound), bound, baseline?.value, options, into);
}

/** A unit mismatch when only its code is read (writeNumericFigures): its message is evaluateNumericIndicator's. */
const UNITS_DIFFER: CalcFailure = Object.freeze({ ok: false, code: "incompatible", message: "Unità diverse." });

/** The numbers to evaluate: a bound in the target sets the direction, over a crescente or decrescente polarity given. */
function figuresOf({ result, target, polarity, baseline }: Omit<NumericIndicatorInput, "notes">): Figures {
  const bound = boundOf(target);
  return { result: result.value, target: target.value, unit: result.unit, polarity: appliedPolarity(polarity, bound), bound, baseline: baseline?.value };
}

function boundOf(target: Quantity | Threshold): Comparator | null {
  return target.kind === "threshold" ? target.comparator : null;
}

/** The polarity applied: a bound's direction over a crescente or decrescente polarity given that says otherwise. */
function appliedPolarity(given: Polarity, bound: Comparator | null): Polarity {
  return bound !== null && given !== "milestone" ? directionOfComparator(bound) : given;
}

/** Numbers in one unit, with the polarity to apply and the target's bound, if any. */
export interface Figures {
  result: number;
  target: number;
  unit: QuantityUnit;
  polarity: Polarity;
  bound: Comparator | null;
  baseline?: number;
}

/**
 * Deviation, relative deviation (none for a target of 0) and achievement of numbers in one unit
 * (indicatorFigures), with an explanation that, when asked, writes each step from the same inputs.
 */
export function evaluateFigures(figures: Figures, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const evaluation = indicatorFigures(figures, options);
  if ("ok" in evaluation) return evaluation;
  return explained(evaluation, (locale) => {
    const words = calcWords(locale);
    const { result, target, unit, polarity, bound } = figures;
    const relative = evaluation.relativeDeviation;
    const relativeText = relative === undefined ? "" : words.relative(words.numbers.signed(relative, "percent"));
    const achievementExplained =
      polarity === "milestone"
        ? explainReached(result, target, bound ?? "atLeast", unit, options, locale)
        : explanationOf(computeAchievement(achievementInput(figures, polarity), options), locale);
    return words.evaluation(explanationOf(computeDeviation(result, target, deviationPolarity(polarity, bound), unit), locale), relativeText, achievementExplained);
  });
}

/** The figures alone, or why there are none: what the PERF functions answer, with no explanation to write. */
export function indicatorFigures(figures: Figures, options?: AchievementOptions): IndicatorEvaluation | CalcFailure {
  const { result, target, unit, polarity, bound, baseline } = figures;
  const failure = writeFigures(result, target, unit, polarity, bound, baseline, options, written);
  if (failure !== null) return failure;
  const evaluation: IndicatorEvaluation = { achievement: written.achievement, deviation: written.deviation, unit, polarity };
  if (written.relativeDeviation !== undefined) evaluation.relativeDeviation = written.relativeDeviation;
  return evaluation;
}

/** Where indicatorFigures has its figures written, before it copies them into the record it returns. */
const written: IndicatorEvaluation = { achievement: 0, polarity: "increasing" };

/**
 * Deviation, relative deviation (none for a target of 0) and achievement of numbers in one unit, with
 * the polarity applied, written into `into`; or the failure that leaves none. The one calculation
 * behind indicatorFigures and a plan's evaluation (evaluateFigures explains its steps), and what the
 * PERF functions run for a row of plain numbers, reading the figures from `into` at once.
 *
 * With no baseline and no options it fails exactly when the deviation does: once the deviation is
 * computed, result and target are finite, and the achievement of finite numbers with the default
 * options always has a figure (a milestone 0% or 100%, a target of 0 too; a linear figure that
 * overflows reaches the cap or the floor). A caller that reads only the deviations may skip it.
 */
export function writeFigures(
  result: number,
  target: number,
  unit: QuantityUnit,
  polarity: Polarity,
  bound: Comparator | null,
  baseline: number | undefined,
  options: AchievementOptions | undefined,
  into: IndicatorEvaluation,
): CalcFailure | null {
  const deviation = deviationFigure(result, target, deviationPolarity(polarity, bound));
  if (typeof deviation !== "number") return deviation;
  const achievement = achievementFigureOf(result, target, polarity, bound, baseline, options);
  if (typeof achievement !== "number") return achievement;
  into.achievement = achievement;
  into.deviation = deviation;
  into.relativeDeviation = relativeDeviationOrNone(deviation, target, unit);
  into.unit = unit;
  into.polarity = polarity;
  return null;
}

/**
 * The achievement writeFigures writes, or the failure it returns, without the deviations: they fail
 * only where result − target is not a finite number (or the polarity is unknown), and only there are
 * they computed, for their failure comes first.
 */
export function figuresAchievement(
  result: number,
  target: number,
  polarity: Polarity,
  bound: Comparator | null,
  baseline: number | undefined,
  options: AchievementOptions | undefined,
): number | CalcFailure {
  if (!isFiniteNumber(result - target) || !isPolarity(polarity)) {
    const deviation = deviationFigure(result, target, deviationPolarity(polarity, bound));
    if (typeof deviation !== "number") return deviation;
  }
  return achievementFigureOf(result, target, polarity, bound, baseline, options);
}

/** The achievement of numbers in one unit: reached or not for a milestone, else achievementOf. */
function achievementFigureOf(
  result: number,
  target: number,
  polarity: Polarity,
  bound: Comparator | null,
  baseline: number | undefined,
  options: AchievementOptions | undefined,
): number | CalcFailure {
  return polarity === "milestone" ? reachedFigure(result, target, bound ?? "atLeast", options) : achievementOf(result, target, polarity, baseline, options);
}

/**
 * The relative deviation writeFigures writes for a deviation: none for a target of 0, nor for one
 * too large or too small to be a finite number.
 */
export function relativeDeviationOrNone(deviation: number, target: number, unit: QuantityUnit): number | undefined {
  if (target === 0) return undefined;
  const relative = relativeFigure(deviation, target, unit);
  return typeof relative === "number" ? relative : undefined;
}

/** A milestone polarity against a bound follows the bound's direction; otherwise the polarity itself. */
function deviationPolarity(polarity: Polarity, bound: Comparator | null): Polarity {
  return bound && polarity === "milestone" ? directionOfComparator(bound) : polarity;
}

function achievementInput(figures: Figures, polarity: Direction): AchievementInput {
  const { result, target, unit, baseline } = figures;
  return baseline === undefined ? { result, target, polarity, unit } : { result, target, polarity, baseline, unit };
}

/** The explanation of an outcome already known to succeed (computed again from the same inputs). */
function explanationOf(outcome: Explained<unknown>, locale?: Locale): string {
  return outcome.ok ? outcome.explain(locale) : outcome.message;
}

function mismatch(firstLabel: string, first: Quantity | Threshold, secondLabel: string, second: Quantity | Threshold): CalcFailure {
  return fail(
    "incompatible",
    `Unità diverse: ${firstLabel} ${quoteValue(first)} è ${unitWords(first.unit)}, ${secondLabel} ${quoteValue(second)} è ${unitWords(second.unit)}; non si possono confrontare.`,
  );
}

/** Polarity milestone with numbers: 100% when the result meets the target, else 0%. */
function reachedFigure(result: number, target: number, comparator: Comparator, options?: AchievementOptions): number | CalcFailure {
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return fail("invalidArgument", `Raggiungimento non calcolabile. ${resolved.message}`);
  return capAchievement(meetsBound(result, comparator, target) ? 1 : 0, resolved.options);
}

/** How reachedFigure decided, in the language asked. */
function explainReached(result: number, target: number, comparator: Comparator, unit: QuantityUnit, options?: AchievementOptions, locale?: Locale): string {
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return resolved.message;
  const words = calcWords(locale);
  const met = meetsBound(result, comparator, target);
  const raw = met ? 1 : 0;
  const value = `${words.numbers.share(raw)}${words.capNote(capStep(raw, resolved.options), resolved.options.cap, resolved.options.threshold)}`;
  return words.reached(words.numbers.figure(result, unit), met, comparator, words.numbers.figure(target, unit), value);
}
