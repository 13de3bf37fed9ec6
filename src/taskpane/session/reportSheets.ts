import { buildAnomaliesSheet } from "../../core/report/buildAnomaliesSheet";
import { buildSummarySheet } from "../../core/report/buildSummarySheet";
import type { SheetContent } from "../../core/report/sheetContent";
import type { ValidationOutcome } from "./sessionTypes";

/** "Crea riepilogo": the Riepilogo and Anomalie sheets of one validation, built by the core. */
export function reportSheets(outcome: ValidationOutcome): SheetContent[] {
  return [buildSummarySheet(outcome.plan, outcome.scores), buildAnomaliesSheet(outcome.anomalies)];
}
