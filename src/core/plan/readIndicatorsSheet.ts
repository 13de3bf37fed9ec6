/**
 * Reading an indicator sheet ("Indicatori"): one indicator per data row. The objective code is
 * carried down over blank code cells, as merged cells ("1.1" written once over its indicators)
 * arrive blank; an indicator above the first code gets the code "" and stays in the plan, as do
 * indicators whose code names no objective (the rules report them).
 */
import type { Grid } from "./grid";
import { IndicatorCounter, readIndicatorRow, type IndicatorRow } from "./readIndicatorRow";
import type { SheetLayout } from "./recognizeSheet";
import { rowKind, sheetTable, textAt } from "./sheetTable";

export function readIndicatorsSheet(grid: Grid, layout: SheetLayout): IndicatorRow[] {
  const table = sheetTable(grid, layout);
  const counter = new IndicatorCounter();
  const rows: IndicatorRow[] = [];
  let code = "";
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    if (rowKind(table, r) !== "data") continue;
    const written = textAt(table, r, "objectiveCode");
    if (written !== "") code = written;
    const row = readIndicatorRow(table, r, code, counter);
    if (row) rows.push(row);
  }
  return rows;
}
