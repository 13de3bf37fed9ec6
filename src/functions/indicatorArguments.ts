/**
 * The arguments every indicator function shares (risultato; target; [polarità]; [baseline]),
 * read cell by cell and handed to the core's one entry point, evaluateIndicator, which
 * knows thresholds ("almeno 4 eventi"), milestones and placeholders.
 */
import type { AchievementOptions } from "../core/calc/calcTypes";
import { evaluateIndicator } from "../core/calc/evaluateIndicator";
import { isBlank } from "./argumentMatrix";
import { answer, fromCalcFailure, type CellOutcome } from "./cellOutcome";
import { readPolarity } from "./polarityArgument";
import { readArgumentValue } from "./valueArgument";

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

export function evaluateIndicatorCells(
  cells: IndicatorCells,
  options?: AchievementOptions,
): CellOutcome<IndicatorEvaluation> {
  const result = readArgumentValue(cells.result, "risultato");
  if (!result.ok) return result;
  const target = readArgumentValue(cells.target, "target");
  if (!target.ok) return target;
  const polarity = readPolarity(cells.polarity);
  if (!polarity.ok) return polarity;
  let baseline;
  if (!isBlank(cells.baseline)) {
    const read = readArgumentValue(cells.baseline, "baseline");
    if (!read.ok) return read;
    baseline = read.value;
  }
  const input = { result: result.value, target: target.value, polarity: polarity.value };
  const outcome = evaluateIndicator(baseline ? { ...input, baseline } : input, options);
  return outcome.ok ? answer(outcome.value) : fromCalcFailure(outcome);
}
