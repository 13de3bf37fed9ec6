/**
 * The plan cells whose value matters to a calculation or a check, each with its role in
 * Italian words. `valore-illeggibile` and `valore-ambiguo` look only at these: a note, a
 * title or the 31/12 result of a mid-year report may say anything.
 *
 * - objectives: weight, own share;
 * - indicators: weight, baseline, both targets, the result of the reporting period, and the
 *   declared deviation of the period when the period's target is a figure (a deviation is only
 *   checked against a numeric target: "+11 agenzie avviate ..." beside a milestone is a comment);
 * - Pesi: every weight column;
 * - Revisioni: the four figures, when the plan value they restate is a figure.
 */
import type { Indicator, Period, Plan, PlanCell } from "../../plan/planModel";
import { figureOf } from "./figures";
import { indexPlan } from "./planIndex";

export interface CheckedCell {
  cell: PlanCell;
  /** Italian, with article: "il risultato al 30/6". */
  role: string;
  objective?: string;
  indicator?: Indicator;
  /** The indicator number when the cell belongs to one (also for revision rows). */
  indicatorNumber?: string;
  /** True for baselines: a problem there is less grave than in a target or a result. */
  secondary: boolean;
}

function indicatorCells(indicator: Indicator, period: Period): CheckedCell[] {
  const about = { objective: indicator.objectiveCode, indicator, indicatorNumber: indicator.number };
  const cells: CheckedCell[] = [];
  const add = (cell: PlanCell | undefined, role: string, secondary = false): void => {
    if (cell !== undefined) cells.push({ cell, role, secondary, ...about });
  };
  add(indicator.weight, "il peso dell'indicatore");
  add(indicator.baseline, "la baseline", true);
  add(indicator.targets["30/6"], "il target al 30/6");
  add(indicator.targets["31/12"], "il target al 31/12");
  add(indicator.results[period], `il risultato al ${period}`);
  if (figureOf(indicator.targets[period]?.value) !== null) {
    add(indicator.declaredDeviations[period], `lo scostamento dichiarato al ${period}`);
  }
  return cells;
}

export function checkedCells(plan: Plan): CheckedCell[] {
  const index = indexPlan(plan);
  const cells: CheckedCell[] = [];
  for (const objective of plan.objectives) {
    if (objective.weight) cells.push({ cell: objective.weight, role: "il peso dell'obiettivo", objective: objective.code, secondary: false });
    if (objective.ownShare) {
      cells.push({ cell: objective.ownShare, role: "la quota degli indicatori propri", objective: objective.code, secondary: false });
    }
  }
  for (const indicator of plan.indicators) cells.push(...indicatorCells(indicator, plan.period));
  for (const row of plan.managerWeights) {
    for (const { column, cell } of row.weights) {
      cells.push({ cell, role: `il peso «${column}» di ${row.manager}`, objective: row.objectiveCode, secondary: false });
    }
  }
  for (const row of plan.revisions) {
    const indicator = index.indicator(row.objectiveCode, row.indicatorNumber);
    const restated: [PlanCell | undefined, PlanCell | undefined, string][] = [
      [row.forecast30_6, indicator?.targets["30/6"], "la previsione al 30/6 della revisione"],
      [row.actual30_6, indicator?.results["30/6"], "la realizzazione al 30/6 della revisione"],
      [row.forecast31_12, indicator?.targets["31/12"], "la previsione al 31/12 della revisione"],
      [row.newForecast31_12, indicator?.targets["31/12"], "la nuova previsione al 31/12"],
    ];
    for (const [cell, planCell, role] of restated) {
      if (cell === undefined || indicator === undefined || figureOf(planCell?.value) === null) continue;
      cells.push({ cell, role, objective: row.objectiveCode, indicator, indicatorNumber: row.indicatorNumber, secondary: false });
    }
  }
  return cells;
}
