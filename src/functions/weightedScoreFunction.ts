/**
 * PERF.PUNTEGGIO: the weighted score of achievements. Blank or placeholder achievements are
 * "non valutabili": excluded, with the remaining weights renormalised. So is an indicator
 * whose achievement or weight cell holds an Excel error (#N/D from a lookup, #DIV/0!): Excel
 * passes it since the metadata allows errors (see cellInput.ts), and the score leaves that
 * indicator out instead of failing whole. A single weight is used for every achievement
 * (equal weights). The answer is one number.
 */
import { computeWeightedScore } from "../core/calc/computeWeightedScore";
import { describePosition, isBlank, positionsOf } from "./argumentMatrix";
import { broadcastArguments, cellAt, withoutBlankTail } from "./broadcast";
import { ErrorInput } from "./cellInput";
import { answer, fromCalcFailure, guarded, invalid, toExcelValue, type CellAnswer } from "./cellAnswer";
import { readNumber, readOptionalNumber } from "./valueArgument";
import { readWeights } from "./weightCells";

function readAchievement(raw: unknown, where: string): CellAnswer<number | null> {
  if (isBlank(raw)) return answer(null);
  const value = readNumber(raw, where ? `raggiungimenti (${where})` : "raggiungimenti");
  if (!value.ok && value.failure.kind === "notAvailable") return answer(null);
  return value;
}

function scoreOf(achievements: unknown, weights: unknown, cap: unknown): CellAnswer<number> {
  const capValue = readOptionalNumber(cap, "tetto");
  if (!capValue.ok) return capValue;
  const broadcast = broadcastArguments([
    { name: "raggiungimenti", value: achievements },
    { name: "pesi", value: weights },
  ]);
  if (!broadcast.ok) return broadcast;
  const { shape, matrices } = withoutBlankTail(broadcast.value);
  const [achievementMatrix = [], weightMatrix = []] = matrices;
  const positions = positionsOf(shape);
  /** Positions whose weight cell is an Excel error: that indicator is not evaluable. */
  const errorWeights = new Set<number>();
  const weightCells = positions.map(({ row, column }, index) => {
    const raw = cellAt(weightMatrix, row, column);
    if (raw instanceof ErrorInput) errorWeights.add(index);
    return { row, column, raw: raw instanceof ErrorInput ? null : raw };
  });
  const weightsRead = readWeights(weightCells, shape);
  if (!weightsRead.ok) return weightsRead;
  const items: { achievement: number | null; weight: number }[] = [];
  for (const [index, { row, column }] of positions.entries()) {
    if (errorWeights.has(index)) continue;
    const raw = cellAt(achievementMatrix, row, column);
    const weight = weightsRead.value[index] ?? null;
    // A blank row (a whole column's empty tail) costs no text.
    if (weight === null && isBlank(raw)) continue;
    const where = describePosition(row, column, shape);
    const achievement = readAchievement(raw, where);
    if (!achievement.ok) return achievement;
    if (weight === null) {
      if (achievement.value === null) continue;
      return invalid(`pesi${where ? ` (${where})` : ""}: manca il peso di un raggiungimento.`);
    }
    items.push({ achievement: achievement.value, weight });
  }
  const score = computeWeightedScore(items, capValue.value);
  return score.ok ? answer(score.value.score) : fromCalcFailure(score);
}

export function weightedScore(achievements: unknown, weights: unknown, cap: unknown): number {
  return guarded("PERF.PUNTEGGIO", () => toExcelValue(scoreOf(achievements, weights, cap)));
}
