/**
 * What a sheet is, from its headers: its role, its header row, the column of each field, and the
 * text of the title rows above the table (which may name the reporting date).
 */
import { classifySheet } from "./classifySheet";
import { detectHeaderRow, type HeaderSearch } from "./detectHeaderRow";
import type { Grid } from "./grid";
import { gridOrigin, gridRows, rowTexts } from "./gridCells";
import { headerDates, mapColumns, type LayoutColumn } from "./mapColumns";
import type { SheetRole } from "./planFields";

export interface SheetLayout {
  sheet: string;
  role: SheetRole;
  /** Grid row index of the header row; data start below it. */
  headerRow: number;
  /** The header row in sheet coordinates (0-based, like CellRef.row). */
  sheetHeaderRow: number;
  columns: LayoutColumn[];
  /** The texts of the rows above the header (titles), joined by " | ". */
  title: string;
  /** The one year the dated headers name ("Target 30/06/2020"), when they name one. */
  year?: number;
}

function titleText(grid: Grid, headerRow: number): string {
  const rows = gridRows(grid);
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const { text } of rowTexts(rows, r)) texts.push(text);
  return texts.join(" | ");
}

/** The sheet's layout, or null when it is not a plan sheet. */
export function recognizeSheet(grid: Grid, search?: HeaderSearch): SheetLayout | null {
  const header = detectHeaderRow(grid, search);
  if (header === null) return null;
  const role = classifySheet(header.cells);
  if (role === null) return null;
  const columns = mapColumns(grid, header, role);
  const { year } = headerDates(header.cells);
  return {
    ...(year === undefined ? {} : { year }),
    sheet: grid.sheet,
    role,
    headerRow: header.row,
    sheetHeaderRow: gridOrigin(grid).row + header.row,
    columns,
    title: titleText(grid, header.row),
  };
}
