/**
 * Cells of a grid as the plan reader sees them: text, blankness, A1 references computed from the
 * grid's origin. The cells a plan keeps are read by cellReading.ts.
 * Grids come from outside: rows may be ragged or missing, cells of any type; nothing here throws.
 */
import { parseA1, toA1 } from "./a1";
import type { CellRef, Grid } from "./grid";

export interface GridOrigin {
  row: number;
  col: number;
}

/** A grid as the core expects it: a sheet name and rows of values (anything else is not read). */
export function isGrid(value: unknown): value is Grid {
  if (typeof value !== "object" || value === null) return false;
  const grid = value as Partial<Grid>;
  return typeof grid.sheet === "string" && Array.isArray(grid.values);
}

/** The sheet coordinates of values[0][0] ("B3" -> row 2, col 1); A1 when the origin is not an address. */
export function gridOrigin(grid: Grid): GridOrigin {
  return (typeof grid.origin === "string" ? parseA1(grid.origin) : null) ?? { row: 0, col: 0 };
}

/** The grid's rows, whatever was delivered. */
export function gridRows(grid: Grid): unknown[][] {
  return Array.isArray(grid.values) ? grid.values : [];
}

export function rawAt(rows: unknown[][], r: number, c: number): unknown {
  const row = rows[r];
  return Array.isArray(row) ? row[c] : undefined;
}

/**
 * One row of a grid, fetched once for all the cells a reader takes from it: its values, and its
 * number formats and formulas when the grid has them (undefined where the row is missing or not a
 * list), with where it is on the sheet.
 */
export interface GridRow {
  sheet: string;
  /** The row's sheet coordinate (0-based). */
  row: number;
  /** The sheet column of the row's first cell (0-based). */
  firstCol: number;
  values: readonly unknown[] | undefined;
  numberFormats: readonly unknown[] | undefined;
  formulas: readonly unknown[] | undefined;
}

function rowOf(rows: unknown, r: number): readonly unknown[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const row: unknown = rows[r];
  return Array.isArray(row) ? row : undefined;
}

/** Row r of the grid, whose origin is `origin`. */
export function gridRowAt(grid: Grid, origin: GridOrigin, r: number): GridRow {
  return moveToRow({ sheet: grid.sheet, row: 0, firstCol: 0, values: undefined, numberFormats: undefined, formulas: undefined }, grid, origin, r);
}

/** `row` made row r of the grid, whose origin is `origin`: a reader that walks a sheet row by row keeps one GridRow for all of them. */
export function moveToRow(row: GridRow, grid: Grid, origin: GridOrigin, r: number): GridRow {
  row.sheet = grid.sheet;
  row.row = origin.row + r;
  row.firstCol = origin.col;
  row.values = rowOf(grid.values, r);
  row.numberFormats = rowOf(grid.numberFormats, r);
  row.formulas = rowOf(grid.formulas, r);
  return row;
}

/** Whether a character is one that \s matches in a JavaScript regular expression (spaces, tabs, line breaks). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 ||
    code === 8239 || code === 8287 || code === 12288 || code === 65279
  );
}

/** Whether a text has whitespace to collapse: two in a row, or any other than a plain space (what /\s\s|[^\S ]/ finds). */
export function hasLooseSpacing(text: string): boolean {
  let previousWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 160) {
      previousWasSpace = false;
      continue;
    }
    const space = isWhitespaceCode(code);
    if (space && (previousWasSpace || code !== 32)) return true;
    previousWasSpace = space;
  }
  return false;
}

/** A cell's text, trimmed with single spaces: numbers as JavaScript writes them, booleans and errors as text. */
export function cellText(raw: unknown): string {
  if (typeof raw === "string") {
    const trimmed = raw.trim();
    return hasLooseSpacing(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
  }
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "";
  if (typeof raw === "boolean") return raw ? "VERO" : "FALSO";
  return "";
}

/** The reference of grid cell (r, c) in sheet coordinates. */
export function cellRef(sheet: string, origin: GridOrigin, r: number, c: number): CellRef {
  const row = origin.row + r;
  const col = origin.col + c;
  return { sheet, address: toA1(row, col), row, col };
}

/** True when the grid holds a formula in (r, c). */
export function hasFormula(grid: Grid, r: number, c: number): boolean {
  if (!Array.isArray(grid.formulas)) return false;
  const formula = rawAt(grid.formulas, r, c);
  return typeof formula === "string" && formula.startsWith("=");
}

/** Title rows hold a few texts: the first ones of a row are read, wherever the row starts. */
const TITLE_TEXTS = 20;
const TITLE_WIDTH = 512;

/** The written texts of row r with their columns, at most twenty, wherever the row starts (a title row). */
export function rowTexts(rows: unknown[][], r: number): { col: number; text: string }[] {
  const texts: { col: number; text: string }[] = [];
  const row = rows[r];
  const width = Array.isArray(row) ? Math.min(row.length, TITLE_WIDTH) : 0;
  for (let c = 0; c < width && texts.length < TITLE_TEXTS; c++) {
    const text = cellText(rawAt(rows, r, c));
    if (text !== "") texts.push({ col: c, text });
  }
  return texts;
}

/** Columns of the rows above a table or cards that may hold its title. */
const TITLE_COLUMNS = 20;

/** The texts written above row `before` in its first twenty columns (a document's title over its cards), joined by « | ». */
export function titleAbove(rows: unknown[][], before: number): string {
  const texts: string[] = [];
  for (let r = 0; r < before && r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const width = Math.min(row.length, TITLE_COLUMNS);
    for (let c = 0; c < width; c++) {
      const text = cellText(row[c]);
      if (text !== "") texts.push(text);
    }
  }
  return texts.join(" | ");
}
