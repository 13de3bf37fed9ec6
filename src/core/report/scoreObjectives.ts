/**
 * Score of every objective: the weighted mean of its indicators' achievements (computeWeightedScore;
 * non valutabili excluded, weights renormalised, listed in `excluded`). Indicators with no usable
 * weight are excluded too, unless no indicator of the objective has one: then they weigh the same.
 * A strategic objective combines its own indicators' score with the mean of the operational
 * objectives that name it as their parent (computeStrategicScore). Its own share is the one written;
 * else the sum of its own indicators' weights when below 100% (the seed writes 15% + 15% + 5% + 5% +
 * 10% = 50%); else 50%. The explanation says which.
 */
import { codeKey } from "../plan/planCodes";
import { groupByKey } from "../plan/planQueries";
import { ownShareOf } from "../plan/weightGroups";
import { computeStrategicScore } from "../calc/computeStrategicScore";
import { computeWeightedScore } from "../calc/computeWeightedScore";
import { formatShare } from "../wording/formatNumbers";
import type { Objective, Plan } from "../plan/planModel";
import type { ValidationSettings } from "../settings";

import type { IndicatorScore, ObjectiveScore, StrategicParts } from "./scoreTypes";

interface WeightedPart {
  score: number | null;
  evaluated: number;
  excluded: string[];
  explanation: string;
  totalWeight: number;
}

function weightedPart(indicators: IndicatorScore[], cap: number | undefined): WeightedPart {
  if (indicators.length === 0) return { score: null, evaluated: 0, excluded: [], explanation: "nessun indicatore", totalWeight: 0 };
  const equal = indicators.every((i) => i.weight === null);
  const weightOf = (i: IndicatorScore): number => (equal ? 1 : (i.weight ?? 0));
  const usable = indicators.filter((i) => equal || (i.weight !== null && i.weight >= 0));
  const usableSet = new Set(usable);
  const excluded = indicators.filter((i) => !usableSet.has(i) || i.achievement === null).map((i) => i.indicator);
  const totalWeight = usable.reduce((sum, i) => sum + weightOf(i), 0);
  const outcome = computeWeightedScore(usable.map((i) => ({ achievement: i.achievement, weight: weightOf(i) })), cap);
  const equalNote = equal && indicators.length > 1 ? "; pesi non indicati: indicatori a pari peso" : "";
  if (!outcome.ok) return { score: null, evaluated: 0, excluded, explanation: `${outcome.message}${equalNote}`, totalWeight };
  const evaluated = totalWeight > 0 ? outcome.value.evaluatedWeight / totalWeight : 0;
  return { score: outcome.value.score, evaluated, excluded, explanation: `${outcome.explanation}${equalNote}`, totalWeight };
}

function strategicShare(objective: Objective, own: WeightedPart, hasOwn: boolean): Pick<StrategicParts, "ownShare" | "ownShareSource"> {
  const written = ownShareOf(objective);
  if (written !== null) return { ownShare: written, ownShareSource: "scritta" };
  if (!hasOwn) return { ownShare: 0, ownShareSource: "predefinita" };
  if (own.totalWeight > 0 && own.totalWeight < 1) return { ownShare: own.totalWeight, ownShareSource: "somma dei pesi" };
  return { ownShare: 0.5, ownShareSource: "predefinita" };
}

export function scoreObjectives(plan: Plan, indicators: IndicatorScore[], settings: ValidationSettings): ObjectiveScore[] {
  const seen = new Set<string>();
  const objectives = plan.objectives.filter((o) => !seen.has(codeKey(o.code)) && seen.add(codeKey(o.code)));
  // Grouped once (not filtered per objective): scoring stays linear in the plan's size.
  const indicatorsByCode = groupByKey(indicators, (i) => codeKey(i.objective));
  const byObjective = (code: string) => indicatorsByCode.get(codeKey(code)) ?? [];
  const childrenByParent = groupByKey(
    objectives.filter((o) => o.kind === "operational" && o.parentCode !== undefined),
    (o) => codeKey(o.parentCode ?? ""),
  );
  const base = (objective: Objective, part: WeightedPart): ObjectiveScore => ({
    code: objective.code,
    kind: objective.kind,
    title: objective.title,
    ...(objective.area === undefined ? {} : { area: objective.area }),
    ...(objective.manager === undefined ? {} : { manager: objective.manager }),
    score: part.score,
    evaluated: part.evaluated,
    excluded: part.excluded,
    explanation: part.explanation,
  });
  const operational = new Map<string, ObjectiveScore>();
  for (const objective of objectives.filter((o) => o.kind === "operational")) {
    operational.set(codeKey(objective.code), base(objective, weightedPart(byObjective(objective.code), settings.achievement.cap)));
  }
  const strategic = objectives
    .filter((o) => o.kind === "strategic")
    .map((objective) => {
      const own = weightedPart(byObjective(objective.code), settings.achievement.cap);
      const code = codeKey(objective.code);
      const contributions = (childrenByParent.get(code) ?? [])
        .map((o) => ({ code: o.code, score: operational.get(codeKey(o.code))?.score ?? null }));
      const share = strategicShare(objective, own, byObjective(objective.code).length > 0);
      const outcome = computeStrategicScore({ ownScore: own.score, ownShare: share.ownShare, contributions: contributions.map((c) => c.score) });
      const shareNote =
        share.ownShareSource === "scritta" ? "" : `; quota degli indicatori propri ${share.ownShareSource === "somma dei pesi" ? "pari alla somma dei loro pesi" : "non indicata, posta"} a ${formatShare(share.ownShare)}`;
      return {
        ...base(objective, own),
        score: outcome.ok ? outcome.value : null,
        explanation: `${outcome.ok ? outcome.explanation : outcome.message}${shareNote}; indicatori propri: ${own.explanation}`,
        strategic: { ownScore: own.score, ...share, contributions },
      };
    });
  const order = new Map(objectives.map((o, i) => [codeKey(o.code), i]));
  return [...strategic, ...operational.values()].sort((a, b) => (order.get(codeKey(a.code)) ?? 0) - (order.get(codeKey(b.code)) ?? 0));
}
