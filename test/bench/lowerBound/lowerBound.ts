/**
 * An honest lower bound for the core's read + rules + scores, run by the bench side by side with
 * it: given the same `WorkbookGrids` of a synthetic plan (the canonical template), it reads the
 * template's known columns into flat arrays, decodes each value once, evaluates each indicator
 * once, and produces the same anomalies as `validatePlan(readPlan(grids).plan)` (rule, severity,
 * sheet, cell, objective, indicator; an Italian message built for each; sorted the same way) and
 * the same scores as `scorePlan` (indicator achievements, objective scores).
 * It imports nothing of the core's reader, rules or calculations: only the template's column list
 * and types. What makes it a bound is what it may assume: the template, the synthetic plans' forms
 * of values (anything else stops it with UnknownForm), the default settings, the 30/6 report.
 * test/bench/lowerBound.test.ts proves it agrees with the core.
 */
import type { WorkbookGrids } from "../../../src/core/plan/grid";
import type { Anomaly } from "./anomalyList";
import { AnomalyList } from "./anomalyList";
import { runChecks } from "./checks";
import { evaluateIndicators } from "./evaluation";
import { indexPlan } from "./planIndex";
import { type LowerBoundScores, scorePlanLowerBound } from "./scores";
import { readTemplatePlan } from "./templatePlan";
import { checkWeights } from "./weightChecks";

export { UnknownForm } from "./templateValues";
export type { LowerBoundScores } from "./scores";

export interface LowerBoundResult {
  anomalies: Anomaly[];
  scores: LowerBoundScores;
}

export function lowerBound(workbook: WorkbookGrids): LowerBoundResult {
  const plan = readTemplatePlan(workbook);
  const index = indexPlan(plan);
  const evaluations = evaluateIndicators(plan.indicators);
  const { objectives } = plan;
  const sheetNames = [objectives.grid.sheet, plan.indicators.grid.sheet, plan.weights.grid.sheet, plan.revisions.grid.sheet];
  const list = new AnomalyList(sheetNames, (code) => {
    const o = index.objectiveRow.get(code);
    return o === undefined ? undefined : objectives.strategic[o] === 1;
  });
  const weights = checkWeights(plan, index, list);
  runChecks(plan, index, evaluations, list);
  return { anomalies: list.sorted(), scores: scorePlanLowerBound(plan, index, evaluations.achievement, weights) };
}
