/**
 * The sets of weights that belong together: they must share one scale, and (except where said)
 * sum to 100%.
 * - the indicator weights of one objective (a strategic objective's sum to its own share);
 * - each weight column of the Pesi table, per manager ("Peso iniziale", "Peso rideterminato"),
 *   blank cells meaning "not assigned in that column" (the seed's new objectives 1.4, 2.3, 2.4
 *   have no initial weight);
 * - without a Pesi table, the objective weights on the objectives sheet, per manager.
 * Each member keeps its cell, objective and indicator so that findings point at it.
 * Also the own share of a strategic objective, what its own indicators' weights sum to.
 */
import { interpretWeights, type InterpretedWeights } from "../calc/interpretWeights";
import type { Indicator, ManagerWeightRow, Objective, Plan, PlanCell } from "./planModel";
import { singleValue } from "./indicatorColumns";
import type { CellValue } from "../values/valueTypes";
import { groupByKey, indexPlan } from "./planQueries";
import { memoByPlan, memoByText } from "../memo";
import type { WeightGroupParam } from "../wording/messageParameters";

export interface WeightMember {
  cell: PlanCell;
  objective: string;
  indicator?: string;
}

export interface WeightGroup {
  kind: "indicators" | "managerColumn" | "objectivesByManager";
  /** Which weights these are, for messages («i pesi degli indicatori dell'obiettivo 1.2»). */
  name: WeightGroupParam;
  objective?: string;
  manager?: string;
  members: WeightMember[];
  read: InterpretedWeights;
}

function group(name: WeightGroupParam, members: WeightMember[], extra: Partial<WeightGroup>): WeightGroup {
  const values: CellValue[] = [];
  for (let i = 0; i < members.length; i++) values.push((members[i] as WeightMember).cell.value);
  return { kind: name.kind, name, members, read: interpretWeights(values), ...extra };
}

/** "Dirigente  Area X " -> "dirigente area x": the key managers are grouped by (worked out once per name: a plan repeats a few managers on every row). */
export const managerKey: (name: string) => string = memoByText((name) => name.trim().replace(/\s+/g, " ").toLowerCase());

/** Built once per plan (see memoByPlan): three rules and the scores ask for them. Shared: read only. */
export const indicatorWeightGroups: (plan: Plan) => readonly WeightGroup[] = memoByPlan(buildIndicatorWeightGroups);
export const managerWeightGroups: (plan: Plan) => readonly WeightGroup[] = memoByPlan(buildManagerWeightGroups);
const objectiveWeightGroupsAlways = memoByPlan((plan) => buildObjectiveWeightGroups(plan));

/** The objectives sheet's weights, per manager; by default only when the plan has no Pesi table. */
export function objectiveWeightGroups(plan: Plan, evenWithPesi = false): readonly WeightGroup[] {
  if (plan.managerWeights.length > 0 && !evenWithPesi) return [];
  return objectiveWeightGroupsAlways(plan);
}

/**
 * The indicator weights of one objective. The weights are read from the cells' values; the members
 * (each weight's cell) are made when first asked for: the sums and the scores read only the weights,
 * and a plan has a weight per indicator.
 */
class IndicatorWeights implements WeightGroup {
  readonly kind = "indicators";
  readonly name: WeightGroupParam;
  readonly read: InterpretedWeights;
  private madeMembers: WeightMember[] | undefined;

  constructor(
    readonly objective: string,
    /** The objective's indicators that have a weight cell, in sheet order. */
    private readonly weighted: readonly Indicator[],
    values: CellValue[],
  ) {
    this.name = { kind: "indicators", objective };
    this.read = interpretWeights(values);
  }

  get members(): WeightMember[] {
    if (this.madeMembers === undefined) {
      const members: WeightMember[] = [];
      for (const indicator of this.weighted) {
        const cell = indicator.weight;
        if (cell !== undefined) members.push({ cell, objective: indicator.objectiveCode, indicator: indicator.number });
      }
      this.madeMembers = members;
    }
    return this.madeMembers;
  }
}

