/**
 * Reading an objective sheet ("Obiettivi"): one objective per data row with a code or a title.
 * Every row is kept, duplicates included (the rules report duplicate codes). Cells of recognised
 * columns are kept even when blank (their address is where a missing weight is); the own share
 * only when written or when the objective is strategic. A project's economic value is read from its
 * optional columns (projectValues.ts).
 */
import type { Grid } from "./grid";
import { cellRef } from "./gridCells";
import { leadingCode, readObjectiveKind, titleAfterCode } from "./planCodes";
import type { Objective, ProjectValue } from "./planModel";
import { fundInBrackets, projectValueOfRow, type ProjectColumns } from "./projectValues";
import type { SheetLayout } from "./sheetLayout";
import { cellAt, columnOf, filledCellAt, rowKind, sheetTable, textAt, type SheetTable } from "./sheetTable";
import { CellReading } from "./cellReading";

/** The objective described by row r, or null when the row has neither code nor title. */
export function readObjectiveRow(table: SheetTable, r: number, fallbackCode?: string): Objective | null {
  const writtenTitle = textAt(table, r, "objectiveTitle");
  const written = textAt(table, r, "objectiveCode");
  const code = written !== "" ? written : fallbackCode ?? leadingCode(writtenTitle) ?? "";
  if (code === "" && writtenTitle === "") return null;
  // A code read from the title («1.1 – Sostenere …») is not repeated in it.
  const title = written !== "" ? writtenTitle : titleAfterCode(writtenTitle, code);
  const writtenKind = textAt(table, r, "objectiveKind");
  const parent = textAt(table, r, "parentCode");
  // An objective that names its strategic objective is an operational one, whatever its code looks like («OS1.1»).
  const kind = writtenKind === "" && parent !== "" ? "operational" : readObjectiveKind(writtenKind, code, writtenTitle);
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
  const project = projectValueAt(table, r);
  if (project) objective.projectValues = [project];
  return objective;
}

/** The project value the row's optional columns state, the fund named by «Fondo» or by the value's header. */
function projectValueAt(table: SheetTable, r: number): ProjectValue | null {
  if (columnOf(table, "projectValue") === undefined && columnOf(table, "projectPointValue") === undefined) return null;
  const header = table.layout.columns.find((column) => column.field === "projectValue")?.header ?? "";
  const columns: ProjectColumns = { fund: textAt(table, r, "projectFund") };
  const value = filledCellAt(table, r, "projectValue");
  if (value) columns.value = value;
  const pointValue = filledCellAt(table, r, "projectPointValue");
  if (pointValue) columns.pointValue = pointValue;
  const coefficient = filledCellAt(table, r, "projectCoefficient");
  if (coefficient) columns.coefficient = coefficient;
  const relevance = filledCellAt(table, r, "projectRelevance");
  if (relevance) columns.relevance = relevance;
  return projectValueOfRow(columns, fundInBrackets(header));
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
