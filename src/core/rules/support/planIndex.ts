/**
 * Lookups every rule needs: objectives by code, indicators by objective, an
 * indicator by (objective, number). Codes and numbers are compared after
 * normalising what clerks vary without meaning to: spaces, case, and in
 * indicator numbers the words around the number ("Indicatore 3", "Ind. 3",
 * "n. 3", "Nuovo Indicatore 3" all mean "3").
 */
import { codeKey, codeKeyer, indicatorKey } from "../../plan/planCodes";
import type { Indicator, Objective, Plan, RevisionRow } from "../../plan/planModel";
import { memoByPlan } from "./memoByPlan";

export interface PlanIndex {
  /** Objectives sharing a normalised code (more than one = duplicate). */
  objectivesByCode: Map<string, Objective[]>;
  /** Indicators by the normalised code of their objective, in sheet order. */
  indicatorsByObjective: Map<string, Indicator[]>;
  objective(code: string): Objective | undefined;
  indicators(code: string): Indicator[];
  indicator(code: string, number: string): Indicator | undefined;
}

/** The plan's index, built once per plan (see memoByPlan): about nine rules ask for it. */
export const indexPlan: (plan: Plan) => PlanIndex = memoByPlan(buildPlanIndex);

function buildPlanIndex(plan: Plan): PlanIndex {
  const objectivesByCode = groupByKey(plan.objectives, (objective) => codeKey(objective.code));
  const keyOf = codeKeyer();
  const indicatorsByObjective = groupByKey(plan.indicators, (indicator) => keyOf(indicator.objectiveCode));
  const indicators = (code: string): Indicator[] => indicatorsByObjective.get(codeKey(code)) ?? [];
  return {
    objectivesByCode,
    indicatorsByObjective,
    objective: (code) => objectivesByCode.get(codeKey(code))?.[0],
    indicators,
    indicator: (code, number) => {
      const wanted = indicatorKey(number);
      return indicators(code).find((candidate) => indicatorKey(candidate.number) === wanted);
    },
  };
}

/** Items grouped by a key, each group in input order; built in one pass, so lookups stay linear in the plan's size. */
export function groupByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Normalised codes of the strategic objectives that some objective names as its parent. */
export function parentCodes(plan: Plan): Set<string> {
  const codes = new Set<string>();
  for (const objective of plan.objectives) if (objective.parentCode !== undefined) codes.add(codeKey(objective.parentCode));
  return codes;
}

function revisionKey(code: string, number: string): string {
  return `${codeKey(code)}\u0000${indicatorKey(number)}`;
}

/**
 * The Revisioni rows of each indicator, indexed once: `revisionsOf` for every indicator of a
 * large plan would compare each indicator with every revision row.
 */
export function indexRevisions(plan: Plan): (indicator: Indicator) => RevisionRow[] {
  const byKey = groupByKey(plan.revisions, (row) => revisionKey(row.objectiveCode, row.indicatorNumber));
  return (indicator) => byKey.get(revisionKey(indicator.objectiveCode, indicator.number)) ?? [];
}

/** The Revisioni rows of one indicator (same objective code and indicator number, normalised). */
export function revisionsOf(plan: Plan, indicator: Indicator): RevisionRow[] {
  const code = codeKey(indicator.objectiveCode);
  const number = indicatorKey(indicator.number);
  return plan.revisions.filter(
    (row) => codeKey(row.objectiveCode) === code && indicatorKey(row.indicatorNumber) === number,
  );
}
