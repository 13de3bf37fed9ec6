/**
 * Evaluate once, judge many: every indicator of a plan evaluated at a reporting date, in one pass,
 * into arrays indexed by the indicator's position in `plan.indicators`, which the rules and the
 * scores read. No text is written in the pass: the explanation of one indicator (or the message of
 * why it is not evaluable) is written when asked, for the anomalies reported and the scores read.
 *
 * An indicator is evaluated as `evaluateIndicator` evaluates its result at the date against its
 * target (the target at the date, or at another date asked: the year's target for
 * `target-gia-raggiunto`), with the settings' achievement options (the scoring profile's cap,
 * threshold, milestone credit and method per polarity), and the baseline only when
 * settings.useBaseline is on or the profile's method for the indicator's polarity is «baseline».
 *
 * One reading is added here, because it depends on the target: a result text holding several
 * numbers is ambiguous, but measured against a milestone target and opening as a milestone
 * ("Avviato il servizio con 12 delle agenzie già convenzionate ... e con 7 nuovi intermediari",
 * the seed's 2.1 ind.2 against "Avvio del servizio con un'agenzia pilota") it is that milestone,
 * its numbers being details. The explanation says so.
 *
 * The arrays (NaN where there is no figure):
 * - `reason`: EVALUATED, or why not (NO_RESULT, NO_TARGET, or the calculation's failure code);
 * - `achievement` and `status` (computeStatus under the settings' status thresholds);
 * - `deviation`, `relativeDeviation`, `unit`, `polarity` (the polarity applied: a bound in the
 *   target may override the one written): the result against the target, which never involves the
 *   baseline, as `scostamento-errato` compares it with the declared deviation. So an indicator whose
 *   baseline cannot be used has a deviation and no achievement.
 * Made once per plan, date, target date and options (plans are never changed once read), and shared.
 */
import type { AchievementOptions, CalcFailureCode, Explained, Status } from "./calcTypes";
import { evaluateIndicator, writeEvaluationFigures, type IndicatorEvaluation, type IndicatorInput } from "./evaluateIndicator";
import { computeStatus } from "./computeStatus";
import type { Indicator, Period, Plan } from "../plan/planModel";
import type { Polarity } from "../plan/polarity";
import { resultAt, targetAt } from "../plan/planQueries";
import { datedValuesOf, singleValue } from "../plan/indicatorColumns";
import { readMilestone } from "../values/readMilestone";
import type { CellValue, Milestone, QuantityUnit } from "../values/valueTypes";
import { calcWords } from "../wording/calcWords";
import { catalogueFor } from "../wording/renderMessage";
import { statusThresholds, type ValidationSettings } from "../settings";

/** Why an indicator has no achievement: the codes of `reason` (EVALUATED when it has one). */
export const EVALUATED = 0;
export const NO_RESULT = 1;
export const NO_TARGET = 2;
const FAILURE_CODES: readonly CalcFailureCode[] = ["notEvaluable", "invalidArgument", "incompatible", "divisionByZero", "shapeMismatch"];
/** The code of a calculation's failure in `reason`. */
export function failureReason(code: CalcFailureCode): number {
  return 3 + FAILURE_CODES.indexOf(code);
}

/** The statuses, by their code in `status`. */
export const STATUSES: readonly Status[] = ["Non valutabile", "Non raggiunto", "Parzialmente raggiunto", "Raggiunto"];
/** The units, by their code in `unit` (0: none). */
export const UNITS: readonly (QuantityUnit | undefined)[] = [undefined, "number", "percent", "euro"];
/** The polarities, by their code in `polarity`. */
export const POLARITIES: readonly Polarity[] = ["increasing", "decreasing", "milestone"];

const STATUS_CODES = codesOf(STATUSES);
/** What the reused input holds before its first indicator: never evaluated. */
const PENDING: CellValue = { kind: "placeholder", text: "" };
const UNIT_CODES = codesOf(UNITS.slice(1) as QuantityUnit[], 1);
const POLARITY_CODES = codesOf(POLARITIES);

