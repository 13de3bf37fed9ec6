/**
 * The lower bound's scores, from the evaluations and weights read once: each objective's score is
 * the weighted mean of its indicators' achievements (non valutabili left out, weights renormalised;
 * equal weights when none is written), capped at 100%; a strategic objective combines its own
 * indicators' score (its own share: written, else the sum of their weights below 100%, else 50%)
 * with the mean of the operational objectives that name it as parent.
 */
import { tidy } from "./evaluation";
import type { PlanIndex } from "./planIndex";
import type { TemplatePlan } from "./templatePlan";
import { ownShareOf } from "./weightChecks";

export interface LowerBoundScores {
  /** Achievement of each indicator at 30/6, NaN when not evaluable. */
  achievements: Float64Array;
  /** Each objective code once, in sheet order, and its score (NaN when not evaluable). */
  objectiveCodes: string[];
  objectiveScores: Float64Array;
}

interface Part {
  score: number;
  totalWeight: number;
}

function weightedPart(index: PlanIndex, o: number, achievements: Float64Array, weights: Float64Array): Part {
  const from = index.start[o] ?? 0;
  const to = index.start[o + 1] ?? 0;
  if (from === to) return { score: Number.NaN, totalWeight: 0 };
  let equal = true;
  for (let m = from; m < to; m++) if (!Number.isNaN(weights[index.members[m] ?? 0] ?? Number.NaN)) equal = false;
  let totalWeight = 0;
  let largest = -Infinity;
  for (let m = from; m < to; m++) {
    const i = index.members[m] ?? 0;
    const weight = equal ? 1 : (weights[i] ?? Number.NaN);
    if (!(weight >= 0)) continue;
    totalWeight += weight;
    if (!Number.isNaN(achievements[i] ?? Number.NaN) && weight > largest) largest = weight;
  }
  if (largest === -Infinity || largest === 0) return { score: Number.NaN, totalWeight };
  let scaledTotal = 0;
  for (let m = from; m < to; m++) {
    const i = index.members[m] ?? 0;
    const weight = equal ? 1 : (weights[i] ?? Number.NaN);
    if (weight >= 0 && !Number.isNaN(achievements[i] ?? Number.NaN)) scaledTotal += weight / largest;
  }
  let score = 0;
  for (let m = from; m < to; m++) {
    const i = index.members[m] ?? 0;
    const weight = equal ? 1 : (weights[i] ?? Number.NaN);
    const achievement = achievements[i] ?? Number.NaN;
    if (weight >= 0 && !Number.isNaN(achievement)) score += (weight / largest / scaledTotal) * (achievement > 1 ? 1 : achievement);
  }
  return { score: tidy(score), totalWeight };
}

export function scorePlanLowerBound(plan: TemplatePlan, index: PlanIndex, achievements: Float64Array, weights: Float64Array): LowerBoundScores {
  const { objectives } = plan;
  const firsts: number[] = [];
  for (let o = 0; o < objectives.size; o++) if (index.objectiveRow.get(objectives.code[o] ?? "") === o) firsts.push(o);
  const scores = new Float64Array(firsts.length);
  const parts = new Map<number, Part>();
  const children = new Map<string, number[]>();
  for (const o of firsts) {
    parts.set(o, weightedPart(index, o, achievements, weights));
    const parent = objectives.parent[o];
    if (objectives.strategic[o] === 1 || parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(o);
    else children.set(parent, [o]);
  }
  firsts.forEach((o, k) => {
    const own = parts.get(o) ?? { score: Number.NaN, totalWeight: 0 };
    if (objectives.strategic[o] !== 1) {
      scores[k] = own.score;
      return;
    }
    const hasOwn = (index.start[o + 1] ?? 0) > (index.start[o] ?? 0);
    const written = ownShareOf(plan, o);
    const share = !Number.isNaN(written) ? written : !hasOwn ? 0 : own.totalWeight > 0 && own.totalWeight < 1 ? own.totalWeight : 0.5;
    const contributions = (children.get(objectives.code[o] ?? "") ?? []).map((c) => parts.get(c)?.score ?? Number.NaN).filter((s) => !Number.isNaN(s));
    const mean = contributions.length > 0 ? tidy(contributions.reduce((sum, s) => sum + s / contributions.length, 0)) : Number.NaN;
    if (Number.isNaN(mean)) scores[k] = own.score;
    else if (Number.isNaN(own.score)) scores[k] = mean;
    else scores[k] = tidy(share * own.score + (1 - share) * mean);
  });
  return { achievements, objectiveCodes: firsts.map((o) => objectives.code[o] ?? ""), objectiveScores: scores };
}
