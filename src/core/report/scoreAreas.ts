/**
 * Score of every area: the plain mean of the scores of the objectives assigned to it (the Area
 * column), non valutabili excluded and named. A plain mean, because the weights of the plan are
 * per manager, not per area; the explanation says so.
 */
import { computeWeightedScore } from "../calc/computeWeightedScore";
import type { AreaScore, ObjectiveScore } from "./scoreTypes";

export function scoreAreas(objectives: ObjectiveScore[]): AreaScore[] {
  const byArea = new Map<string, ObjectiveScore[]>();
  for (const objective of objectives) {
    const name = objective.area?.trim();
    if (!name) continue;
    byArea.set(name, [...(byArea.get(name) ?? []), objective]);
  }
  return [...byArea.entries()].map(([name, members]) => {
    const outcome = computeWeightedScore(members.map((m) => ({ achievement: m.score, weight: 1 })));
    const codes = members.map((m) => m.code);
    return {
      name,
      score: outcome.ok ? outcome.value.score : null,
      objectives: codes,
      explanation: `Media semplice degli obiettivi ${codes.join(", ")}: ${outcome.ok ? outcome.explanation : outcome.message}`,
    };
  });
}
