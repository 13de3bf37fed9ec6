/**
 * Punteggio of an objective: the weighted mean of its indicators' achievements.
 *
 * - weights are normalised by the sum of the weights of the evaluated items, so they
 *   may be fractions (0,7), percentages or whole numbers (70) alike;
 * - an item whose achievement is null is "non valutabile": excluded, counted in
 *   `excluded`, and its weight shared among the others (the explanation says so);
 * - `cap` (optional) limits each achievement before averaging (e.g. 1 = 100%);
 * - no evaluated item -> `notEvaluable`; evaluated weights summing to 0 -> `divisionByZero`;
 *   a negative or non-finite weight or achievement, or a cap <= 0 -> `invalidArgument`.
 * `evaluatedWeight` is the sum of the evaluated items' weights, in the scale given.
 */
import type { Explained, Outcome } from "./calcTypes";
import { describeBadNumber, explained, fail, isFiniteNumber, outOfRange, succeedLazily, tidy } from "./calcOutcome";
import { formatFigure, formatShare, shareWithArticle } from "../wording/formatNumbers";

export interface WeightedItem {
  achievement: number | null;
  weight: number;
}

export interface WeightedScore {
  score: number;
  evaluatedWeight: number;
  excluded: number;
}

function shown(value: unknown): string {
  return isFiniteNumber(value) ? formatFigure(value) : describeBadNumber(value);
}

export function computeWeightedScore(items: WeightedItem[], cap?: number): Outcome<WeightedScore> {
  // Whatever the items hold goes on to be checked there, as a PERF function may pass anything.
  const listed: (WeightedItem | undefined)[] = Array.isArray(items) ? items : [];
  const outcome = weightedScoreOf(
    listed.map((item) => item?.achievement as number | null),
    listed.map((item) => item?.weight as number),
    cap,
  );
  return outcome.ok ? succeedLazily(outcome.value, outcome.explain) : outcome;
}

/**
 * computeWeightedScore of the achievements and their weights given as two lists side by side (no
 * object per item), its explanation written when asked: what a plan's objectives, managers and areas
 * are scored with. The lists must not change afterwards: the explanation reads them.
 */
export function weightedScoreOf(achievements: readonly (number | null)[], weights: readonly number[], cap?: number): Explained<WeightedScore> {
  if (achievements.length === 0) return fail("notEvaluable", "Punteggio non calcolabile: nessun elemento da pesare.");
  if (cap !== undefined && (!isFiniteNumber(cap) || cap <= 0)) {
    return fail("invalidArgument", `Punteggio non calcolabile: il tetto deve essere un numero maggiore di 0, non ${shown(cap)}.`);
  }
  let evaluated = 0;
  // A loop, not Math.max(...weights): spreading a range of a million cells overflows the call stack.
  let largest = -Infinity;
  for (let index = 0; index < achievements.length; index++) {
    // Checked as unknown: the PERF functions pass whatever a range holds.
    const weight: unknown = weights[index];
    const achievement: unknown = achievements[index];
    if (!isFiniteNumber(weight) || weight < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il peso n. ${index + 1} deve essere un numero finito non negativo, non ${shown(weight)}.`);
    }
    if (achievement === null) continue;
    if (!isFiniteNumber(achievement) || achievement < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il raggiungimento n. ${index + 1} deve essere un numero finito non negativo, non ${shown(achievement)}.`);
    }
    evaluated += 1;
    if (weight > largest) largest = weight;
  }
  const excluded = achievements.length - evaluated;
  if (evaluated === 0) {
    return fail("notEvaluable", `Punteggio non calcolabile: nessun elemento valutabile (${excluded} non valutabili).`);
  }
  if (largest === 0) {
    return fail("divisionByZero", "Punteggio non calcolabile: i pesi degli elementi valutati sommano a 0.");
  }
  // Scaling by the largest weight keeps sums of huge weights finite; the ratios are unchanged.
  let scaledTotal = 0;
  let weightSum = 0;
  for (let index = 0; index < achievements.length; index++) {
    if (achievements[index] === null) continue;
    const weight = weights[index] ?? 0;
    scaledTotal += weight / largest;
    weightSum += weight;
  }
  const evaluatedWeight = tidy(weightSum);
  if (!Number.isFinite(evaluatedWeight)) return outOfRange("la somma dei pesi");
  const shareOf = (index: number): number => (weights[index] ?? 0) / largest / scaledTotal;
  const counted = (achievement: number): number => (cap !== undefined && achievement > cap ? cap : achievement);
  let capped = 0;
  let sum = 0;
  for (let index = 0; index < achievements.length; index++) {
    const achievement = achievements[index] ?? null;
    if (achievement === null) continue;
    if (counted(achievement) !== achievement) capped += 1;
    sum += shareOf(index) * counted(achievement);
  }
  const score = tidy(sum);
  if (!Number.isFinite(score)) return outOfRange("il punteggio");

  return explained({ score, evaluatedWeight, excluded }, () => {
    const terms: string[] = [];
    for (let index = 0; index < achievements.length; index++) {
      const achievement = achievements[index] ?? null;
      if (achievement !== null) terms.push(`${formatShare(shareOf(index))} × ${formatShare(counted(achievement))}`);
    }
    const notes: string[] = [];
    if (capped > 0 && cap !== undefined) notes.push(`${capped} ${capped === 1 ? "raggiungimento limitato" : "raggiungimenti limitati"} ${shareWithArticle("a", cap)}`);
    if (excluded > 0) notes.push(`${excluded} ${excluded === 1 ? "elemento non valutabile escluso" : "elementi non valutabili esclusi"}, pesi ripartiti sugli altri`);
    const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
    return `${terms.join(" + ")} = ${formatShare(score)}${tail}`;
  });
}
