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
import type { Rule } from "../ruleTypes";
import { targetAt, targetDates, yearTargetDate } from "../../plan/planQueries";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { directionOf } from "../support/figureComparisons";
import { ruleDescription } from "../../wording/renderMessage";
import { figureOf } from "../../values/valueTypes";

export const inconsistentTargetPeriodsRule: Rule = {
  id: "target-periodi-incoerenti",
  defaultSeverity: "errore",
  description: ruleDescription("target-periodi-incoerenti"),
  check({ plan }) {
    const endDate = yearTargetDate(plan);
    const endYear = periodYear(endDate);
    const midDateOf = (indicator: Indicator): Period | undefined => {
      let latest: Period | undefined;
      for (const date of targetDates(indicator)) if (comparePeriods(date, endDate) < 0 && periodYear(date) === endYear) latest = date;
      return latest;
    };
    return plan.indicators.flatMap((indicator) => {
      const midDate = midDateOf(indicator);
      if (midDate === undefined) return [];
      const midCell = targetAt(indicator, midDate);
      const endCell = targetAt(indicator, endDate);
      const mid = figureOf(midCell?.value);
      const end = figureOf(endCell?.value);
      if (!mid || !end || !endCell) return [];
      if (mid.unit !== end.unit) return [indicatorFinding(indicator, endCell, { key: "target-periodi-incoerenti.unita", params: { ...aboutIndicator(indicator), midDate, mid, endDate, end } })];
      const direction = directionOf(indicator, end);
      const backwards = direction === "increasing" ? end.value < mid.value : end.value > mid.value;
      if (!backwards) return [];
      return [indicatorFinding(indicator, endCell, { key: "target-periodi-incoerenti.verso", params: { ...aboutIndicator(indicator), midDate, mid, endDate, end, direction }, severity: "avviso" })];
    });
  },
};
