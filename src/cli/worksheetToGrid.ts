/**
 * An ExcelJS worksheet as the core's `Grid`: the smallest rectangle holding every
 * non-blank cell (like Excel's used range), with values, formulas and number formats.
 */
import type { Worksheet } from "exceljs";
import type { Grid } from "../core/plan/grid";
import { toA1 } from "../core/plan/a1";
import { cellToGridValue, type GridCell, type GridValue } from "./cellToGridValue";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function collectCells(worksheet: Worksheet, date1904: boolean): { cells: Map<string, GridCell>; bounds: Bounds | null } {
  const cells = new Map<string, GridCell>();
  let bounds: Bounds | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const gridCell = cellToGridValue(cell, date1904);
      if (gridCell.value === "" && gridCell.formula === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.set(`${r}:${c}`, gridCell);
      bounds = bounds
        ? {
            top: Math.min(bounds.top, r),
            left: Math.min(bounds.left, c),
            bottom: Math.max(bounds.bottom, r),
            right: Math.max(bounds.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return { cells, bounds };
}

export function worksheetToGrid(worksheet: Worksheet, date1904: boolean): Grid {
  const { cells, bounds } = collectCells(worksheet, date1904);
  if (!bounds) return { sheet: worksheet.name, origin: "A1", values: [[""]], formulas: [[""]], numberFormats: [["General"]] };
  const { top, left, bottom, right } = bounds as Bounds;
  const values: GridValue[][] = [];
  const formulas: GridValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const valueRow: GridValue[] = [];
    const formulaRow: GridValue[] = [];
    const formatRow: string[] = [];
    for (let c = left; c <= right; c += 1) {
      const cell = cells.get(`${r}:${c}`);
      valueRow.push(cell?.value ?? "");
      formulaRow.push(cell?.formula ?? "");
      formatRow.push(cell?.numberFormat ?? "General");
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  return { sheet: worksheet.name, origin: toA1(top, left), values, formulas, numberFormats };
}
