/**
 * Lookups every rule needs: objectives by code, indicators by objective, an
 * indicator by (objective, number). Codes and numbers are compared after
 * normalising what clerks vary without meaning to: spaces, case, and in
 * indicator numbers the words around the number ("Indicatore 3", "Ind. 3",
 * "n. 3", "Nuovo Indicatore 3" all mean "3").
 */
import { hasLooseSpacing } from "../../plan/gridCells";
import type { Indicator, Objective, Plan, RevisionRow } from "../../plan/planModel";
import { memoByPlan } from "./memoByPlan";

/** " 1.1 " -> "1.1"; "strat" -> "STRAT". */
export function normalizeCode(code: string): string {
  const trimmed = code.trim();
  return (hasLooseSpacing(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed).toUpperCase();
}

/** A code with only its letters and digits: "1,2", "1.2." and "1.2" meet, to suggest the code meant. */
export function codeSkeleton(code: string): string {
  return normalizeCode(code).replace(/[^0-9A-Z]/g, "");
}

/**
 * normalizeCode, remembering its last answer: a plan lists the indicators of one objective one after
 * another, so walking them normalises each code once rather than once per indicator.
 */
export function codeNormalizer(): (code: string) => string {
  let lastCode: string | undefined;
  let lastKey = "";
  return (code) => {
    if (code !== lastCode) {
      lastCode = code;
      lastKey = normalizeCode(code);
    }
    return lastKey;
  };
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

/** The plan's index, built once per plan (see memoByPlan): about nine rules ask for it. */
export const indexPlan: (plan: Plan) => PlanIndex = memoByPlan(buildPlanIndex);

function buildPlanIndex(plan: Plan): PlanIndex {
  const objectivesByCode = groupByKey(plan.objectives, (objective) => normalizeCode(objective.code));
  const codeKey = codeNormalizer();
  const indicatorsByObjective = groupByKey(plan.indicators, (indicator) => codeKey(indicator.objectiveCode));
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
  for (const objective of plan.objectives) if (objective.parentCode !== undefined) codes.add(normalizeCode(objective.parentCode));
  return codes;
}

function revisionKey(code: string, number: string): string {
  return `${normalizeCode(code)}\u0000${normalizeIndicatorNumber(number)}`;
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
  const code = normalizeCode(indicator.objectiveCode);
  const number = normalizeIndicatorNumber(indicator.number);
  return plan.revisions.filter(
    (row) => normalizeCode(row.objectiveCode) === code && normalizeIndicatorNumber(row.indicatorNumber) === number,
  );
}