function codesOf<T extends string>(names: readonly T[], first = 0): Record<T, number> {
  return Object.fromEntries(names.map((name, i) => [name, first + i])) as Record<T, number>;
}

export interface PlanEvaluation {
  /** The date of the results. */
  readonly period: Period;
  /** The date of the targets they are measured against (the period itself, unless asked otherwise). */
  readonly targetDate: Period;
  readonly reason: Uint8Array;
  readonly achievement: Float64Array;
  readonly status: Uint8Array;
  readonly deviation: Float64Array;
  readonly relativeDeviation: Float64Array;
  readonly unit: Uint8Array;
  readonly polarity: Uint8Array;
  /** Indicator `index` evaluated with its explanation, or its failure with the message: the figures of the arrays, in words. */
  explain(index: number): Explained<IndicatorEvaluation>;
  /** The result against the target alone (no baseline, no reading of an ambiguous result): what the deviation arrays hold, in words. */
  explainDeviation(index: number): Explained<IndicatorEvaluation>;
}

/** The milestone an ambiguous result stands for against a milestone target, or null. */
export function milestoneReading(result: CellValue, target: CellValue | undefined): Milestone | null {
  if (result.kind !== "failure" || result.code !== "ambiguous" || target?.kind !== "milestone") return null;
  const state = readMilestone(result.text);
  return state === null ? null : { kind: "milestone", state, text: result.text };
}

/** What an indicator's evaluation reads: its result at the date (or the milestone it is read as), its target at the target date, the baseline when used. */
function inputOf(indicator: Indicator, result: CellValue, reading: Milestone | null, target: CellValue, settings: ValidationSettings): IndicatorInput {
  const baseline = usesBaseline(indicator, settings) ? singleValue(indicator, "baseline") : undefined;
  const input: IndicatorInput = { result: reading ?? result, target, polarity: indicator.polarity };
  if (baseline !== undefined) input.baseline = baseline;
  return input;
}

function usesBaseline(indicator: Indicator, settings: ValidationSettings): boolean {
  if (settings.useBaseline === true) return true;
  const methods = settings.achievement.methods;
  return indicator.polarity === "milestone" ? false : methods?.[indicator.polarity] === "baseline";
}

/**
 * The indicator's result at `period` against its target at `targetDate`, explained: what the arrays
 * hold for it, in words (the message of its failure when it has no achievement).
 */
function evaluateAt(indicator: Indicator, period: Period, settings: ValidationSettings, targetDate: Period = period): Explained<IndicatorEvaluation> {
  const resultCell = resultAt(indicator, period);
  if (!resultCell) return { ok: false, code: "notEvaluable", message: `Nessun risultato al ${period}.` };
  const targetCell = targetAt(indicator, targetDate);
  if (!targetCell) return { ok: false, code: "notEvaluable", message: `Nessun target al ${targetDate}.` };
  const reading = milestoneReading(resultCell.value, targetCell.value);
  const outcome = evaluateIndicator(inputOf(indicator, resultCell.value, reading, targetCell.value, settings), settings.achievement);
  if (!outcome.ok || reading === null) return outcome;
  return { ...outcome, explain: (locale) => `${outcome.explain(locale)}; ${calcWords(locale).milestoneReading(catalogueFor(locale ?? "it").phrases.milestone(reading.state))}` };
}

/** A cap high enough to be none: what an achievement is when a document does not cap it. */
const NO_CAP = 1e9;

/**
 * The indicator's achievements at `period` against its target at `targetDate`, worked out in each
 * usual way besides the settings' own: linear, as a ratio or from the baseline; capped as the settings
 * say, at 100% or not at all; with the settings' threshold or none. What a document may have followed
 * (its own system of evaluation) when the achievement it declares is not the evaluation's.
 */
