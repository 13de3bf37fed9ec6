/**
 * The sheets the pane writes, built by the core, as one chunk loaded on demand (see
 * coreChunks.ts): "Crea riepilogo" (Riepilogo and Anomalie) and "Inserisci modello".
 */
import { buildTemplateSheets } from "../../core/example/templateSheets";
import { buildAnomaliesSheet, buildSummarySheet } from "../../core/report/buildReportSheets";
import type { SheetContent } from "../../core/report/sheetContent";
import type { ValidationOutcome } from "./sessionTypes";

/** "Crea riepilogo": the Riepilogo and Anomalie sheets of one validation. */
export function buildReportSheets(outcome: ValidationOutcome): SheetContent[] {
  return [buildSummarySheet(outcome.plan, outcome.scores), buildAnomaliesSheet(outcome.anomalies)];
}

/** "Inserisci modello": the empty plan template's sheets, in Italian like the plans it reads. */
export function buildTemplate(): SheetContent[] {
  return buildTemplateSheets("it");
}
