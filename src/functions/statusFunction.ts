/**
 * PERF.STATO: "Raggiunto", "Parzialmente raggiunto", "Non raggiunto" or "Non valutabile"
 * (a placeholder or a missing value). An argument that cannot be read is a #VALUE!, not a
 * state: a typing error must not pass for "non valutabile". Nor does an Excel error in a
 * cell (#N/D from a lookup): that cell of the answer is an error too, so the error stays visible.
 * `soglia` («Parzialmente raggiunto» from) defaults to the scoring profile's default, 50%, the
 * threshold the Riepilogo and `scostamento-critico` use; `raggiunto` («Raggiunto» from, default 100%)
 * and `metodo` (lineare, rapporto, baseline, as PERF.RAGGIUNGIMENTO's) take a body's profile
 * («stati.raggiunto», «metodo»), so that the cell and the Riepilogo give one figure one verdict.
 */
import { computeStatus } from "../core/calc/computeStatus";
import type { Status } from "../core/calc/calcTypes";
import { mapBroadcast } from "./broadcast";
import { ErrorInput } from "./cellInput";
import { answer, guarded, invalid, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { evaluateIndicatorCells } from "./indicatorArguments";
import { readMethod, readOptionalNumber } from "./valueArgument";
import { defaultValidationSettings } from "../core/settings";

const DEFAULT_PARTIAL = defaultValidationSettings.criticalAchievement;
const DEFAULT_ACHIEVED = defaultValidationSettings.profile.achieved;

function statusOfCells(cells: unknown[]): CellAnswer<Status> {
  const [resultCell, targetCell, polarityCell, thresholdCell, achievedCell, methodCell] = cells;
  const threshold = readOptionalNumber(thresholdCell, "soglia");
  if (!threshold.ok) return threshold;
  const achieved = readOptionalNumber(achievedCell, "raggiunto");
  if (!achieved.ok) return achieved;
  if (achieved.value !== undefined && !(achieved.value > 0)) return invalid(`raggiunto: deve essere un grado maggiore di 0 (ad esempio 100% o 95%).`);
  const methods = readMethod(methodCell);
  if (!methods.ok) return methods;
  const evaluation = evaluateIndicatorCells({ result: resultCell, target: targetCell, polarity: polarityCell }, methods.value === undefined ? undefined : { methods: methods.value });
  if (evaluation.ok) {
    return answer(computeStatus({ ok: true, value: evaluation.value.achievement }, threshold.value ?? DEFAULT_PARTIAL, achieved.value ?? DEFAULT_ACHIEVED));
  }
  const errorCell = cells.some((cell) => cell instanceof ErrorInput);
  if (evaluation.failure.kind === "notAvailable" && !errorCell) {
    return answer(computeStatus({ ok: false }, threshold.value));
  }
  return evaluation;
}

export function status(result: unknown, target: unknown, polarity: unknown, threshold: unknown, achieved?: unknown, method?: unknown): ExcelCell[][] {
  return guarded("PERF.STATO", () => {
    const args = [
      { name: "risultato", value: result },
      { name: "target", value: target },
      { name: "polarità", value: polarity },
      { name: "soglia", value: threshold },
      { name: "raggiunto", value: achieved },
      { name: "metodo", value: method },
    ];
    return toExcelMatrix(mapBroadcast(args, statusOfCells, toExcelCell));
  });
}
