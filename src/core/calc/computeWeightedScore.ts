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
import type { Outcome } from "./calcTypes";
import { describeBadNumber, fail, isFiniteNumber, outOfRange, succeedLazily, tidy } from "./calcOutcome";
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
  if (!Array.isArray(items) || items.length === 0) return fail("notEvaluable", "Punteggio non calcolabile: nessun elemento da pesare.");
  if (cap !== undefined && (!isFiniteNumber(cap) || cap <= 0)) {
    return fail("invalidArgument", `Punteggio non calcolabile: il tetto deve essere un numero maggiore di 0, non ${shown(cap)}.`);
  }
  const evaluated: { achievement: number; weight: number }[] = [];
  for (const [index, item] of items.entries()) {
    const position = index + 1;
    const weight: unknown = item?.weight;
    const achievement: unknown = item?.achievement;
    if (!isFiniteNumber(weight) || weight < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il peso n. ${position} deve essere un numero finito non negativo, non ${shown(weight)}.`);
    }
    if (achievement === null) continue;
    if (!isFiniteNumber(achievement) || achievement < 0) {
      return fail("invalidArgument", `Punteggio non calcolabile: il raggiungimento n. ${position} deve essere un numero finito non negativo, non ${shown(achievement)}.`);
    }
    evaluated.push({ achievement, weight });
  }
  const excluded = items.length - evaluated.length;
  if (evaluated.length === 0) {
    return fail("notEvaluable", `Punteggio non calcolabile: nessun elemento valutabile (${excluded} non valutabili).`);
  }
  // A loop, not Math.max(...weights): spreading a range of a million cells overflows the call stack.
  const largest = evaluated.reduce((max, item) => (item.weight > max ? item.weight : max), -Infinity);
  if (largest === 0) {
    return fail("divisionByZero", "Punteggio non calcolabile: i pesi degli elementi valutati sommano a 0.");
  }
  // Scaling by the largest weight keeps sums of huge weights finite; the ratios are unchanged.
  const scaledTotal = evaluated.reduce((sum, item) => sum + item.weight / largest, 0);
  const evaluatedWeight = tidy(evaluated.reduce((sum, item) => sum + item.weight, 0));
  if (!Number.isFinite(evaluatedWeight)) return outOfRange("la somma dei pesi");
  let capped = 0;
  const terms = evaluated.map((item) => {
    const achievement = cap !== undefined && item.achievement > cap ? cap : item.achievement;
    if (achievement !== item.achievement) capped += 1;
    return { share: item.weight / largest / scaledTotal, achievement };
  });
  const score = tidy(terms.reduce((sum, term) => sum + term.share * term.achievement, 0));
  if (!Number.isFinite(score)) return outOfRange("il punteggio");

  return succeedLazily({ score, evaluatedWeight, excluded }, () => {
    const formula = terms.map((term) => `${formatShare(term.share)} × ${formatShare(term.achievement)}`).join(" + ");
    const notes: string[] = [];
    if (capped > 0 && cap !== undefined) notes.push(`${capped} ${capped === 1 ? "raggiungimento limitato" : "raggiungimenti limitati"} ${shareWithArticle("a", cap)}`);
    if (excluded > 0) notes.push(`${excluded} ${excluded === 1 ? "elemento non valutabile escluso" : "elementi non valutabili esclusi"}, pesi ripartiti sugli altri`);
    const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
    return `${formula} = ${formatShare(score)}${tail}`;
  });
}
