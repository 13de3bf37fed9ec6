/**
 * PERF.RAGGIUNGIMENTO: the degree of achievement as a fraction (1 = 100%), linear or
 * interpolated from a baseline, capped by `tetto` (default 100%) and counted 0 below
 * `soglia`. Every argument may be a range; the answer has the broadcast shape.
 */
import type { AchievementOptions } from "../core/calc/calcTypes";
import { mapBroadcast } from "./broadcast";
import { answer, type CellOutcome } from "./cellOutcome";
import { guarded, toExcelCell, toExcelMatrix, type ExcelCell } from "./excelResult";
import { evaluateIndicatorCells } from "./indicatorArguments";
import { readOptionalNumber } from "./valueArgument";

/** tetto and soglia as core options; a blank one keeps the core's default. */
export function readAchievementOptions(cap: unknown, threshold: unknown): CellOutcome<AchievementOptions> {
  const capValue = readOptionalNumber(cap, "tetto");
  if (!capValue.ok) return capValue;
  const thresholdValue = readOptionalNumber(threshold, "soglia");
  if (!thresholdValue.ok) return thresholdValue;
  const options: AchievementOptions = {};
  if (capValue.value !== undefined) options.cap = capValue.value;
  if (thresholdValue.value !== undefined) options.threshold = thresholdValue.value;
  return answer(options);
}

export function achievement(
  result: unknown,
  target: unknown,
  polarity: unknown,
  baseline: unknown,
  cap: unknown,
  threshold: unknown,
): ExcelCell[][] {
  return guarded("PERF.RAGGIUNGIMENTO", () => {
    const args = [
      { name: "risultato", value: result },
      { name: "target", value: target },
      { name: "polarità", value: polarity },
      { name: "baseline", value: baseline },
      { name: "tetto", value: cap },
      { name: "soglia", value: threshold },
    ];
    return toExcelMatrix(
      mapBroadcast(args, ([resultCell, targetCell, polarityCell, baselineCell, capCell, thresholdCell]) => {
        const options = readAchievementOptions(capCell, thresholdCell);
        if (!options.ok) return options;
        const cells = { result: resultCell, target: targetCell, polarity: polarityCell, baseline: baselineCell };
        const evaluation = evaluateIndicatorCells(cells, options.value);
        return evaluation.ok ? answer(evaluation.value.achievement) : evaluation;
      }, toExcelCell),
    );
  });
}
