/**
 * `target-gia-raggiunto`: at 30/6 the result already meets the 31/12 target, and no revision of the
 * indicator is recorded in Revisioni: the year-end target has lost its meaning and should be raised.
 *
 * Judged on the seed: STRAT ind.3 (€ 6.190.000 against € 3.200.000 at 31/12) is the textbook case, and
 * it has its revision (new forecast € 6.490.000), so it is quiet. The other indicators that meet their
 * year-end target at mid-year (STRAT ind.1 89,55% vs 88%, ind.2 and ind.5 100%, 1.3, 2.1 ind.4 100% vs
 * 75%, 3.3 ind.4 "si", 3.4 ind.2, 3.5 ind.1, AS ind.2) all have the same target at 30/6 and 31/12: a
 * level to hold through the year, not a quantity to accumulate, so meeting it at mid-year is expected.
 * Decision: such stationary targets are not reported. The seed therefore raises no anomaly here.
 * Generally: at a reporting date before the year's target date (plan/planQueries.ts), the result at that
 * date against the year's target. The result is compared as everywhere else (the plan's evaluation,
 * calc/planEvaluation.ts, against the year's target: same units, bounds, milestones).
 */
import { ACHIEVED_EPSILON } from "../../calc/computeStatus";
import type { CellValue } from "../../values/valueTypes";
import type { Indicator } from "../../plan/planModel";
import { comparePeriods } from "../../plan/reportingDate";
import type { Finding, Rule } from "../ruleTypes";
import { planEvaluation } from "../../calc/planEvaluation";
import type { ValidationSettings } from "../../settings";
import { valueParam } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { resultAt, targetAt, yearTargetDate } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import { indexRevisions } from "../../plan/planQueries";
import { sameValue } from "../support/figureComparisons";
import { ruleDescription } from "../../wording/renderMessage";

/** A level to hold through the year: the same target at the reporting date as at the year's. */
function stationary(mid: CellValue | undefined, end: CellValue | undefined): boolean {
  return mid !== undefined && end !== undefined && mid.kind !== "placeholder" && sameValue(mid, end, 0) === true;
}

/**
 * The options the result is measured with against the year's target: the default method and a cap of
 * 100% with no threshold, whatever the profile, as reaching the target is the question; the baseline
 * when the settings ask for it.
 */
function yearTargetSettings(settings: ValidationSettings): ValidationSettings {
  return { ...settings, achievement: { cap: 1 } };
}

export const targetAlreadyMetRule: Rule = {
  id: "target-gia-raggiunto",
  defaultSeverity: "avviso",
  description: ruleDescription("target-gia-raggiunto"),
  check({ plan, settings }) {
    const period = plan.period;
    const endDate = yearTargetDate(plan);
    if (comparePeriods(period, endDate) >= 0) return [];
    const revisionsOf = indexRevisions(plan);
    const met = planEvaluation(plan, yearTargetSettings(settings), { targetDate: endDate }).achievement;
    const midTargetOf = datedValuesOf(plan.indicators, "targets", period);
    const endTargetOf = datedValuesOf(plan.indicators, "targets", endDate);
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    for (let i = 0; i < indicators.length; i += 1) {
      const indicator = indicators[i] as Indicator;
      // NaN (not evaluable) is below too.
      if (!((met[i] ?? Number.NaN) >= 1 - ACHIEVED_EPSILON) || stationary(midTargetOf(i), endTargetOf(i)) || revisionsOf(indicator).length > 0) continue;
      const result = resultAt(indicator, period);
      const target = targetAt(indicator, endDate);
      if (!result || !target) continue;
      findings.push(
        indicatorFinding(indicator, result, {
          key: "target-gia-raggiunto",
          params: aboutIndicator(indicator, { period, result: valueParam(result.value), endDate, target: valueParam(target.value) }),
        }),
      );
    }
    return findings;
  },
};
