/**
 * `target-periodi-incoerenti`: the 30/6 and 31/12 targets of one indicator contradict each other (in
 * general: the year's target and the target of the date before it in the same year, see plan/planQueries.ts).
 * - Different units (45% at 30/6, 80 at 31/12) -> errore: one of them is written wrong.
 * - For a crescente indicator a 31/12 target below the 30/6 one, for a decrescente indicator above
 *   it -> avviso: the targets of a cumulative indicator grow through the year (the seed's 1.1: 32 at
 *   30/6, 70 at 31/12; 2.2 ind.1, decrescente: -2% then -5%). Equal targets are a level to hold
 *   (88% and 88%) and are fine.
 * Only figures are compared: a milestone at 30/6 and a quantity at 31/12 ("Avvio", then 100%) is the
 * normal shape of a project.
 */
import type { Indicator } from "../../plan/planModel";
import { comparePeriods, periodYear, type Period } from "../../plan/reportingDate";
import type { Finding, Rule } from "../ruleTypes";
import { planTargetDates, targetAt, yearTargetDate } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { directionOf } from "../support/figureComparisons";
import { hasFigure } from "../support/figures";
import { ruleDescription } from "../../wording/renderMessage";
import { figureOf, type CellValue } from "../../values/valueTypes";

export const inconsistentTargetPeriodsRule: Rule = {
  id: "target-periodi-incoerenti",
  defaultSeverity: "errore",
  description: ruleDescription("target-periodi-incoerenti"),
  check({ plan }) {
    const endDate = yearTargetDate(plan);
    const endYear = periodYear(endDate);
    // The plan's target dates before the year's, in the same year, latest first, each with its targets: an indicator's mid date is the first it has a target at.
    const indicators = plan.indicators;
    const midDates = planTargetDates(plan)
      .filter((date) => comparePeriods(date, endDate) < 0 && periodYear(date) === endYear)
      .reverse()
      .map((date): TargetDate => ({ date, targetOf: datedValuesOf(indicators, "targets", date) }));
    const endTargetOf = datedValuesOf(indicators, "targets", endDate);
    const findings: Finding[] = [];
    for (let i = 0; i < indicators.length; i++) {
      const midTargets = firstWithTarget(i, midDates);
      if (midTargets === undefined) continue;
      const midDate = midTargets.date;
      const midValue = midTargets.targetOf(i);
      const endValue = endTargetOf(i);
      if (!hasFigure(midValue) || !hasFigure(endValue)) continue;
      const indicator = indicators[i] as Indicator;
      // Values first: the figures and the year's target cell are made only for a finding.
      const unitsDiffer = midValue.unit !== endValue.unit;
      const direction = directionOf(indicator, endValue);
      const backwards = direction === "increasing" ? endValue.value < midValue.value : endValue.value > midValue.value;
      if (!unitsDiffer && !backwards) continue;
      const mid = figureOf(midValue);
      const end = figureOf(endValue);
      if (!mid || !end) continue;
      if (unitsDiffer) {
        findings.push(indicatorFinding(indicator, targetAt(indicator, endDate), { key: "target-periodi-incoerenti.unita", params: aboutIndicator(indicator, { midDate, mid, endDate, end }) }));
      } else {
        findings.push(indicatorFinding(indicator, targetAt(indicator, endDate), { key: "target-periodi-incoerenti.verso", params: aboutIndicator(indicator, { midDate, mid, endDate, end, direction }), severity: "avviso" }));
      }
    }
    return findings;
  },
};

/** A date with the reader of the indicators' targets there. */
interface TargetDate {
  date: Period;
  targetOf: (index: number) => CellValue | undefined;
}

/** The first of `dates` at which indicator `index` has a target: its mid date. */
function firstWithTarget(index: number, dates: readonly TargetDate[]): TargetDate | undefined {
  for (const date of dates) if (date.targetOf(index) !== undefined) return date;
  return undefined;
}
