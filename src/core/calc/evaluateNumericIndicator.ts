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
 */
import type { Comparator, Quantity, QuantityUnit, Threshold } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained, Outcome } from "./calcTypes";
import { explained, fail, withExplanation } from "./calcOutcome";
import { capAchievement, resolveAchievementOptions } from "./capAchievement";
import { computeAchievementLazily } from "./computeAchievement";
import { computeDeviationLazily } from "./computeDeviation";
import { computeRelativeDeviationLazily } from "./computeRelativeDeviation";
import { quoteValue, unitWords } from "../wording/describeValue";
import { formatFigure, formatShare, formatSignedFigure } from "../wording/formatNumbers";
import { directionOfComparator, type Polarity, polarityName } from "../plan/polarity";
import { comparatorWords, meetsBound } from "../values/comparators";

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
  /** Remarks gathered by the caller, appended to the explanation. */
  notes: string[];
}

export function evaluateNumericIndicator(input: NumericIndicatorInput, options?: AchievementOptions): Outcome<IndicatorEvaluation> {
  return withExplanation(evaluateNumericIndicatorLazily(input, options));
}

/** evaluateNumericIndicator, with the explanation written only when asked (see `Explained`). */
export function evaluateNumericIndicatorLazily(input: NumericIndicatorInput, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const { result, target, baseline } = input;
  const unit = result.unit;
  if (target.unit !== unit) return mismatch("il risultato", result, "il target", target);
  if (baseline && baseline.unit !== unit) return mismatch("la base", baseline, "il risultato", result);
  const notes = [...input.notes];
  const bound: Comparator | null = target.kind === "threshold" ? target.comparator : null;
  let polarity = input.polarity;
  if (bound && polarity !== "milestone" && polarity !== directionOfComparator(bound)) {
    const implied = directionOfComparator(bound);
    notes.push(`il target ${quoteValue(target)} indica un indicatore ${polarityName(implied)}, che prevale sulla polarità ${polarityName(polarity)} indicata`);
    polarity = implied;
  }
  const deviationPolarity = bound && polarity === "milestone" ? directionOfComparator(bound) : polarity;
  const deviation = computeDeviationLazily(result.value, target.value, deviationPolarity, unit);
  if (!deviation.ok) return deviation;
  const relative = target.value === 0 ? null : computeRelativeDeviationLazily(result.value, target.value, deviationPolarity, unit);

  const achievement =
    polarity === "milestone"
      ? reachedOrNot(result.value, target.value, bound ?? "atLeast", unit, options)
      : computeAchievementLazily(
          { result: result.value, target: target.value, polarity, baseline: baseline?.value, unit },
          options,
        );
  if (!achievement.ok) return achievement;

  const evaluation: IndicatorEvaluation = { achievement: achievement.value, deviation: deviation.value, unit, polarity };
  if (relative?.ok) evaluation.relativeDeviation = relative.value;
  return explained(evaluation, () => {
    const relativeText = relative?.ok ? `, pari a ${formatSignedFigure(relative.value, "percent")} del target` : "";
    return [`scostamento ${deviation.explain()}${relativeText}`, `raggiungimento ${achievement.explain()}`, ...notes].join("; ");
  });
}

function mismatch(firstLabel: string, first: Quantity | Threshold, secondLabel: string, second: Quantity | Threshold): CalcFailure {
  return fail(
    "incompatible",
    `Unità diverse: ${firstLabel} ${quoteValue(first)} è ${unitWords(first.unit)}, ${secondLabel} ${quoteValue(second)} è ${unitWords(second.unit)}; non si possono confrontare.`,
  );
}

/** Polarity milestone with numbers: 100% when the result meets the target, else 0%. */
function reachedOrNot(result: number, target: number, comparator: Comparator, unit: QuantityUnit, options?: AchievementOptions): Explained<number> {
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return fail("invalidArgument", `Raggiungimento non calcolabile. ${resolved.message}`);
  const met = meetsBound(result, comparator, target);
  const raw = met ? 1 : 0;
  const capped = capAchievement(raw, resolved.options);
  return explained(capped.value, () => {
    const verb = met ? "soddisfa" : "non soddisfa";
    const required = `${comparatorWords(comparator)} ${formatFigure(target, unit)}`;
    return `milestone: ${formatFigure(result, unit)} ${verb} il target (${required}), quindi ${formatShare(raw)}${capped.note}`;
  });
}
