/**
 * The dates a rule compares, worked out once per plan from its reporting date and its target dates.
 * The year's target is the target of the last date of the reporting date's year (31/12 in the
 * template; 31/12/2014 in a grid read at 2014; the reporting date itself when the plan has only
 * the targets written beside its results). Targets of other years (a triennial plan's 2027, 2028)
 * are not the year's.
 */
import type { Indicator, Plan } from "../../plan/planModel";
import { comparePeriods, periodYear, type Period } from "../../plan/reportingDate";
import { memoByPlan } from "./memoByPlan";

function sameYear(date: Period, period: Period): boolean {
  const year = periodYear(period);
  const dateYear = periodYear(date);
  return year === undefined ? dateYear === undefined : dateYear === year;
}

/** The date of the year's target: the latest target date in the reporting date's year (at least the reporting date). */
export const yearTargetDate: (plan: Plan) => Period = memoByPlan((plan) => {
  let latest = plan.period;
  for (const indicator of plan.indicators) {
    for (const date of Object.keys(indicator.targets)) {
      if (sameYear(date, plan.period) && comparePeriods(date, latest) > 0) latest = date;
    }
  }
  return latest;
});

/** The indicator's target dates, earliest first. */
export function targetDates(indicator: Indicator): Period[] {
  return Object.keys(indicator.targets).sort(comparePeriods);
}
