/**
 * Punteggio of a manager (dirigente): the weighted sum of the scores of the objectives
 * assigned to them, with the weights of the "pesi" table as fractions summing to 100%.
 *
 * - weights that do not sum to 100% (beyond floating-point noise, 1e-9) are normalised
 *   by their sum, and the explanation says so with the sum found;
 * - an objective whose score is null is "non valutabile": excluded, its weight shared
 *   among the others (as `computeWeightedScore`), and said so;
 * - no objective evaluated -> `notEvaluable`; negative or non-finite weights or scores ->
 *   `invalidArgument`.
 */
import type { Outcome } from "./calcTypes";
import { isFiniteNumber, succeedLazily } from "./calcOutcome";
import { weightedScoreOf } from "./computeWeightedScore";
import { formatShare } from "../wording/formatNumbers";

export interface ManagerObjectiveScore {
  score: number | null;
  weight: number;
}

const SUM_EPSILON = 1e-9;

export function computeManagerScore(items: ManagerObjectiveScore[]): Outcome<number> {
  // Whatever the items hold goes on to be checked there, as a PERF function may pass anything.
  const listed: (ManagerObjectiveScore | undefined)[] = Array.isArray(items) ? items : [];
  const weighted = weightedScoreOf(
    listed.map((item) => item?.score as number | null),
    listed.map((item) => item?.weight as number),
  );
  if (!weighted.ok) {
    const message = weighted.message
      .replace(/^Punteggio non calcolabile/, "Punteggio del responsabile non calcolabile")
      .replace("il raggiungimento n.", "il punteggio n.");
    return { ...weighted, message };
  }
  let total = 0;
  for (const item of items) total += isFiniteNumber(item.weight) ? item.weight : 0;
  const note =
    Math.abs(total - 1) > SUM_EPSILON
      ? `; pesi normalizzati: sommano a ${formatShare(total)}, non a 100%`
      : "";
  return succeedLazily(weighted.value.score, () => `${weighted.explain()}${note}`);
}
