/**
 * Score of every manager: the weighted sum of the scores of their objectives (computeManagerScore).
 * Weights: the current (last) column of the Pesi table, per manager, read in that column's scale;
 * objectives with a blank current weight are not counted. Without a Pesi table, the objective
 * weights of the objectives sheet, grouped by Responsabile. A Pesi row for an objective the plan does
 * not have counts as non valutabile (its weight is shared among the others, and said so).
 */
import { codeKey } from "../plan/planCodes";
import { computeManagerScore } from "../calc/computeManagerScore";
import type { Plan } from "../plan/planModel";

import { managerWeightGroups, objectiveWeightGroups, readWeights, type WeightGroup } from "../plan/weightGroups";
import type { ManagerScore, ObjectiveScore } from "./scoreTypes";

/** For each manager, the group of its current weights: the last Pesi column, or the objectives sheet. */
function currentGroups(plan: Plan): { groups: WeightGroup[]; source: ManagerScore["weightSource"] } {
  if (plan.managerWeights.length === 0) {
    return { groups: objectiveWeightGroups(plan).filter((g) => g.manager !== ""), source: "obiettivi" };
  }
  const last = new Map<string, WeightGroup>();
  for (const group of managerWeightGroups(plan)) last.set(group.manager ?? "", group);
  return { groups: [...last.values()], source: "pesi" };
}

export function scoreManagers(plan: Plan, objectives: ObjectiveScore[]): ManagerScore[] {
  const scores = new Map(objectives.map((o) => [codeKey(o.code), o.score]));
  const { groups, source } = currentGroups(plan);
  return groups.map((group) => {
    const items = readWeights(group).map(({ member, weight }) => ({
      code: member.objective,
      weight,
      score: scores.get(codeKey(member.objective)) ?? null,
    }));
    const outcome = computeManagerScore(items.map(({ score, weight }) => ({ score, weight })));
    const unscored = items.filter((i) => i.score === null).map((i) => i.code);
    const note = unscored.length > 0 ? ` Obiettivi non valutabili: ${unscored.join(", ")}.` : "";
    return {
      name: group.manager ?? "",
      score: outcome.ok ? outcome.value : null,
      weightSource: source,
      objectives: items,
      explanation: `${outcome.ok ? outcome.explanation : outcome.message}.${note}`.replace(/\.\./g, "."),
    };
  });
}
