/**
 * PERF.PUNTEGGIO: the weighted score of achievements. Blank or placeholder achievements are
 * "non valutabili": excluded, with the remaining weights renormalised. A single weight is
 * used for every achievement (equal weights). The answer is one number.
 */
import { computeWeightedScore } from "../core/calc/computeWeightedScore";
import { describePosition, isBlank, positionsOf } from "./argumentMatrix";
import { broadcastArguments, cellAt, withoutBlankTail } from "./broadcast";
import { answer, fromCalcFailure, invalid, type CellOutcome } from "./cellOutcome";
import { guarded, toExcelValue } from "./excelResult";
import { readNumber, readOptionalNumber } from "./valueArgument";
import { readWeights } from "./weightCells";

function readAchievement(raw: unknown, where: string): CellOutcome<number | null> {
  if (isBlank(raw)) return answer(null);
  const value = readNumber(raw, where ? `raggiungimenti (${where})` : "raggiungimenti");
  if (!value.ok && value.failure.kind === "notAvailable") return answer(null);
  return value;
}

function scoreOf(achievements: unknown, weights: unknown, cap: unknown): CellOutcome<number> {
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
  const weightCells = positions.map(({ row, column }) => ({ row, column, raw: cellAt(weightMatrix, row, column) }));
  const readWeightsOutcome = readWeights(weightCells, shape);
  if (!readWeightsOutcome.ok) return readWeightsOutcome;
  const items: { achievement: number | null; weight: number }[] = [];
  for (const [index, { row, column }] of positions.entries()) {
    const raw = cellAt(achievementMatrix, row, column);
    const weight = readWeightsOutcome.value[index] ?? null;
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
