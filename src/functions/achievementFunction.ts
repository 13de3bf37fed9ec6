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
import { newIndicatorRecord, writeIndicatorCells } from "./indicatorArguments";
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

/** tetto, soglia and metodo as core options, or why they cannot be used. */
function readOptionCells(cap: unknown, threshold: unknown, method: unknown): CellAnswer<AchievementOptions> {
  const options = readAchievementOptions(cap, threshold);
  if (!options.ok) return options;
  const methods = readMethod(method);
  if (!methods.ok) return methods;
  return methods.value === undefined ? options : answer({ ...options.value, methods: methods.value });
}

/**
 * readOptionCells for the rows of one range, row after row. The rows of a range mostly share
 * their options (one tetto for the whole column, or none at all): a row whose three cells are
 * those of the row before gets the same answer, without reading them again.
 */
function optionCellsReader(): (cap: unknown, threshold: unknown, method: unknown) => CellAnswer<AchievementOptions> {
  let last: { cap: unknown; threshold: unknown; method: unknown; options: CellAnswer<AchievementOptions> } | undefined;
  return (cap, threshold, method) => {
    if (last === undefined || last.cap !== cap || last.threshold !== threshold || last.method !== method) {
      last = { cap, threshold, method, options: readOptionCells(cap, threshold, method) };
    }
    return last.options;
  };
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
    const optionsOf = optionCellsReader();
    const figures = newIndicatorRecord();
    return toExcelMatrix(
      mapBroadcast(args, (cells) => {
        const options = optionsOf(cells[4], cells[5], cells[6]);
        if (!options.ok) return options;
        return writeIndicatorCells(cells[0], cells[1], cells[2], cells[3], options.value, figures, "achievement") ?? answer(figures.achievement);
      }, toExcelCell),
    );
  });
}
