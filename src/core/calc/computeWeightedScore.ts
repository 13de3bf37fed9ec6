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
  const listed: (Partial<WeightedItem> | undefined)[] = Array.isArray(items) ? items : [];
  const outcome = weightedScoreOf(
    listed.map((item) => item?.achievement),
    listed.map((item) => item?.weight),
    cap,
  );
  return outcome.ok ? succeedLazily(outcome.value, outcome.explain) : outcome;
}

/**
 * computeWeightedScore of the achievements and their weights given as two lists side by side (no
 * object per item), its explanation written when asked: what a plan's objectives, managers and areas
 * are scored with.
 */
export function weightedScoreOf(achievements: readonly unknown[], weights: readonly unknown[], cap?: number): Explained<WeightedScore> {
  if (achievements.length === 0) return fail("notEvaluable", "Punteggio non calcolabile: nessun elemento da pesare.");
  if (cap !== undefined && (!isFiniteNumber(cap) || cap <= 0)) {
    return fail("invalidArgument", `Punteggio non calcolabile: il tetto deve essere un numero maggiore di 0, non ${shown(cap)}.`);
  }
  const evaluatedAchievements: number[] = [];
  const evaluatedWeights: number[] = [];
  for (let index = 0; index < achievements.length; index++) {
    const position = index + 1;
    const weight = weights[index];
    const achievement = achievements[index];
    if (!isFiniteNumber(weight) || weight < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il peso n. ${position} deve essere un numero finito non negativo, non ${shown(weight)}.`);
    }
    if (achievement === null) continue;
    if (!isFiniteNumber(achievement) || achievement < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il raggiungimento n. ${position} deve essere un numero finito non negativo, non ${shown(achievement)}.`);
    }
    evaluatedAchievements.push(achievement);
    evaluatedWeights.push(weight);
  }
  const excluded = achievements.length - evaluatedWeights.length;
  if (evaluatedWeights.length === 0) {
    return fail("notEvaluable", `Punteggio non calcolabile: nessun elemento valutabile (${excluded} non valutabili).`);
  }
  // A loop, not Math.max(...weights): spreading a range of a million cells overflows the call stack.
  let largest = -Infinity;
  for (const weight of evaluatedWeights) if (weight > largest) largest = weight;
  if (largest === 0) {
    return fail("divisionByZero", "Punteggio non calcolabile: i pesi degli elementi valutati sommano a 0.");
  }
  // Scaling by the largest weight keeps sums of huge weights finite; the ratios are unchanged.
  let scaledTotal = 0;
  let weightSum = 0;
  for (const weight of evaluatedWeights) {
    scaledTotal += weight / largest;
    weightSum += weight;
  }
  const evaluatedWeight = tidy(weightSum);
  if (!Number.isFinite(evaluatedWeight)) return outOfRange("la somma dei pesi");
  const shares = evaluatedWeights.map((weight) => weight / largest / scaledTotal);
  const counted = cap === undefined ? evaluatedAchievements : evaluatedAchievements.map((achievement) => (achievement > cap ? cap : achievement));
  let capped = 0;
  let sum = 0;
  for (let k = 0; k < shares.length; k++) {
    const achievement = counted[k] ?? 0;
    if (achievement !== evaluatedAchievements[k]) capped += 1;
    sum += (shares[k] ?? 0) * achievement;
  }
  const score = tidy(sum);
  if (!Number.isFinite(score)) return outOfRange("il punteggio");

  return explained({ score, evaluatedWeight, excluded }, () => {
    const formula = shares.map((share, k) => `${formatShare(share)} × ${formatShare(counted[k] ?? 0)}`).join(" + ");
    const notes: string[] = [];
    if (capped > 0 && cap !== undefined) notes.push(`${capped} ${capped === 1 ? "raggiungimento limitato" : "raggiungimenti limitati"} ${shareWithArticle("a", cap)}`);
    if (excluded > 0) notes.push(`${excluded} ${excluded === 1 ? "elemento non valutabile escluso" : "elementi non valutabili esclusi"}, pesi ripartiti sugli altri`);
    const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
    return `${formula} = ${formatShare(score)}${tail}`;
  });
}
