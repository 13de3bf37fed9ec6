/**
 * Turns a SheetContent into the rectangular arrays Excel takes in one
 * `range.formulas` and one `range.numberFormat` assignment, plus the size of each
 * row for packing the writes into requests under the payload limit.
 *
 * Text is written with Excel's quote prefix ("'"), so that it stays exactly the
 * text it is: without it Excel would turn "-" or "--" into a formula error,
 * "89,55%" or "1.800.000,00" into numbers (in Italian Excel) and "30/6" into a
 * date, and the example plan would no longer be the messy plan it is meant to be.
 * Only strings starting with "=" are formulas (SheetContent's rule).
 */
import type { SheetCellValue, SheetContent } from "../core/report/sheetContent";
import { toA1 } from "../core/plan/a1";
import type { AddinLanguage } from "../core/wording/addinLanguage";
import { formulaForLanguage } from "./formulaNames";
import { jsonBytes } from "./requestBudget";

const GENERAL_FORMAT = "General";

export interface SheetMatrix {
  rowCount: number;
  columnCount: number;
  /** Values and formulas, as assigned to `range.formulas`. */
  formulas: (string | number | boolean)[][];
  /** Number formats, or null when the content sets none (Excel's default stays). */
  numberFormats: string[][] | null;
  /** Estimated request bytes of each row (formulas + formats). */
  rowBytes: number[];
}

/** The cell as written through `range.formulas`. */
export function toFormulaCell(value: SheetCellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : `'${String(value)}`;
  if (value.startsWith("=")) return value;
  return value === "" ? "" : `'${value}`;
}

function hasFormats(content: SheetContent): boolean {
  return Object.keys(content.columnFormats ?? {}).length > 0 || Object.keys(content.cellFormats ?? {}).length > 0;
}

/** The content as Excel takes it; PERF functions in formulas are named as the Excel of `language` knows them. */
export function buildSheetMatrix(content: SheetContent, language: AddinLanguage = "it"): SheetMatrix {
  const rowCount = content.rows.length;
  const columnCount = content.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const formulas = content.rows.map((row) =>
    Array.from({ length: columnCount }, (_, col) => {
      const cell = toFormulaCell(row[col]);
      return typeof cell === "string" && cell.startsWith("=") ? formulaForLanguage(cell, language) : cell;
    }),
  );
  const numberFormats = hasFormats(content)
    ? content.rows.map((_, row) =>
        Array.from({ length: columnCount }, (_, col) => {
          const cellFormat = content.cellFormats?.[toA1(row, col)];
          return cellFormat ?? content.columnFormats?.[col] ?? GENERAL_FORMAT;
        }),
      )
    : null;
  const rowBytes = formulas.map((row, index) => jsonBytes(row) + (numberFormats ? jsonBytes(numberFormats[index]) : 0));
  return { rowCount, columnCount, formulas, numberFormats, rowBytes };
}

/** Excel column width in points for a width in characters of the default font (Calibri 11: 7 px each + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.max(0, characters) * 7 + 5;
  return Math.round(pixels * 0.75 * 100) / 100;
}
