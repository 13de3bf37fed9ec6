/**
 * PERF.RAGGIUNGIMENTO: the degree of achievement as a fraction (1 = 100%), linear or
 * interpolated from a baseline, capped by `tetto` (default 100%) and counted 0 below
 * `soglia`. `metodo` is the scoring profile's method for any polarity: «lineare», «rapporto»
 * (result / target; decrescente target / result) or «baseline»; blank keeps today's rule (the
 * baseline when one is given, else linear). Every argument may be a range; the answer has the
 * broadcast shape.
 */
import type { AchievementOptions } from "../core/calc/calcTypes";
import { mapBroadcast } from "./broadcast";
import { answer, guarded, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { evaluateIndicatorCells } from "./indicatorArguments";
import { readMethod, readOptionalNumber } from "./valueArgument";

/** tetto and soglia as core options; a blank one keeps the core's default. */
function readAchievementOptions(cap: unknown, threshold: unknown): CellAnswer<AchievementOptions> {
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
  method?: unknown,
): ExcelCell[][] {
  return guarded("PERF.RAGGIUNGIMENTO", () => {
    const args = [
      { name: "risultato", value: result },
      { name: "target", value: target },
      { name: "polarità", value: polarity },
      { name: "baseline", value: baseline },
      { name: "tetto", value: cap },
      { name: "soglia", value: threshold },
      { name: "metodo", value: method },
    ];
    return toExcelMatrix(
      mapBroadcast(args, ([resultCell, targetCell, polarityCell, baselineCell, capCell, thresholdCell, methodCell]) => {
        const options = readAchievementOptions(capCell, thresholdCell);
        if (!options.ok) return options;
        const methods = readMethod(methodCell);
        if (!methods.ok) return methods;
        const cells = { result: resultCell, target: targetCell, polarity: polarityCell, baseline: baselineCell };
        const evaluation = evaluateIndicatorCells(cells, methods.value === undefined ? options.value : { ...options.value, methods: methods.value });
        return evaluation.ok ? answer(evaluation.value.achievement) : evaluation;
      }, toExcelCell),
    );
  });
}
