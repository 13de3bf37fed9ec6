/**
 * Reading an objective sheet ("Obiettivi"): one objective per data row with a code or a title.
 * Every row is kept, duplicates included (the rules report duplicate codes). Cells of recognised
 * columns are kept even when blank (their address is where a missing weight is); the own share
 * only when written or when the objective is strategic.
 */
import type { Grid } from "./grid";
import { cellRef } from "./gridCells";
import { leadingCode, readObjectiveKind } from "./planCodes";
import type { Objective } from "./planModel";
import type { SheetLayout } from "./sheetLayout";
import { cellAt, columnOf, filledCellAt, rowKind, sheetTable, textAt, type SheetTable } from "./sheetTable";
import { CellReading } from "./cellReading";

/** The objective described by row r, or null when the row has neither code nor title. */
export function readObjectiveRow(table: SheetTable, r: number, fallbackCode?: string): Objective | null {
  const title = textAt(table, r, "objectiveTitle");
  const written = textAt(table, r, "objectiveCode");
  const code = written !== "" ? written : fallbackCode ?? leadingCode(title) ?? "";
  if (code === "" && title === "") return null;
  const writtenKind = textAt(table, r, "objectiveKind");
  const parent = textAt(table, r, "parentCode");
  // An objective that names its strategic objective is an operational one, whatever its code looks like («OS1.1»).
  const kind = writtenKind === "" && parent !== "" ? "operational" : readObjectiveKind(writtenKind, code, title);
  const refCol = columnOf(table, "objectiveCode") ?? columnOf(table, "objectiveTitle") ?? table.layout.columns[0]?.col ?? 0;
  const objective: Objective = { code, kind, title, ref: cellRef(table.grid.sheet, table.origin, r, refCol) };
  const area = textAt(table, r, "area");
  if (area !== "") objective.area = area;
  const manager = textAt(table, r, "manager");
  if (manager !== "") objective.manager = manager;
  const weight = cellAt(table, r, "objectiveWeight");
  if (weight) objective.weight = weight;
  if (parent !== "") objective.parentCode = parent;
  const ownShare = kind === "strategic" ? cellAt(table, r, "ownShare") : filledCellAt(table, r, "ownShare");
  if (ownShare) objective.ownShare = ownShare;
  return objective;
}

export function readObjectivesSheet(grid: Grid, layout: SheetLayout, reading = new CellReading()): Objective[] {
  const table = sheetTable(grid, layout, reading);
  const objectives: Objective[] = [];
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    if (rowKind(table, r) !== "data") continue;
    const objective = readObjectiveRow(table, r);
    if (objective) objectives.push(objective);
  }
  return objectives;
}