export function usualAchievements(indicator: Indicator, period: Period, settings: ValidationSettings, targetDate: Period = period): number[] {
  const polarity = indicator.polarity;
  const methods: ("linear" | "ratio" | "baseline" | undefined)[] = polarity === "milestone" ? [undefined] : ["linear", "ratio", "baseline"];
  const caps = [settings.achievement.cap ?? 1, 1, NO_CAP];
  const thresholds = [settings.achievement.threshold ?? 0, 0];
  const found = new Set<number>();
  for (const method of methods) {
    for (const cap of caps) {
      for (const threshold of thresholds) {
        const achievement = { ...settings.achievement, cap, threshold: Math.min(threshold, cap) };
        if (method !== undefined && polarity !== "milestone") achievement.methods = { ...settings.achievement.methods, [polarity]: method };
        const outcome = evaluateAt(indicator, period, { ...settings, useBaseline: method === "baseline", achievement }, targetDate);
        if (outcome.ok) found.add(outcome.value.achievement);
      }
    }
  }
  return [...found];
}

/** The result against the target, as written: no baseline, no reading of an ambiguous result. */
function deviationAt(indicator: Indicator, period: Period, targetDate: Period, options: AchievementOptions): Explained<IndicatorEvaluation> {
  const resultCell = resultAt(indicator, period);
  if (!resultCell) return { ok: false, code: "notEvaluable", message: `Nessun risultato al ${period}.` };
  const targetCell = targetAt(indicator, targetDate);
  if (!targetCell) return { ok: false, code: "notEvaluable", message: `Nessun target al ${targetDate}.` };
  return evaluateIndicator({ result: resultCell.value, target: targetCell.value, polarity: indicator.polarity }, options);
}

/** The options an evaluation depends on (achievement options, baseline, status thresholds), as a key: the same for the rules' settings and the scores'. */
const optionKeys = new WeakMap<ValidationSettings, string>();

function optionsKey(settings: ValidationSettings): string {
  let key = optionKeys.get(settings);
  if (key === undefined) {
    const { partial, achieved } = statusThresholds(settings);
    key = `${settings.useBaseline === true ? "baseline" : "linear"}|${JSON.stringify(settings.achievement)}|${partial}|${achieved}`;
    optionKeys.set(settings, key);
  }
  return key;
}

const evaluations = new WeakMap<Plan, Map<string, PlanEvaluation>>();

/**
 * The plan's indicators evaluated at `period` (the plan's reporting date by default) against their
 * targets at `targetDate` (the same date by default): made once per plan, dates and options, and
 * shared by every rule and the scores.
 */
export function planEvaluation(plan: Plan, settings: ValidationSettings, dates: { period?: Period; targetDate?: Period } = {}): PlanEvaluation {
  const period = dates.period ?? plan.period;
  const targetDate = dates.targetDate ?? period;
  let byKey = evaluations.get(plan);
  if (byKey === undefined) {
    byKey = new Map();
    evaluations.set(plan, byKey);
  }
  const key = `${period}|${targetDate}|${optionsKey(settings)}`;
  let evaluation = byKey.get(key);
  if (evaluation === undefined) {
    evaluation = evaluateIndicators(plan.indicators, period, targetDate, settings);
    byKey.set(key, evaluation);
  }
  return evaluation;
}

