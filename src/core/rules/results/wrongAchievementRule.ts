/**
 * `raggiungimento-errato`: the achievement a document declares for an indicator («Grado di
 * raggiungimento», «% realizzazione», the template's «Raggiungimento») differs from the one computed
 * from its result and target at the reporting date (the plan's evaluation, calc/planEvaluation.ts).
 * Both figures are quoted, with the computation.
 *
 * Accepted as agreeing, within half a percentage point (documents write whole points or two decimals):
 * - the evaluation's achievement, with the scoring profile's method, cap and threshold;
 * - the same worked out another usual way (`usualAchievements`): linear, as a ratio or from the
 *   baseline, capped at 100% or not at all, with no threshold: a document may follow its own system
 *   of evaluation, which the scoring profile does not state;
 * - any of these at another date with results: one undated column of achievements may be the 30/6
 *   one (the template's PERF.RAGGIUNGIMENTO of the 30/6 columns) or one year's of a multi-year grid.
 * Only a figure that no usual way gives at any date is reported.
 * A declared achievement in percent is that fraction («97,09%»); a plain number may be a fraction
 * («0,97») or points («97»), and agreeing either way is enough. Not judged: a declared value that is
 * not a number (blank, a placeholder, a milestone, an error), an indicator whose achievement cannot be
 * computed (other rules say why).
 */
import { planEvaluation, usualAchievements } from "../../calc/planEvaluation";
import type { Indicator } from "../../plan/planModel";
import { datesWithCells, singleValuesOf } from "../../plan/indicatorColumns";
import type { Finding, Rule } from "../ruleTypes";
import { amountOf, hasFigure } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { localized } from "../../wording/calcWords";
import type { Figure } from "../../values/valueTypes";

/** Half a percentage point: a declared 97% agrees with a computed 97,09%. */
const TOLERANCE = 0.005;

/** The fractions a declared figure may stand for: itself in percent; a plain number as a fraction or as points. */
function readings(declared: Figure): number[] {
  return declared.unit === "percent" ? [declared.value] : [declared.value, declared.value / 100];
}

function agrees(declared: Figure, computed: readonly number[]): boolean {
  return readings(declared).some((value) => computed.some((achievement) => Math.abs(value - achievement) <= TOLERANCE));
}

export const wrongAchievementRule: Rule = {
  id: "raggiungimento-errato",
  defaultSeverity: "avviso",
  description: ruleDescription("raggiungimento-errato"),
  check({ plan, settings }) {
    const { indicators, period } = plan;
    const declaredOf = singleValuesOf(indicators, "achievementCell");
    const evaluation = planEvaluation(plan, settings);
    const otherDates = [...datesWithCells(indicators, "results")].filter((date) => date !== period);
    /** Whether the declared figure agrees with the indicator's achievement in any usual way at any date (only asked of figures that differ from the evaluation's). */
    const agreesAnyhow = (declared: Figure, index: number, indicator: Indicator): boolean =>
      otherDates.some((date) => agrees(declared, [planEvaluation(plan, settings, { period: date }).achievement[index] ?? Number.NaN])) ||
      [period, ...otherDates].some((date) => agrees(declared, usualAchievements(indicator, date, settings, date === period ? evaluation.targetDate : date)));
    const findings: Finding[] = [];
    for (let index = 0; index < indicators.length; index++) {
      const declared = declaredOf(index);
      if (!hasFigure(declared) || declared.kind !== "quantity") continue;
      const achievement = evaluation.achievement[index] ?? Number.NaN;
      if (Number.isNaN(achievement) || agrees(declared, [achievement])) continue;
      const indicator = indicators[index] as Indicator;
      if (agreesAnyhow(declared, index, indicator)) continue;
      const explained = evaluation.explain(index);
      findings.push(
        indicatorFinding(indicator, indicator.achievementCell, {
          key: "raggiungimento-errato.diverso",
          params: aboutIndicator(indicator, {
            period,
            declared: amountOf(declared),
            achievement,
            explanation: explained.ok ? localized(explained.explain) : { it: explained.message, en: explained.message },
          }),
        }),
      );
    }
    return findings;
  },
};
