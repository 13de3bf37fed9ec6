/**
 * Sheets the add-in would find in a workbook (`SheetContent`, e.g. a synthetic plan) as the fake
 * Excel's sheet specs (test/excel/fakeExcel.ts): values, formulas with their cached results,
 * and each cell's number format, so that OfficeWorkbook reads them as it would read Excel.
 */
import { toA1 } from "../../src/core/plan/a1";
import type { SheetContent } from "../../src/core/report/sheetContent";
import type { FakeCell } from "../excel/fake/fakeState";
import type { SheetSpec } from "../excel/fakeExcel";

function fakeCell(content: SheetContent, row: number, col: number): FakeCell | null {
  const value = content.rows[row]?.[col];
  if (value === null || value === undefined || value === "") return null;
  const address = toA1(row, col);
  const numberFormat = content.cellFormats?.[address] ?? content.columnFormats?.[col];
  const cell: FakeCell = {};
  if (typeof value === "string" && value.startsWith("=")) {
    cell.formula = value;
    const cached = content.formulaResults?.[address];
    cell.value = cached === null || cached === undefined ? "" : cached;
  } else {
    cell.value = value;
  }
  if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  if (row === 0 && content.boldRows?.includes(0)) cell.bold = true;
  return cell;
}

export function sheetsToFakeSpecs(sheets: readonly SheetContent[]): SheetSpec[] {
  return sheets.map((content) => ({
    name: content.name,
    rows: content.rows.map((row, r) => row.map((_value, c) => fakeCell(content, r, c))),
  }));
}
