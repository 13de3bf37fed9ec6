/**
 * A sheet the add-in writes (Anomalie, Riepilogo, the template, the example plan), described once
 * so that Excel (src/excel), the CLI (ExcelJS) and the in-memory preview write the same thing:
 * - `SheetContent`: rows of values, formats, cached formula results, links, widths;
 * - `sheetText`: text from cells and messages made safe for it (see below);
 * - `SheetBuilder`: builds one row by row.
 */
import { toA1 } from "../plan/a1";

export type SheetCellValue = string | number | boolean | null;

export interface SheetContent {
  name: string;
  /** Rows of values; a string starting with "=" is a formula (English syntax, "," separators). */
  rows: SheetCellValue[][];
  /** Cached results of formula cells, by A1 address, for writers that store them (ExcelJS). */
  formulaResults?: Record<string, SheetCellValue>;
  /** Hyperlinks inside the workbook: cell address in this sheet -> target "'Sheet'!A1". */
  links?: { address: string; target: string }[];
  /** Number formats by 0-based column index (Excel codes, e.g. "0.00%", "#,##0.00"). */
  columnFormats?: Record<number, string>;
  /** Number formats of single cells by A1 address, overriding columnFormats. */
  cellFormats?: Record<string, string>;
  /** Rows (0-based) shown bold, e.g. the header row. */
  boldRows?: number[];
  /** Column widths in characters by 0-based column index. */
  columnWidths?: Record<number, number>;
  /** Cell fills by A1 address, "#RRGGBB" (the status cells of the Riepilogo). */
  cellFills?: Record<string, string>;
  /** A chart of the data in `range` (A1 range in this sheet, headers included), placed over the cells of `position` (an A1 area). */
  chart?: { range: string; title: string; type: "bar" | "column"; position?: string };
}

/**
 * Text from cells and messages, made safe for a SheetContent, whose writers
 * take any string starting with "=" as a formula. Such a text (an objective
 * code "=1+1", a name pasted with a leading "=") is written as a formula that
 * returns the text itself, so it shows exactly as written and never runs.
 *
 * Within Excel's limits: a cell holds at most 32.767 characters and a formula at
 * most 8.192; a longer text is clipped with a visible ellipsis ("…") at the end,
 * so that what is cut shows, and Excel opens the file.
 */

/** Excel refuses string literals longer than 255 characters inside a formula. */
const MAX_LITERAL = 255;
/** Characters in a cell, and in a formula, that Excel accepts. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_TEXT = 8_192;
export const ELLIPSIS = "…";

export interface SheetText {
  value: SheetCellValue;
  /** The cached result, when `value` became a formula. */
  formulaResult?: string;
}

/** Where to cut `text` to keep `length` characters, never between the two halves of a surrogate pair. */
function cutAt(text: string, length: number): number {
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
}

/** The text itself when it fits in `max` characters, else its beginning and "…", `max` characters in all. */
export function clipText(text: string, max: number = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutAt(text, max - ELLIPSIS.length))}${ELLIPSIS}`;
}

function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** ="..."&"..." returning `text`, or null when that formula would be longer than Excel accepts. */
function literalFormula(text: string): string | null {
  const parts: string[] = [];
  let length = 1;
  for (let start = 0; start < text.length; ) {
    const end = start + MAX_LITERAL >= text.length ? text.length : cutAt(text, start + MAX_LITERAL);
    const part = literal(text.slice(start, end));
    length += part.length + (parts.length > 0 ? 1 : 0);
    if (length > MAX_FORMULA_TEXT) return null;
    parts.push(part);
    start = end;
  }
  return `=${parts.join("&")}`;
}

/** The longest beginning of `text` (with "…") whose literal formula fits, found by bisection. */
function clippedFormula(text: string): { formula: string; shown: string } {
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (literalFormula(`${text.slice(0, cutAt(text, middle))}${ELLIPSIS}`) === null) tooLong = middle;
    else fits = middle;
  }
  const shown = `${text.slice(0, cutAt(text, fits))}${ELLIPSIS}`;
  return { formula: literalFormula(shown) ?? `=${literal(ELLIPSIS)}`, shown };
}

export function sheetText(text: string): SheetText {
  const clipped = clipText(text);
  if (!clipped.startsWith("=")) return { value: clipped };
  const formula = literalFormula(clipped);
  if (formula !== null) return { value: formula, formulaResult: clipped };
  const { formula: shortened, shown } = clippedFormula(clipped);
  return { value: shortened, formulaResult: shown };
}

/**
 * Builds a SheetContent row by row: text goes through `sheetText` (never
 * mistaken for a formula), fractions get a percent format, and headers,
 * links and widths are recorded where the writers expect them.
 */

export const PERCENT = "0.00%";

/** A cell to add: text, a number (with an optional format), text on a fill ("#RRGGBB"), or blank. */
export type BuilderCell = string | number | boolean | null | { number: number | null; format: string } | { text: string; fill: string };

export class SheetBuilder {
  private readonly rows: SheetCellValue[][] = [];
  private readonly formulaResults: Record<string, SheetCellValue> = {};
  private readonly cellFormats: Record<string, string> = {};
  private readonly cellFills: Record<string, string> = {};
  private readonly boldRows: number[] = [];
  private readonly links: { address: string; target: string }[] = [];

  constructor(private readonly name: string) {}

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  addRow(cells: BuilderCell[], bold = false): number {
    const row = this.rows.length;
    this.rows.push(cells.map((cell, col) => this.cellValue(cell, row, col)));
    if (bold) this.boldRows.push(row);
    return row;
  }

  blankRow(): void {
    this.rows.push([]);
  }

  /** A link from a cell of this sheet to a place in the workbook ("'Indicatori'!K12"). */
  link(row: number, col: number, target: string): void {
    this.links.push({ address: toA1(row, col), target });
  }

  build(extra: Pick<SheetContent, "columnWidths" | "chart"> = {}): SheetContent {
    const content: SheetContent = { name: this.name, rows: this.rows, boldRows: this.boldRows, ...extra };
    if (Object.keys(this.formulaResults).length > 0) content.formulaResults = this.formulaResults;
    if (Object.keys(this.cellFormats).length > 0) content.cellFormats = this.cellFormats;
    if (Object.keys(this.cellFills).length > 0) content.cellFills = this.cellFills;
    if (this.links.length > 0) content.links = this.links;
    return content;
  }

  private cellValue(cell: BuilderCell, row: number, col: number): SheetCellValue {
    if (typeof cell === "string") {
      const text = sheetText(cell);
      if (text.formulaResult !== undefined) this.formulaResults[toA1(row, col)] = text.formulaResult;
      return text.value;
    }
    if (cell === null || typeof cell !== "object") return cell;
    if ("text" in cell) {
      this.cellFills[toA1(row, col)] = cell.fill;
      return this.cellValue(cell.text, row, col);
    }
    if (cell.number === null || !Number.isFinite(cell.number)) return "non valutabile";
    this.cellFormats[toA1(row, col)] = cell.format;
    return cell.number;
  }
}

/** A fraction shown as a percentage; null (non valutabile) is written in words. */
export function percentCell(fraction: number | null): BuilderCell {
  return { number: fraction, format: PERCENT };
}
