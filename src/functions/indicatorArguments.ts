/**
 * The arguments every indicator function shares (risultato; target; [polarità]; [baseline]),
 * read cell by cell and handed to the core's one entry point, evaluateIndicator, which
 * knows thresholds ("almeno 4 eventi"), milestones and placeholders. Plain numbers (the usual
 * range of results against a range of targets) go straight to its arithmetic, writeFigures:
 * two numbers read as quantities of the same unit, so the answer is the same, without reading;
 * and only to the figures the function reads (FiguresRead), with the same failures.
 *
 * A range's figures are written row after row into one record (`newIndicatorRecord`), which
 * the function reads before the next row is evaluated.
 */
import type { AchievementOptions, CalcFailure } from "../core/calc/calcTypes";
import type { Polarity } from "../core/plan/polarity";
import type { CellValue } from "../core/values/valueTypes";
import { evaluateIndicator } from "../core/calc/evaluateIndicator";
import { figuresAchievement, relativeDeviationOrNone, writeFigures, type IndicatorEvaluation } from "../core/calc/evaluateNumericIndicator";
import { deviationFigure } from "../core/calc/computeDeviation";
import { isBlank } from "./argumentMatrix";
import { answer, fromCalcFailure, type CellAnswer } from "./cellAnswer";
import { readArgumentValue, readCachedPolarity } from "./valueArgument";
import { plainNumber } from "./valueCache";

/** An indicator's figures: achievement, deviation (none for a milestone), relative deviation (none for a target of 0). */
export type { IndicatorEvaluation };

export interface IndicatorCells {
  result: unknown;
  target: unknown;
  polarity: unknown;
  baseline?: unknown;
}

/** A record for writeIndicatorCells to write into, one per call of a function, reused by its rows. */
export function newIndicatorRecord(): IndicatorEvaluation {
  return { achievement: 0, polarity: "increasing" };
}

/**
 * A number from an Excel cell carries no unit (a cell showing 88% sends 0.88): it takes the
 * unit of the written value it is compared with, so "89,55%" against a cell of 88% works.
 */
function withUnitOf(value: CellValue, raw: unknown, other: CellValue): CellValue {
  if (typeof raw !== "number" || value.kind !== "quantity") return value;
  if ((other.kind === "quantity" || other.kind === "threshold") && other.unit !== value.unit) return { ...value, unit: other.unit };
  return value;
}

/**
 * The figures of a row a function reads: all of them (a record kept whole), or the one it answers.
 * Plain numbers compute only that one (see writePlainFigures); other cells are evaluated whole.
 */
export type FiguresRead = "all" | "achievement" | "deviation" | "relativeDeviation";

/**
 * The figures of one row's cells written into `into` (null), or the failure that leaves none
 * (`into` then holds figures of an earlier row). A blank baseline cell means none. Of a row of
 * plain numbers, only the figures `reads` names are written; the others are of an earlier row.
 */
export function writeIndicatorCells(
  result: unknown,
  target: unknown,
  polarity: unknown,
  baseline: unknown,
  options: AchievementOptions | undefined,
  into: IndicatorEvaluation,
  reads: FiguresRead = "all",
): CellAnswer<never> | null {
  const plainResult = plainNumber(result);
  const plainTarget = plainNumber(target);
  if (plainResult !== undefined && plainTarget !== undefined) {
    const plainPolarity = readCachedPolarity(polarity);
    if (!plainPolarity.ok) return plainPolarity;
    const noBaseline = isBlank(baseline);
    const plainBaseline = noBaseline ? undefined : plainNumber(baseline);
    if (noBaseline || plainBaseline !== undefined) {
      const failure = writePlainFigures(reads, plainResult, plainTarget, plainPolarity.value, plainBaseline, options, into);
      return failure === null ? null : fromCalcFailure(failure);
    }
  }
  const resultValue = readArgumentValue(result, "risultato");
  if (!resultValue.ok) return resultValue;
  const targetValue = readArgumentValue(target, "target");
  if (!targetValue.ok) return targetValue;
  const polarityValue = readCachedPolarity(polarity);
  if (!polarityValue.ok) return polarityValue;
  let baselineValue;
  if (!isBlank(baseline)) {
    const read = readArgumentValue(baseline, "baseline");
    if (!read.ok) return read;
    baselineValue = withUnitOf(read.value, baseline, resultValue.value);
  }
  const input = {
    result: withUnitOf(resultValue.value, result, targetValue.value),
    target: withUnitOf(targetValue.value, target, resultValue.value),
    polarity: polarityValue.value,
  };
  const outcome = evaluateIndicator(baselineValue ? { ...input, baseline: baselineValue } : input, options);
  if (!outcome.ok) return fromCalcFailure(outcome);
  const { achievement, deviation, relativeDeviation, unit, polarity: applied } = outcome.value;
  into.achievement = achievement;
  into.deviation = deviation;
  into.relativeDeviation = relativeDeviation;
  into.unit = unit;
  into.polarity = applied;
  return null;
}

/**
 * The figures `reads` names of two plain numbers (read as quantities of the same unit, with no
 * bound), written into `into`, or the failure of the whole calculation, writeFigures: the
 * achievement alone is figuresAchievement; the deviations alone, with no baseline and no options,
 * fail only where the deviation does (see writeFigures), and the relative deviation is computed
 * only when read.
 */
function writePlainFigures(
  reads: FiguresRead,
  result: number,
  target: number,
  polarity: Polarity,
  baseline: number | undefined,
  options: AchievementOptions | undefined,
  into: IndicatorEvaluation,
): CalcFailure | null {
  if (reads === "achievement") {
    const achievement = figuresAchievement(result, target, polarity, null, baseline, options);
    if (typeof achievement !== "number") return achievement;
    into.achievement = achievement;
    return null;
  }
  if (reads === "all" || baseline !== undefined || options !== undefined) return writeFigures(result, target, "number", polarity, null, baseline, options, into);
  const deviation = deviationFigure(result, target, polarity);
  if (typeof deviation !== "number") return deviation;
  into.deviation = deviation;
  into.relativeDeviation = reads === "relativeDeviation" ? relativeDeviationOrNone(deviation, target, "number") : undefined;
  return null;
}

/** The figures of one row's cells as a record of their own (writeIndicatorCells, for a caller that keeps them). */
export function evaluateIndicatorCells(cells: IndicatorCells, options?: AchievementOptions): CellAnswer<IndicatorEvaluation> {
  const evaluation = newIndicatorRecord();
  const failure = writeIndicatorCells(cells.result, cells.target, cells.polarity, cells.baseline, options, evaluation);
  return failure ?? answer(evaluation);
}
