/**
 * The arguments every indicator function shares (risultato; target; [polarità]; [baseline]),
 * read cell by cell and handed to the core's one entry point, evaluateIndicator, which
 * knows thresholds ("almeno 4 eventi"), milestones and placeholders. Plain numbers (the usual
 * range of results against a range of targets) go straight to its arithmetic, indicatorFigures:
 * two numbers read as quantities of the same unit, so the answer is the same, without reading.
 */
import type { AchievementOptions } from "../core/calc/calcTypes";
import type { CellValue } from "../core/values/valueTypes";
import { evaluateIndicator } from "../core/calc/evaluateIndicator";
import { indicatorFigures } from "../core/calc/evaluateNumericIndicator";
import { isBlank } from "./argumentMatrix";
import { answer, fromCalcFailure, type CellAnswer } from "./cellAnswer";
import { readArgumentValue, readCachedPolarity } from "./valueArgument";
import { plainNumber } from "./valueCache";

export interface IndicatorCells {
  result: unknown;
  target: unknown;
  polarity: unknown;
  baseline?: unknown;
}

export interface IndicatorEvaluation {
  achievement: number;
  deviation?: number;
  relativeDeviation?: number;
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

export function evaluateIndicatorCells(
  cells: IndicatorCells,
  options?: AchievementOptions,
): CellAnswer<IndicatorEvaluation> {
  const plainResult = plainNumber(cells.result);
  const plainTarget = plainNumber(cells.target);
  if (plainResult !== undefined && plainTarget !== undefined) {
    const polarity = readCachedPolarity(cells.polarity);
    if (!polarity.ok) return polarity;
    const baseline = isBlank(cells.baseline) ? undefined : plainNumber(cells.baseline);
    if (baseline !== undefined || isBlank(cells.baseline)) {
      const figures = { result: plainResult, target: plainTarget, unit: "number" as const, polarity: polarity.value, bound: null };
      const evaluation = indicatorFigures(baseline === undefined ? figures : { ...figures, baseline }, options);
      return "ok" in evaluation ? fromCalcFailure(evaluation) : answer(evaluation);
    }
  }
  const result = readArgumentValue(cells.result, "risultato");
  if (!result.ok) return result;
  const target = readArgumentValue(cells.target, "target");
  if (!target.ok) return target;
  const polarity = readCachedPolarity(cells.polarity);
  if (!polarity.ok) return polarity;
  let baseline;
  if (!isBlank(cells.baseline)) {
    const read = readArgumentValue(cells.baseline, "baseline");
    if (!read.ok) return read;
    baseline = withUnitOf(read.value, cells.baseline, result.value);
  }
  const input = {
    result: withUnitOf(result.value, cells.result, target.value),
    target: withUnitOf(target.value, cells.target, result.value),
    polarity: polarity.value,
  };
  const outcome = evaluateIndicator(baseline ? { ...input, baseline } : input, options);
  return outcome.ok ? answer(outcome.value) : fromCalcFailure(outcome);
}
