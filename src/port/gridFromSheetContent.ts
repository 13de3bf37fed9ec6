import { toA1 } from "../core/plan/a1";
import type { Grid } from "../core/plan/grid";
import type { SheetCellValue, SheetContent } from "../core/report/sheetContent";

/**
 * A sheet the add-in writes, as the grid Excel would then return for it:
 * formula cells show their cached result when one is given (else the formula
 * text), and `formulas` keeps the formula text, as `range.formulas` does.
 */
export function gridFromSheetContent(content: SheetContent): Grid {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  let hasFormula = false;
  content.rows.forEach((row, rowIndex) => {
    values.push(
      row.map((cell, colIndex) => {
        if (!isFormula(cell)) return blankAsEmpty(cell);
        hasFormula = true;
        const cached = content.formulaResults?.[toA1(rowIndex, colIndex)];
        return cached === undefined ? cell : blankAsEmpty(cached);
      }),
    );
    formulas.push(row.map(blankAsEmpty));
  });
  return {
    sheet: content.name,
    origin: "A1",
    values,
    ...(hasFormula ? { formulas } : {}),
    ...(content.columnFormats || content.cellFormats ? { numberFormats: numberFormatsOf(content) } : {}),
  };
}

/** Each cell's number format: its own, else its column's, else "General" (as Excel reports it). */
function numberFormatsOf(content: SheetContent): string[][] {
  return content.rows.map((row, rowIndex) =>
    row.map((_cell, colIndex) => content.cellFormats?.[toA1(rowIndex, colIndex)] ?? content.columnFormats?.[colIndex] ?? "General"),
  );
}

function isFormula(cell: SheetCellValue): cell is string {
  return typeof cell === "string" && cell.startsWith("=");
}

/** Excel reports blank cells as "". */
function blankAsEmpty(cell: SheetCellValue): string | number | boolean {
  return cell === null ? "" : cell;
}
