/**
 * Reading the mid-year revision table ("Revisioni"): one row per revised indicator, with the
 * forecast and the actual at 30/6, the forecast at 31/12, the new forecast and the reason. The
 * objective code is carried down over blank cells (one code over several revised indicators);
 * the indicator number is read from labels such as "Indicatore 3:" or "Nuovo Indicatore 3".
 * Cells of recognised columns are kept even when blank.
 */
import type { Grid } from "./grid";
import { cellRef } from "./gridCells";
import { indicatorNumberText } from "./planCodes";
import type { RevisionRow } from "./planModel";
import type { SheetLayout } from "./sheetLayout";
import { cellAt, columnOf, isFilledAt, rowKind, sheetTable, textAt, type SheetTable } from "./sheetTable";
import { CellReading } from "./cellReading";

const VALUES = ["forecast30_6", "actual30_6", "forecast31_12", "newForecast31_12"] as const;

function hasRevision(table: SheetTable, r: number, number: string): boolean {
  return number !== "" || VALUES.some((field) => isFilledAt(table, r, field));
}

export function readRevisionsSheet(grid: Grid, layout: SheetLayout, reading = new CellReading()): RevisionRow[] {
  const table = sheetTable(grid, layout, reading);
  const refCol = columnOf(table, "indicatorNumber") ?? columnOf(table, "objectiveCode") ?? 0;
  const rows: RevisionRow[] = [];
  let code = "";
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    if (rowKind(table, r) !== "data") continue;
    const written = textAt(table, r, "objectiveCode");
    if (written !== "") code = written;
    const numberText = textAt(table, r, "indicatorNumber");
    if (!hasRevision(table, r, numberText)) continue;
    const row: RevisionRow = {
      objectiveCode: code,
      indicatorNumber: indicatorNumberText(numberText),
      ref: cellRef(grid.sheet, table.origin, r, refCol),
    };
    const [forecast30, actual30, forecast31, newForecast31] = VALUES.map((field) => cellAt(table, r, field));
    if (forecast30) row.forecast30_6 = forecast30;
    if (actual30) row.actual30_6 = actual30;
    if (forecast31) row.forecast31_12 = forecast31;
    if (newForecast31) row.newForecast31_12 = newForecast31;
    const reason = textAt(table, r, "reason");
    if (reason !== "") row.reason = reason;
    rows.push(row);
  }
  return rows;
}
