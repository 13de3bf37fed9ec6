/**
 * What the reader tells about a recognised sheet: its role, header row, the recognised columns
 * (field, header as written, A1 address of the header cell) and the expected fields it could not
 * find. Results and declared deviations written without a date are reported under the reporting
 * period's field ("Risultati raggiunti" -> result30_6 at 30/6); when the sheet also has that dated
 * column, the undated one was not used and is not listed.
 */
import type { PlanField } from "./planFields";
import type { Period, SheetRecognition } from "./planModel";
import type { ReadField } from "./mapColumns";
import type { SheetLayout } from "./recognizeSheet";
import { expectedFields } from "./roleFields";

/** The plan field of a read field at the reporting period: an undated result is the period's result. */
export function periodField(field: ReadField, period: Period): PlanField {
  const suffix = period === "30/6" ? "30_6" : "31_12";
  if (field === "resultUndated") return `result${suffix}`;
  if (field === "declaredDeviationUndated") return `declaredDeviation${suffix}`;
  return field;
}

export function sheetRecognition(layout: SheetLayout, period: Period): SheetRecognition {
  const dated = new Set(layout.columns.map((column) => column.field));
  const columns: SheetRecognition["columns"] = [];
  for (const column of layout.columns) {
    const field = periodField(column.field, period);
    if (field !== column.field && dated.has(field)) continue;
    columns.push({ field, header: column.header, address: column.address });
  }
  const present = new Set(columns.map((column) => column.field));
  const missing = expectedFields(layout.role).filter((field) => !present.has(field));
  return { sheet: layout.sheet, role: layout.role, headerRow: layout.sheetHeaderRow, columns, missing };
}
