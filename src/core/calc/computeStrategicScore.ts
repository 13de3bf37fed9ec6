/**
 * Punteggio of a strategic objective: its own indicators' score and the mean of the
 * scores of the operational objectives that contribute to it (in the seed, 50% and 50%):
 *
 *   ownShare × ownScore + (1 − ownShare) × mean(contributions)
 *
 * - contributions that are null ("non valutabile") are left out of the mean and counted;
 * - when one side is entirely missing (ownScore null, or no contribution evaluated),
 *   the score is the other side alone, and the explanation says so;
 * - both sides missing -> `notEvaluable`;
 * - ownShare must be a finite fraction in [0, 1]; scores finite and >= 0 (`invalidArgument`).
 */
import type { Explained, Outcome } from "./calcTypes";
import { describeBadNumber, explained, fail, isFiniteNumber, tidy, withExplanation } from "./calcOutcome";
import { formatShare } from "../wording/formatNumbers";

export interface StrategicScoreInput {
  ownScore: number | null;
  ownShare: number;
  contributions: (number | null)[];
}

function isScore(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

function shown(value: unknown): string {
  return isFiniteNumber(value) ? formatShare(value) : describeBadNumber(value);
}

export function computeStrategicScore(input: StrategicScoreInput): Outcome<number> {
  return withExplanation(strategicScoreOf(input));
}

/** computeStrategicScore with its explanation written only when asked: what a plan's strategic objectives are scored with. */
export function strategicScoreOf(input: StrategicScoreInput): Explained<number> {
  const { ownScore, ownShare } = input;
  if (!Array.isArray(input.contributions)) {
    return fail("invalidArgument", "Punteggio strategico non calcolabile: i contributi degli obiettivi operativi devono essere un elenco.");
  }
  const contributions: unknown[] = input.contributions;
  if (!isFiniteNumber(ownShare) || ownShare < 0 || ownShare > 1) {
    return fail("invalidArgument", `Punteggio strategico non calcolabile: la quota degli indicatori propri deve essere tra 0% e 100%, non ${shown(ownShare)}.`);
  }
  if (ownScore !== null && !isScore(ownScore)) {
    return fail("invalidArgument", `Punteggio strategico non calcolabile: il punteggio degli indicatori propri deve essere un numero finito non negativo, non ${shown(ownScore)}.`);
  }
  const evaluated: number[] = [];
  for (const [index, contribution] of contributions.entries()) {
    if (contribution === null) continue;
    if (!isScore(contribution)) {
      return fail("invalidArgument", `Punteggio strategico non calcolabile: il contributo n. ${index + 1} deve essere un numero finito non negativo, non ${shown(contribution)}.`);
    }
    evaluated.push(contribution);
  }
  const excluded = contributions.length - evaluated.length;
  const excludedText = excluded > 0 ? `; ${excluded} non ${excluded === 1 ? "valutabile escluso" : "valutabili esclusi"}` : "";
  const mean = evaluated.length > 0 ? tidy(evaluated.reduce((sum, score) => sum + score / evaluated.length, 0)) : null;
  const meanText = (): string =>
    `media di ${evaluated.length} ${evaluated.length === 1 ? "obiettivo operativo" : "obiettivi operativi"} (${evaluated.map(formatShare).join(", ")}${excludedText})`;

  if (mean === null) {
    if (ownScore === null) {
      return fail("notEvaluable", "Punteggio strategico non calcolabile: né gli indicatori propri né gli obiettivi operativi che contribuiscono sono valutabili.");
    }
    const none = contributions.length === 0 ? "nessun obiettivo operativo indicato" : `nessun obiettivo operativo valutabile (${excluded} non ${excluded === 1 ? "valutabile" : "valutabili"})`;
    return explained(ownScore, () => `${none}: conta solo il punteggio degli indicatori propri, ${formatShare(ownScore)}`);
  }
  if (ownScore === null) return explained(mean, () => `indicatori propri non valutabili: conta solo la ${meanText()}, ${formatShare(mean)}`);
  const score = tidy(ownShare * ownScore + (1 - ownShare) * mean);
  return explained(
    score,
    () => `${formatShare(ownShare)} × ${formatShare(ownScore)} + ${formatShare(1 - ownShare)} × ${formatShare(mean)} = ${formatShare(score)}, dove ${formatShare(mean)} è la ${meanText()}`,
  );
}
