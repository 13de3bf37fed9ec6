/**
 * PERF.STATO: "Raggiunto", "Parzialmente raggiunto", "Non raggiunto" or "Non valutabile"
 * (a placeholder or a missing value). An argument that cannot be read is a #VALUE!, not a
 * state: a typing error must not pass for "non valutabile". Nor does an Excel error in a
 * cell (#N/D from a lookup): that cell of the answer is an error too, so the error stays visible.
 * `soglia` («Parzialmente raggiunto» from) defaults to the scoring profile's default, 50%, the
 * threshold the Riepilogo and `scostamento-critico` use: one figure, one verdict.
 */
import { computeStatus } from "../core/calc/computeStatus";
import type { Status } from "../core/calc/calcTypes";
import { mapBroadcast } from "./broadcast";
import { ErrorInput } from "./cellInput";
import { answer, guarded, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { evaluateIndicatorCells } from "./indicatorArguments";
import { readOptionalNumber } from "./valueArgument";
import { defaultValidationSettings } from "../core/settings";

const DEFAULT_PARTIAL = defaultValidationSettings.criticalAchievement;

function statusOfCells(cells: unknown[]): CellAnswer<Status> {
  const [resultCell, targetCell, polarityCell, thresholdCell] = cells;
  const threshold = readOptionalNumber(thresholdCell, "soglia");
  if (!threshold.ok) return threshold;
  const evaluation = evaluateIndicatorCells({ result: resultCell, target: targetCell, polarity: polarityCell });
  if (evaluation.ok) {
    return answer(computeStatus({ ok: true, value: evaluation.value.achievement }, threshold.value ?? DEFAULT_PARTIAL));
  }
  const errorCell = cells.some((cell) => cell instanceof ErrorInput);
  if (evaluation.failure.kind === "notAvailable" && !errorCell) {
    return answer(computeStatus({ ok: false }, threshold.value));
  }
  return evaluation;
}

export function status(result: unknown, target: unknown, polarity: unknown, threshold: unknown): ExcelCell[][] {
  return guarded("PERF.STATO", () => {
    const args = [
      { name: "risultato", value: result },
      { name: "target", value: target },
      { name: "polarità", value: polarity },
      { name: "soglia", value: threshold },
    ];
    return toExcelMatrix(mapBroadcast(args, statusOfCells, toExcelCell));
  });
}
