/**
 * What the reader tells about a recognised sheet: its role, header row, the recognised columns
 * (field, header as written, A1 address of the header cell) and the expected fields it could not
 * find. Results and declared deviations written without a date are reported under the reporting
 * period's field ("Risultati raggiunti" -> result30_6 at 30/6); when the sheet also has that dated
 * column, the undated one was not used and is not listed.
 */
import type { FieldId, Period, SheetRecognition } from "./planModel";
import { datedField, type ReadField } from "./mapColumns";
import type { SheetLayout } from "./recognizeSheet";
import { expectedFields } from "./roleFields";

/** The field of a read field at the reporting date: an undated result is the date's result. */
export function periodField(field: ReadField, period: Period): FieldId {
  if (field === "resultUndated") return datedField("result", period);
  if (field === "declaredDeviationUndated") return datedField("declaredDeviation", period);
  if (field === "targetUndated") return datedField("target", period);
  return field;
}

export function sheetRecognition(layout: SheetLayout, period: Period): SheetRecognition {
  const dated = new Set<FieldId>(layout.columns.map((column) => column.field));
  const columns: SheetRecognition["columns"] = [];
  for (const column of layout.columns) {
    const field = periodField(column.field, period);
    if (field !== column.field && dated.has(field)) continue;
    columns.push({ field, header: column.header, address: column.address });
  }
  const present = new Set<FieldId>(columns.map((column) => column.field));
  const missing = expectedFields(layout.role).filter((field) => !present.has(field));
  return { sheet: layout.sheet, role: layout.role, headerRow: layout.sheetHeaderRow, columns, missing };
}