/** One group per objective code (the first objective of a repeated code names it), its indicators' weights in sheet order. */
function buildIndicatorWeightGroups(plan: Plan): WeightGroup[] {
  const index = indexPlan(plan);
  const groups: WeightGroup[] = [];
  for (const [key, objectives] of index.objectivesByCode) {
    const indicators = index.indicatorsByObjective.get(key) ?? [];
    const weighted: Indicator[] = [];
    const values: CellValue[] = [];
    for (let i = 0; i < indicators.length; i++) {
      const indicator = indicators[i] as Indicator;
      const value = singleValue(indicator, "weight");
      if (value === undefined) continue;
      weighted.push(indicator);
      values.push(value);
    }
    groups.push(new IndicatorWeights(objectives[0]?.code ?? "", weighted, values));
  }
  return groups;
}

function buildManagerWeightGroups(plan: Plan): WeightGroup[] {
  const groups: WeightGroup[] = [];
  for (const rows of groupByKey(plan.managerWeights, managerKeyOf).values()) {
    const manager = rows[0]?.manager ?? "";
    let columns = 0;
    for (const row of rows) columns = Math.max(columns, row.weights.length);
    for (let column = 0; column < columns; column++) {
      const name = rows.find((row) => row.weights[column])?.weights[column]?.column ?? `${column + 1}`;
      const members: WeightMember[] = [];
      for (const row of rows) {
        const entry = row.weights[column];
        if (entry) members.push({ cell: entry.cell, objective: row.objectiveCode });
      }
      groups.push(group({ kind: "managerColumn", manager, column: name }, members, { manager }));
    }
  }
  return groups;
}

/** The key of the manager a Pesi row weighs. */
function managerKeyOf(row: ManagerWeightRow): string {
  return managerKey(row.manager);
}

function buildObjectiveWeightGroups(plan: Plan): WeightGroup[] {
  // By manager key, named as the manager's first objective writes it.
  const byManager = new Map<string, { manager: string; members: WeightMember[] }>();
  for (const objective of plan.objectives) {
    if (!objective.weight) continue;
    const manager = objective.manager ?? "";
    const key = managerKey(manager);
    let entry = byManager.get(key);
    if (entry === undefined) {
      entry = { manager, members: [] };
      byManager.set(key, entry);
    }
    entry.members.push({ cell: objective.weight, objective: objective.code });
  }
  return [...byManager.values()].map(({ manager, members }) => group({ kind: "objectivesByManager", manager }, members, { manager }));
}

/** The weights in a group that were read, without their members: what a sum needs. */
export function weightsRead(g: WeightGroup): number[] {
  const read: number[] = [];
  const weights = g.read.weights;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i];
    if (weight !== null && weight !== undefined) read.push(weight);
  }
  return read;
}

/** The member of the first weight read in a group, if any: where a finding about the group's sum points. */
export function firstMemberRead(g: WeightGroup): WeightMember | undefined {
  const weights = g.read.weights;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i];
    if (weight !== null && weight !== undefined) return g.members[i];
  }
  return undefined;
}

/** The weights in a group that were read, with their members. */
export function readWeights(g: WeightGroup): { member: WeightMember; weight: number }[] {
  const read: { member: WeightMember; weight: number }[] = [];
  const members = g.members;
  const weights = g.read.weights;
  for (let i = 0; i < members.length; i++) {
    const weight = weights[i];
    if (weight !== null && weight !== undefined) read.push({ member: members[i] as WeightMember, weight });
  }
  return read;
}

/** The own share of a strategic objective as a fraction in (0, 1], or null. */
export function ownShareOf(objective: Objective): number | null {
  if (objective.kind !== "strategic" || !objective.ownShare) return null;
  const [share] = interpretWeights([objective.ownShare.value]).weights;
  return share !== null && share !== undefined && share > 0 && share <= 1 ? share : null;
}
