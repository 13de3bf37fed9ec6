/**
 * PERF.SCOSTAMENTO and PERF.SCOSTAMENTO.PERC: the deviation of a result from its target,
 * positive = better than target, absolute or relative to |target|. Ranges give arrays.
 */
import { mapBroadcast } from "./broadcast";
import { answer, failure, guarded, notEvaluable, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { newIndicatorRecord, writeIndicatorCells, type IndicatorEvaluation } from "./indicatorArguments";

type DeviationKind = "deviation" | "relativeDeviation";

/** A milestone has no deviation (#N/A); a target of 0 has no relative deviation (#DIV/0!). */
function pickDeviation(evaluation: IndicatorEvaluation, kind: DeviationKind): CellAnswer<number> {
  if (evaluation.deviation === undefined) {
    return notEvaluable("lo scostamento non è definito per una milestone: usa PERF.RAGGIUNGIMENTO.");
  }
  const value = evaluation[kind];
  if (value === undefined) return failure("divisionByZero", "target 0: lo scostamento relativo non è definito.");
  return answer(value);
}

function deviationMatrix(kind: DeviationKind, result: unknown, target: unknown, polarity: unknown): ExcelCell[][] {
  const args = [
    { name: "risultato", value: result },
    { name: "target", value: target },
    { name: "polarità", value: polarity },
  ];
  const figures = newIndicatorRecord();
  return toExcelMatrix(
    mapBroadcast(args, (cells) => writeIndicatorCells(cells[0], cells[1], cells[2], undefined, undefined, figures, kind) ?? pickDeviation(figures, kind), toExcelCell),
  );
}

export function deviation(result: unknown, target: unknown, polarity: unknown): ExcelCell[][] {
  return guarded("PERF.SCOSTAMENTO", () => deviationMatrix("deviation", result, target, polarity));
}

export function relativeDeviation(result: unknown, target: unknown, polarity: unknown): ExcelCell[][] {
  return guarded("PERF.SCOSTAMENTO.PERC", () => deviationMatrix("relativeDeviation", result, target, polarity));
}
