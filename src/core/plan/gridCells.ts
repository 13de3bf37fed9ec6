/**
 * Cells of a grid as the plan reader sees them: text, blankness, A1 references computed from the
 * grid's origin, and `PlanCell`s (raw value, formula, number format and the value read from them).
 * Grids come from outside: rows may be ragged or missing, cells of any type; nothing here throws.
 */
import { parseA1, toA1 } from "./a1";
import type { CellRef, Grid } from "./grid";
import type { PlanCell } from "./planModel";
import type { CellValue } from "../values/valueTypes";
import { readCellValue } from "../values/readCellValue";
import type { CellValueCache } from "./cellValueCache";

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

/** Where a grid's cells sit: the sheet's name and the sheet coordinates of values[0][0], shared by its cells. */
interface GridPlace {
  sheet: string;
  origin: GridOrigin;
}

/**
 * A cell the plan keeps: its grid coordinates, raw value, number format, formula and the value read.
 * Its A1 reference is built only when asked (a finding, a highlight): a large plan keeps hundreds of
 * thousands of cells and reports on a few.
 */
class GridCell implements PlanCell {
  constructor(
    private readonly place: GridPlace,
    private readonly r: number,
    private readonly c: number,
    readonly raw: unknown,
    readonly value: CellValue,
    readonly numberFormat: string | undefined,
    readonly formula: string | undefined,
  ) {}

  get ref(): CellRef {
    return cellRef(this.place.sheet, this.place.origin, this.r, this.c);
  }

  /** The sheet and sheet coordinates, without building the A1 address. */
  get position(): CellPosition {
    return { sheet: this.place.sheet, row: this.place.origin.row + this.r, col: this.place.origin.col + this.c };
  }
}

/** Where a cell is: its sheet and 0-based sheet coordinates. */
export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

/** Where a cell is, read from a grid's cell without building its address, or from any cell's reference. */
export function cellPosition(cell: PlanCell): CellPosition {
  return cell instanceof GridCell ? cell.position : cell.ref;
}

/** A key that two views of the same cell share: sheet, row and column. */
export function cellKey(cell: PlanCell): string {
  const { sheet, row, col } = cellPosition(cell);
  return `${row},${col},${sheet}`;
}

/** The shared place of a grid's cells, one per grid and origin. */
const places = new WeakMap<Grid, GridPlace>();

function placeOf(grid: Grid, origin: GridOrigin): GridPlace {
  const known = places.get(grid);
  if (known !== undefined && known.origin.row === origin.row && known.origin.col === origin.col) return known;
  const place = { sheet: grid.sheet, origin };
  places.set(grid, place);
  return place;
}

/**
 * Grid cell (r, c) as a PlanCell: raw value, formula and number format when known, and the value
 * read (through `cache` when given, see cellValueCache.ts).
 */
export function planCellAt(grid: Grid, origin: GridOrigin, r: number, c: number, cache?: CellValueCache): PlanCell {
  const found = rawAt(gridRows(grid), r, c);
  const raw = found === undefined || found === null ? "" : found;
  const format = Array.isArray(grid.numberFormats) ? rawAt(grid.numberFormats, r, c) : undefined;
  const numberFormat = typeof format === "string" && format !== "" ? format : undefined;
  const value = cache ? cache.read(raw, numberFormat) : readCellValue(raw, numberFormat === undefined ? undefined : { numberFormat });
  const formula = hasFormula(grid, r, c) ? String(rawAt(grid.formulas ?? [], r, c)) : undefined;
  return new GridCell(placeOf(grid, origin), r, c, raw, value, numberFormat, formula);
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
