/**
 * `peso-incoerente`: the objectives sheet and the Pesi table disagree about an objective.
 *
 * - The objective's weight differs from its current weight in the Pesi table (the last column, for
 *   its manager) -> avviso, both figures quoted: the Pesi table is what scores use.
 * - Decision, judged on the seed: the objective cards carry the weight set in the plan ("Peso: 45%"
 *   on 2.1), the Pesi table carries both that and the weight redetermined at mid-year when new
 *   objectives were added (2.1: 45% -> 30%; 2.2: 45% -> 30%; 1.1: 20% -> 10%; 1.2: 50% -> 40%).
 *   That is not a contradiction but a documented revision; what the OIV needs to know is which weight
 *   counts. So a weight equal to an earlier column of the Pesi table is reported as info, naming the
 *   revision and the weight in force; only a weight found in no column is an avviso.
 * - An objective of the plan missing from a Pesi table -> avviso: it counts in no manager's score.
 * - A Pesi row whose objective is not in the plan -> avviso (the seed's Azienda Speciale row for a
 *   strategic objective "Realizzazione di fiere ed eventi..." that has no card and no indicators).
 * Without a Pesi table there is nothing to compare.
 */
import { codeKey } from "../../plan/planCodes";
import { CellKeys } from "../../plan/planCells";
import type { ManagerWeightRow, Objective, Plan, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt } from "../support/findings";
import { groupByKey, indexPlan } from "../../plan/planQueries";
import { managerWeightGroups, objectiveWeightGroups, readWeights } from "../../plan/weightGroups";
import { ruleDescription } from "../../wording/renderMessage";
import { memoByText } from "../../memo";

/** A name in lower case, words only: worked out once per distinct name (a plan repeats a few managers). */
const plainName = memoByText((name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());

/** "dr.ssa Antonella Vairano" matches "Dirigente Area ... dr.ssa Antonella Vairano". */
export function sameManager(a: string, b: string): boolean {
  const x = plainName(a);
  const y = plainName(b);
  return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
}

/** The weights read, by cell: a cell's views share its key. */
class WeightsByCell {
  private readonly keys = new CellKeys();
  private readonly weights = new Map<number | string, number>();

  constructor(plan: Plan) {
    for (const group of [...managerWeightGroups(plan), ...objectiveWeightGroups(plan, true)]) {
      const read = readWeights(group);
      for (let i = 0; i < read.length; i++) {
        const { member, weight } = read[i] as (typeof read)[number];
        this.weights.set(this.keys.of(member.cell), weight);
      }
    }
  }

  get(cell: PlanCell): number | undefined {
    return this.weights.get(this.keys.of(cell));
  }
}

/** Within the tolerance (percentage points) of the objective's own weight. */
function isClose(weight: number | undefined, own: number, tolerance: number): boolean {
  return weight !== undefined && Math.abs(weight - own) <= tolerance / 100 + 1e-12;
}

/** The current (last) weight column of a Pesi row. */
function currentEntry(row: ManagerWeightRow): ManagerWeightRow["weights"][number] | undefined {
  return row.weights[row.weights.length - 1];
}

function currentWeight(row: ManagerWeightRow, weights: WeightsByCell): number | undefined {
  const cell = currentEntry(row)?.cell;
  return cell ? weights.get(cell) : undefined;
}

function compare(objective: Objective, rows: ManagerWeightRow[], weights: WeightsByCell, tolerance: number): Finding[] {
  const own = objective.weight ? weights.get(objective.weight) : undefined;
  if (own === undefined || !objective.weight) return [];
  const mine = objective.manager ? rows.filter((row) => sameManager(row.manager, objective.manager ?? "")) : [];
  const candidates = mine.length > 0 ? mine : rows;
  if (candidates.some((row) => isClose(currentWeight(row, weights), own, tolerance))) return [];
  const about = { objective: objective.code };
  const row = candidates[0];
  const now = row ? currentEntry(row) : undefined;
  const nowWeight = now ? weights.get(now.cell) : undefined;
  // A blank or invalid current weight is `peso-non-valido`'s: there is nothing to compare with.
  if (!row || !now || nowWeight === undefined) return [];
  const earlier = row.weights.slice(0, -1).find((entry) => isClose(weights.get(entry.cell), own, tolerance));
  if (earlier) {
    return [
      findingAt(objective.weight.ref, about, {
        key: "peso-incoerente.rideterminato",
        params: { objective: objective.code, weight: own, earlierColumn: earlier.column, currentColumn: now.column, current: nowWeight },
        severity: "info",
      }),
    ];
  }
  return [
    findingAt(objective.weight.ref, about, {
      key: "peso-incoerente.diverso",
      params: { objective: objective.code, weight: own, manager: row.manager, current: nowWeight, currentColumn: now.column },
    }),
  ];
}

export const inconsistentWeightRule: Rule = {
  id: "peso-incoerente",
  defaultSeverity: "avviso",
  description: ruleDescription("peso-incoerente"),
  check({ plan, settings }) {
    if (plan.managerWeights.length === 0) return [];
    const index = indexPlan(plan);
    const weights = new WeightsByCell(plan);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const rowsByCode = groupByKey(plan.managerWeights, (row) => codeKey(row.objectiveCode));
    for (const objective of plan.objectives) {
      const code = codeKey(objective.code);
      if (seen.has(code)) continue;
      seen.add(code);
      const rows = rowsByCode.get(code) ?? [];
      if (rows.length === 0) {
        findings.push(
          findingAt(objective.ref, { objective: objective.code }, { key: "peso-incoerente.assente-dai-pesi", params: { objective: objective.code } }),
        );
        continue;
      }
      findings.push(...compare(objective, rows, weights, settings.weightTolerancePoints));
    }
    for (const row of plan.managerWeights) {
      if (index.objective(row.objectiveCode) !== undefined) continue;
      findings.push(
        findingAt(row.ref, { objective: row.objectiveCode }, {
          key: "peso-incoerente.obiettivo-inesistente",
          params: { objective: row.objectiveCode, manager: row.manager },
        }),
      );
    }
    return findings;
  },
};
