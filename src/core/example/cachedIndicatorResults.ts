/**
 * What the Scostamento and Raggiungimento formulas of an indicator row evaluate to,
 * computed by the core (`evaluateIndicator`, the same code PERF.SCOSTAMENTO and
 * PERF.RAGGIUNGIMENTO call) and stored as the formulas' cached results, so that a
 * reader without Excel (the CLI, a viewer) sees the figures. A row that cannot be
 * evaluated caches the error Excel shows: #N/D when a figure is missing (a
 * placeholder, a milestone has no deviation), #DIV/0! for a division by zero, #VALORE! when the
 * values cannot be compared: the errors PERF.SCOSTAMENTO and PERF.RAGGIUNGIMENTO give.
 */
import type { Polarity } from "../plan/polarity";
import { evaluateIndicator } from "../calc/evaluateIndicator";
import type { SheetCellValue } from "../report/sheetContent";
import { readCellValue } from "../values/readCellValue";
import { COUNT_FORMAT, DECIMAL_FORMAT, EURO_FORMAT, PERCENT_FORMAT } from "./cellFormats";
import type { ClerkEntry } from "./typeAsClerk";

export const NOT_AVAILABLE = "#N/D";
export const WRONG_VALUE = "#VALORE!";
export const DIVISION_BY_ZERO = "#DIV/0!";

const ERROR_OF_FAILURE: Partial<Record<string, string>> = { notEvaluable: NOT_AVAILABLE, divisionByZero: DIVISION_BY_ZERO };

export interface CachedIndicatorResults {
  deviation: SheetCellValue;
  /** Number format for the deviation: the unit of result and target. */
  deviationFormat?: string;
  achievement: SheetCellValue;
}

function read(entry: ClerkEntry) {
  return readCellValue(entry.value, entry.format ? { numberFormat: entry.format } : undefined);
}

function deviationFormat(unit: string | undefined, deviation: number): string {
  if (unit === "percent") return PERCENT_FORMAT;
  if (unit === "euro") return EURO_FORMAT;
  return Number.isInteger(deviation) ? COUNT_FORMAT : DECIMAL_FORMAT;
}

export function cachedIndicatorResults(result: ClerkEntry, target: ClerkEntry, polarity: Polarity): CachedIndicatorResults {
  const outcome = evaluateIndicator({ result: read(result), target: read(target), polarity });
  if (!outcome.ok) {
    const error = ERROR_OF_FAILURE[outcome.code] ?? WRONG_VALUE;
    return { deviation: error, achievement: error };
  }
  const { deviation, achievement, unit } = outcome.value;
  if (deviation === undefined) return { deviation: NOT_AVAILABLE, achievement };
  return { deviation, deviationFormat: deviationFormat(unit, deviation), achievement };
}
