/**
 * One ExcelJS cell as Excel's `range.values` / `range.formulas` / `range.numberFormat`
 * would give it: numbers, strings, booleans, "" for blank; dates as Excel serial
 * numbers; rich text as plain text; errors as Italian Excel shows them ("#N/D");
 * formula cells as their cached result, with the formula text as Excel displays it.
 */
import type { Cell, CellValue } from "exceljs";
import { storedSerial } from "./exactDates";
import { italianErrorText, toDisplayedFormula } from "./excelStoredForms";

export type GridValue = string | number | boolean;

export interface GridCell {
  value: GridValue;
  /** "=..." for formula cells, else the value (as `range.formulas` gives it). */
  formula: GridValue;
  numberFormat: string;
}

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** A Date as ExcelJS builds it (UTC) back to the serial number stored in the file (exactly, when it remembers it). */
function dateToSerial(date: Date, date1904: boolean): number {
  const stored = storedSerial(date);
  if (stored !== undefined) return stored;
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richTextToPlain(value: unknown): string | undefined {
  if (!isObject(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText.map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** Any plain (non-formula) cell value or cached formula result as a grid value. */
function plainValue(value: CellValue | unknown, date1904: boolean): GridValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (!isObject(value)) return "";
  if (typeof value.error === "string") return italianErrorText(value.error);
  const rich = richTextToPlain(value);
  if (rich !== undefined) return rich;
  if ("hyperlink" in value) {
    if (typeof value.text === "string") return value.text;
    return richTextToPlain(value.text) ?? "";
  }
  return "";
}

export function cellToGridValue(cell: Cell, date1904: boolean): GridCell {
  const numberFormat = cell.numFmt || "General";
  // A merged range keeps its value in the top-left cell only, as Excel's range.values does.
  if (cell.isMerged && cell.master.address !== cell.address) return { value: "", formula: "", numberFormat };
  const formulaText = cell.formula;
  if (formulaText) {
    return {
      value: plainValue(cell.result, date1904),
      formula: `=${toDisplayedFormula(formulaText)}`,
      numberFormat,
    };
  }
  const value = plainValue(cell.value, date1904);
  return { value, formula: value, numberFormat };
}
