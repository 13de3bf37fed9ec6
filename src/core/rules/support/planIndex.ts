/**
 * Lookups every rule needs: objectives by code, indicators by objective, an
 * indicator by (objective, number). Codes and numbers are compared after
 * normalising what clerks vary without meaning to: spaces, case, and in
 * indicator numbers the words around the number ("Indicatore 3", "Ind. 3",
 * "n. 3", "Nuovo Indicatore 3" all mean "3").
 */
import type { Indicator, Objective, Plan, RevisionRow } from "../../plan/planModel";

/** " 1.1 " -> "1.1"; "strat" -> "STRAT". */
export function normalizeCode(code: string): string {
  return code.trim().replace(/\s+/g, " ").toUpperCase();
}

const NUMBER_WORDS = /\b(?:nuovo|nuova|indicatore|indicator|ind\.?|n\.|nr\.?|num\.?)(?=\s|\d|$)/gi;

/** "Indicatore 3:" -> "3"; "3 bis" -> "3 bis"; "Nuovo Indicatore 3" -> "3". */
export function normalizeIndicatorNumber(text: string): string {
  const stripped = text.replace(NUMBER_WORDS, " ").replace(/[:°º]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return stripped === "" ? text.trim().toLowerCase() : stripped;
}

export interface PlanIndex {
  /** Objectives sharing a normalised code (more than one = duplicate). */
  objectivesByCode: Map<string, Objective[]>;
  /** Indicators by the normalised code of their objective, in sheet order. */
  indicatorsByObjective: Map<string, Indicator[]>;
  objective(code: string): Objective | undefined;
  indicators(code: string): Indicator[];
  indicator(code: string, number: string): Indicator | undefined;
}

export function indexPlan(plan: Plan): PlanIndex {
  const objectivesByCode = new Map<string, Objective[]>();
  for (const objective of plan.objectives) {
    const key = normalizeCode(objective.code);
    objectivesByCode.set(key, [...(objectivesByCode.get(key) ?? []), objective]);
  }
  const indicatorsByObjective = new Map<string, Indicator[]>();
  for (const indicator of plan.indicators) {
    const key = normalizeCode(indicator.objectiveCode);
    indicatorsByObjective.set(key, [...(indicatorsByObjective.get(key) ?? []), indicator]);
  }
  const indicators = (code: string): Indicator[] => indicatorsByObjective.get(normalizeCode(code)) ?? [];
  return {
    objectivesByCode,
    indicatorsByObjective,
    objective: (code) => objectivesByCode.get(normalizeCode(code))?.[0],
    indicators,
    indicator: (code, number) => {
      const wanted = normalizeIndicatorNumber(number);
      return indicators(code).find((candidate) => normalizeIndicatorNumber(candidate.number) === wanted);
    },
  };
}

/** The Revisioni rows of one indicator (same objective code and indicator number, normalised). */
export function revisionsOf(plan: Plan, indicator: Indicator): RevisionRow[] {
  const code = normalizeCode(indicator.objectiveCode);
  const number = normalizeIndicatorNumber(indicator.number);
  return plan.revisions.filter(
    (row) => normalizeCode(row.objectiveCode) === code && normalizeIndicatorNumber(row.indicatorNumber) === number,
  );
}
