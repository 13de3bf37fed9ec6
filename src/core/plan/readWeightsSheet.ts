/**
 * Reading the managers' weights table ("Pesi"): one row per manager and objective, with every
 * weight column in sheet order ("Peso iniziale", "Peso rideterminato": the last is current).
 * The manager is carried down over blank cells (written once over their objectives, as in the
 * seed's table); "Totale ..." rows are skipped. Blank weights are kept as placeholders, so that an
 * objective added at mid-year (no initial weight) is seen as such. The objective is kept as
 * written ("3.1", or a label such as "Obiettivo Operativo 3.1 ..."); readPlan links it to a code.
 */
import type { Grid } from "./grid";
import { cellRef, planCellAt } from "./gridCells";
import type { ManagerWeightRow } from "./planModel";
import type { SheetLayout } from "./recognizeSheet";
import { columnOf, rowKind, sheetTable, textAt } from "./sheetTable";

export function readWeightsSheet(grid: Grid, layout: SheetLayout): ManagerWeightRow[] {
  const table = sheetTable(grid, layout);
  const weightColumns = layout.columns.filter((column) => column.field === "managerWeight");
  const codeCol = columnOf(table, "objectiveCode") ?? 0;
  const rows: ManagerWeightRow[] = [];
  let manager = "";
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    if (rowKind(table, r) !== "data") continue;
    const written = textAt(table, r, "manager");
    if (written !== "") manager = written;
    const objectiveCode = textAt(table, r, "objectiveCode");
    if (objectiveCode === "") continue;
    rows.push({
      manager,
      objectiveCode,
      weights: weightColumns.map((column) => ({
        column: column.header,
        cell: planCellAt(grid, table.origin, r, column.col),
      })),
      ref: cellRef(grid.sheet, table.origin, r, codeCol),
    });
  }
  return rows;
}
