/**
 * Reading the managers' weights table ("Pesi"): one row per manager and objective, with every
 * weight column in sheet order ("Peso iniziale", "Peso rideterminato": the last is current).
 * The manager is carried down over blank cells (written once over their objectives, as in the
 * seed's table); "Totale ..." rows are skipped. Blank weights are kept as placeholders, so that an
 * objective added at mid-year (no initial weight) is seen as such. The objective is kept as
 * written ("3.1", or a label such as "Obiettivo Operativo 3.1 ..."); readPlan links it to a code.
 * A total row may also be written without the word "Totale" (the seed's last manager block ends
 * with "Consulente Tecnico Organizzativo dr Ezio Zorzi | 100,00% | 100,00%"): a row whose objective
 * is prose rather than a code and whose every weight is the sum of the block's rows above it is
 * taken for a total too.
 */
import type { Grid } from "./grid";
import { cellRef } from "./gridCells";
import { leadingCode } from "./planCodes";
import type { ManagerWeightRow } from "./planModel";
import type { LayoutColumn } from "./mapColumns";
import type { SheetLayout } from "./sheetLayout";
import { columnOf, rowKind, sheetTable, textAt, type SheetTable } from "./sheetTable";
import { CellReading } from "./cellReading";

function weightOf(row: ManagerWeightRow, i: number): number | null {
  const value = row.weights[i]?.cell.value;
  return value?.kind === "quantity" ? value.value : null;
}

/** True when the row looks like an unlabelled total of `block` (the rows of its manager above it). */
function isUnlabelledTotal(row: ManagerWeightRow, block: readonly ManagerWeightRow[]): boolean {
  if (block.length === 0 || leadingCode(row.objectiveCode) !== null || row.objectiveCode.split(" ").length < 3) return false;
  return row.weights.every((_, i) => {
    const total = weightOf(row, i);
    const sum = block.reduce((acc, above) => acc + (weightOf(above, i) ?? 0), 0);
    return total !== null && Math.abs(total - sum) < 1e-9;
  });
}

/** Row r's cells in the weight columns, in sheet order, each with its column's header. */
function weightsOfRow(table: SheetTable, weightColumns: readonly LayoutColumn[], r: number): ManagerWeightRow["weights"] {
  const weights: ManagerWeightRow["weights"] = [];
  for (const column of weightColumns) weights.push({ column: column.header, cell: table.values.cellAt(table.grid, table.origin, r, column.col) });
  return weights;
}

export function readWeightsSheet(grid: Grid, layout: SheetLayout, reading = new CellReading()): ManagerWeightRow[] {
  const table = sheetTable(grid, layout, reading);
  const weightColumns = layout.columns.filter((column) => column.field === "managerWeight");
  const codeCol = columnOf(table, "objectiveCode") ?? 0;
  const rows: ManagerWeightRow[] = [];
  let manager = "";
  let block: ManagerWeightRow[] = [];
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    const kind = rowKind(table, r);
    if (kind === "total") block = [];
    if (kind !== "data") continue;
    const written = textAt(table, r, "manager");
    if (written !== "" && written !== manager) block = [];
    if (written !== "") manager = written;
    const objectiveCode = textAt(table, r, "objectiveCode");
    if (objectiveCode === "") continue;
    const row: ManagerWeightRow = {
      manager,
      objectiveCode,
      weights: weightsOfRow(table, weightColumns, r),
      ref: cellRef(grid.sheet, table.origin, r, codeCol),
    };
    if (isUnlabelledTotal(row, block)) {
      block = [];
      continue;
    }
    block.push(row);
    rows.push(row);
  }
  return rows;
}
