/** The Revisioni rows of one indicator (same objective code and indicator number, normalised). */
import type { Indicator, Plan, RevisionRow } from "../../plan/planModel";
import { normalizeCode, normalizeIndicatorNumber } from "./planIndex";

export function revisionsOf(plan: Plan, indicator: Indicator): RevisionRow[] {
  const code = normalizeCode(indicator.objectiveCode);
  const number = normalizeIndicatorNumber(indicator.number);
  return plan.revisions.filter(
    (row) => normalizeCode(row.objectiveCode) === code && normalizeIndicatorNumber(row.indicatorNumber) === number,
  );
}
