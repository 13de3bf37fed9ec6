/**
 * The "Anomalie" sheet: one row per anomaly, in the order given (validatePlan's
 * order), each with a link to its cell. Shared by the pane ("Crea riepilogo")
 * and the command line's annotated copy, so both write the same sheet.
 */
import { sheetReference } from "../plan/a1";
import { ANOMALIES_HEADERS, ANOMALIES_SHEET } from "../reportSheets";
import type { Anomaly } from "../rules/anomaly";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetContent } from "./sheetContent";

/** Column of the linked cell address. */
const CELL_COLUMN = 3;

export function buildAnomaliesSheet(anomalies: readonly Anomaly[]): SheetContent {
  const sheet = new SheetBuilder(ANOMALIES_SHEET);
  sheet.addRow([...ANOMALIES_HEADERS], true);
  for (const anomaly of anomalies) {
    const row = sheet.addRow([
      anomaly.severity,
      anomaly.rule,
      anomaly.sheet,
      anomaly.cell,
      anomaly.objective ?? "",
      anomaly.indicator ?? "",
      anomaly.message,
      anomaly.suggestion ?? "",
    ]);
    sheet.link(row, CELL_COLUMN, sheetReference(anomaly.sheet, anomaly.cell));
  }
  return sheet.build({ columnWidths: { 0: 10, 1: 24, 2: 16, 3: 8, 4: 10, 5: 10, 6: 80, 7: 60 } });
}
