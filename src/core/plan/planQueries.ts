/**
 * Plan queries: the lookups the rules and the scores ask of a read plan, each built once per plan.
 * - the plan index: objectives by code, indicators by objective, an indicator by (objective,
 *   number). Codes and numbers are compared after normalising what clerks vary without meaning
 *   to: spaces, case, and in indicator numbers the words around the number ("Indicatore 3",
 *   "Ind. 3", "n. 3", "Nuovo Indicatore 3" all mean "3"); the revisions of an indicator;
 * - the dates compared: the year's target date and an indicator's target dates.
 */
import { codeKey, codeKeyer, indicatorKey } from "./planCodes";
import { datedCell, datedCellDates, datesWithCells } from "./indicatorColumns";
import type { Indicator, Objective, Plan, PlanCell, RevisionRow } from "./planModel";
import { comparePeriods, periodYear, type Period } from "./reportingDate";
import { memoByPlan, memoByText } from "../memo";

export interface PlanIndex {
  /** Objectives sharing a normalised code (more than one = duplicate). */
  objectivesByCode: Map<string, Objective[]>;
  /** Indicators by the normalised code of their objective, in sheet order. */
  indicatorsByObjective: Map<string, Indicator[]>;
  objective(code: string): Objective | undefined;
  indicators(code: string): Indicator[];
  indicator(code: string, number: string): Indicator | undefined;
}

/** indicatorKey, worked out once per distinct number: a plan numbers the indicators of every objective 1, 2, 3... */
export const numberKey: (number: string) => string = memoByText(indicatorKey);

/** The plan's index, built once per plan (memo.ts): about nine rules ask for it. */
export const indexPlan: (plan: Plan) => PlanIndex = memoByPlan(buildPlanIndex);

/** The code of the objective the indicator belongs to. */
function objectiveCodeOf(indicator: Indicator): string {
  return indicator.objectiveCode;
}

/** The key an objective is found by: its normalised code. */
export function objectiveCodeKey(objective: Objective): string {
  return codeKey(objective.code);
}

/**
 * The plan index, its objectives and indicators grouped by code: its lookups are methods shared by
 * every plan's index, not functions made for each plan.
 */
class GroupedPlanIndex implements PlanIndex {
  readonly objectivesByCode: Map<string, Objective[]>;
  readonly indicatorsByObjective: Map<string, Indicator[]>;

  constructor(plan: Plan) {
    this.objectivesByCode = groupByKey(plan.objectives, objectiveCodeKey);
    this.indicatorsByObjective = groupByCode(plan.indicators, objectiveCodeOf);
  }

  objective(code: string): Objective | undefined {
    return this.objectivesByCode.get(codeKey(code))?.[0];
  }

  indicators(code: string): Indicator[] {
    return this.indicatorsByObjective.get(codeKey(code)) ?? [];
  }

  indicator(code: string, number: string): Indicator | undefined {
    const wanted = numberKey(number);
    for (const candidate of this.indicators(code)) if (numberKey(candidate.number) === wanted) return candidate;
    return undefined;
  }
}

function buildPlanIndex(plan: Plan): PlanIndex {
  return new GroupedPlanIndex(plan);
}

/** Items grouped by a key, each group in input order; built in one pass, so lookups stay linear in the plan's size. */
export function groupByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    addToGroup(groups, key(item), item);
  }
  return groups;
}

/**
 * Items grouped by the normalised code (codeKey) of the objective they name, each group in input
 * order. The items of one objective come one after another: each run of one code is normalised once
 * (codeKeyer).
 */
export function groupByCode<T>(items: readonly T[], codeOf: (item: T) => string): Map<string, T[]> {
  const keyOf = codeKeyer();
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    addToGroup(groups, keyOf(codeOf(item)), item);
  }
  return groups;
}

/** Adds the item at the end of its key's group, starting the group when the key is new. */
function addToGroup<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Normalised codes of the strategic objectives that some objective names as its parent. */
export function parentCodes(plan: Plan): Set<string> {
  const codes = new Set<string>();
  for (const objective of plan.objectives) if (objective.parentCode !== undefined) codes.add(codeKey(objective.parentCode));
  return codes;
}

const NO_REVISIONS: readonly RevisionRow[] = [];

/**
 * The Revisioni rows of each indicator, indexed once: filtering the rows for every indicator of a
 * large plan would compare each indicator with every revision row. Indexed by objective, then by
 * indicator number, so that looking an indicator up builds no key: its objective's is remembered
 * from its neighbours' (codeKeyer), its number's is memoised (numberKey).
 */
export function indexRevisions(plan: Plan): (indicator: Indicator) => readonly RevisionRow[] {
  if (plan.revisions.length === 0) return () => NO_REVISIONS;
  const byObjective = new Map<string, Map<string, RevisionRow[]>>();
  groupByKey(plan.revisions, (row) => codeKey(row.objectiveCode)).forEach((rows, code) => {
    byObjective.set(code, groupByKey(rows, (row) => numberKey(row.indicatorNumber)));
  });
  const keyOf = codeKeyer();
  return (indicator) => byObjective.get(keyOf(indicator.objectiveCode))?.get(numberKey(indicator.number)) ?? NO_REVISIONS;
}

/**
 * The dates a rule compares, worked out once per plan from its reporting date and its target dates.
 * The year's target is the target of the last date of the reporting date's year (31/12 in the
 * template; 31/12/2014 in a grid read at 2014; the reporting date itself when the plan has only
 * the targets written beside its results). Targets of other years (a triennial plan's 2027, 2028)
 * are not the year's.
 */

function sameYear(date: Period, period: Period): boolean {
  const year = periodYear(period);
  const dateYear = periodYear(date);
  return year === undefined ? dateYear === undefined : dateYear === year;
}

/**
 * Every date at which some indicator of the plan has a target, earliest first, found once per plan: a
 * pass over every indicator's targets walks these, reading each indicator's value at each date,
 * rather than making a list of dates per indicator.
 */
export const planTargetDates: (plan: Plan) => readonly Period[] = memoByPlan((plan) => [...datesWithCells(plan.indicators, "targets")].sort(comparePeriods));

/** The date of the year's target: the latest target date in the reporting date's year (at least the reporting date). */
export const yearTargetDate: (plan: Plan) => Period = memoByPlan((plan) => {
  let latest = plan.period;
  for (const date of planTargetDates(plan)) {
    if (sameYear(date, plan.period) && comparePeriods(date, latest) > 0) latest = date;
  }
  return latest;
});

/** The indicator's target dates, earliest first. */
export function targetDates(indicator: Indicator): Period[] {
  return datedCellDates(indicator, "targets");
}

/** The indicator's target at `date` (without building its record of targets, see indicatorColumns.ts). */
export function targetAt(indicator: Indicator, date: Period): PlanCell | undefined {
  return datedCell(indicator, "targets", date);
}

/** The indicator's result at `date`. */
export function resultAt(indicator: Indicator, date: Period): PlanCell | undefined {
  return datedCell(indicator, "results", date);
}

/** The deviation the plan declares for the indicator at `date`. */
export function declaredDeviationAt(indicator: Indicator, date: Period): PlanCell | undefined {
  return datedCell(indicator, "declaredDeviations", date);
}