/** The one pass: each indicator's figures into the arrays, no text. */
function evaluateIndicators(indicators: readonly Indicator[], period: Period, targetDate: Period, settings: ValidationSettings): PlanEvaluation {
  const count = indicators.length;
  const reason = new Uint8Array(count);
  const achievement = new Float64Array(count).fill(Number.NaN);
  const status = new Uint8Array(count);
  const deviation = new Float64Array(count).fill(Number.NaN);
  const relativeDeviation = new Float64Array(count).fill(Number.NaN);
  const unit = new Uint8Array(count);
  const polarity = new Uint8Array(count);
  const options = settings.achievement;
  const { partial, achieved } = statusThresholds(settings);
  const figure = { ok: true as const, value: 0 };
  // One input and one record of figures, filled for each indicator in turn: writeEvaluationFigures keeps nothing of them.
  const input: IndicatorInput = { result: PENDING, target: PENDING, polarity: "increasing" };
  const figures: IndicatorEvaluation = { achievement: 0, polarity: "increasing" };
  const resultOf = datedValuesOf(indicators, "results", period);
  const targetOf = datedValuesOf(indicators, "targets", targetDate);
  for (let i = 0; i < count; i += 1) {
    const indicator = indicators[i] as Indicator;
    polarity[i] = POLARITY_CODES[indicator.polarity];
    const result = resultOf(i);
    const target = result === undefined ? undefined : targetOf(i);
    if (result === undefined || target === undefined) {
      reason[i] = result === undefined ? NO_RESULT : NO_TARGET;
      continue;
    }
    const reading = result.kind === "failure" ? milestoneReading(result, target) : null;
    input.result = reading ?? result;
    input.target = target;
    input.polarity = indicator.polarity;
    input.baseline = usesBaseline(indicator, settings) ? singleValue(indicator, "baseline") : undefined;
    const failure = writeEvaluationFigures(input, options, figures);
    let compared = failure === null;
    if (failure !== null) {
      reason[i] = failureReason(failure);
      // The baseline may be what failed: the result against the target is still compared.
      if (input.baseline !== undefined && reading === null) {
        input.baseline = undefined;
        compared = writeEvaluationFigures(input, options, figures) === null;
      }
    } else {
      achievement[i] = figures.achievement;
      figure.value = figures.achievement;
      status[i] = STATUS_CODES[computeStatus(figure, partial, achieved)];
    }
    if (compared) {
      if (figures.deviation !== undefined) deviation[i] = figures.deviation;
      if (figures.relativeDeviation !== undefined) relativeDeviation[i] = figures.relativeDeviation;
      unit[i] = figures.unit === undefined ? 0 : UNIT_CODES[figures.unit];
      polarity[i] = POLARITY_CODES[figures.polarity];
    }
  }
  return new IndicatorsEvaluation({ period, targetDate, reason, achievement, status, deviation, relativeDeviation, unit, polarity }, indicators, settings);
}

/** The figures of a plan's evaluation, by indicator position: what it holds besides its explanations. */
type EvaluationFigures = Omit<PlanEvaluation, "explain" | "explainDeviation">;

/** A plan's evaluation: its figures, and each indicator's explanation, written from the indicator when asked for. */
class IndicatorsEvaluation implements PlanEvaluation {
  readonly period: Period;
  readonly targetDate: Period;
  readonly reason: Uint8Array;
  readonly achievement: Float64Array;
  readonly status: Uint8Array;
  readonly deviation: Float64Array;
  readonly relativeDeviation: Float64Array;
  readonly unit: Uint8Array;
  readonly polarity: Uint8Array;
  readonly #indicators: readonly Indicator[];
  readonly #settings: ValidationSettings;

  constructor(figures: EvaluationFigures, indicators: readonly Indicator[], settings: ValidationSettings) {
    this.period = figures.period;
    this.targetDate = figures.targetDate;
    this.reason = figures.reason;
    this.achievement = figures.achievement;
    this.status = figures.status;
    this.deviation = figures.deviation;
    this.relativeDeviation = figures.relativeDeviation;
    this.unit = figures.unit;
    this.polarity = figures.polarity;
    this.#indicators = indicators;
    this.#settings = settings;
  }

  explain(index: number): Explained<IndicatorEvaluation> {
    return evaluateAt(indicatorAt(this.#indicators, index), this.period, this.#settings, this.targetDate);
  }

  explainDeviation(index: number): Explained<IndicatorEvaluation> {
    return deviationAt(indicatorAt(this.#indicators, index), this.period, this.targetDate, this.#settings.achievement);
  }
}

function indicatorAt(indicators: readonly Indicator[], index: number): Indicator {
  const indicator = indicators[index];
  if (indicator === undefined) throw new RangeError(`Nessun indicatore in posizione ${index}.`);
  return indicator;
}
