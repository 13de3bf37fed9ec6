/**
 * Finding the header row of a sheet: the row among the first written ones (20 by default, blank rows
 * not counted) whose cells name
 * the most distinct plan columns, with a minimum of three, so that merged title rows, logos, notes
 * and blank rows above the table are passed over.
 *
 * Headers written over two rows are read as one: a date-only cell under a group label ("Valore
 * Target:" over "al 30/6" | "al 31/12") takes the label; a concept under a date-only group ("Al
 * 30/6" over "Target" | "Risultato") takes the date; a blank cell under a header written in the
 * row above ("Base Line" over a blank) takes that header.
 */
import type { Grid } from "./grid";
import { cellText, gridRows, rawAt } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import { matchHeader, type HeaderMatch } from "./matchHeader";

export interface HeaderCell {
  /** Grid column index (0-based, from the grid's origin). */
  col: number;
  /** Grid row index of the cell whose text named the column (the header row, or the row above). */
  row: number;
  /** The header as written; with its group label when it took one ("Valore Target: al 30/6"). */
  text: string;
  match: HeaderMatch;
}

export interface HeaderRow {
  /** Grid row index of the header row; data start on the next row. */
  row: number;
  cells: HeaderCell[];
  /** Distinct concepts (with their dates) named by the row. */
  score: number;
}

export interface HeaderSearch {
  /** How many rows from the top to search (default 20). */
  maxRows?: number;
  /** The fewest distinct concepts a header row must name (default 3). */
  minConcepts?: number;
}

/** Columns beyond this are not searched for headers: no plan has hundreds of columns. */
export const MAX_HEADER_COLUMNS = 512;
const GROUP_REACH = 8;
const DATED = new Set(["target", "result", "declaredDeviation", "deviation", "forecast"]);

function rowTexts(rows: unknown[][], r: number): string[] {
  const row = rows[r];
  if (!Array.isArray(row)) return [];
  const width = Math.min(row.length, MAX_HEADER_COLUMNS);
  const texts: string[] = [];
  for (let c = 0; c < width; c++) texts.push(cellText(rawAt(rows, r, c)));
  return texts;
}

function groupLabel(above: string[], c: number): string {
  for (let g = c; g >= 0 && g > c - GROUP_REACH; g--) {
    const text = above[g] ?? "";
    if (text !== "") return text;
  }
  return "";
}

function isDateOnly(match: HeaderMatch | null): boolean {
  return match !== null && match.words.length === 0 && match.date !== undefined;
}

/** The columns named by row r, reading the row above as described in this file's comment. */
export function headerCellsOfRow(rows: unknown[][], r: number): HeaderCell[] {
  const own = rowTexts(rows, r);
  const above = r > 0 ? rowTexts(rows, r - 1) : [];
  const aboveCount = above.filter((t) => t !== "").length;
  const width = Math.max(own.length, above.length);
  const cells: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const text = own[c] ?? "";
    if (text === "") {
      const upper = above[c] ?? "";
      const match = aboveCount >= 2 && upper !== "" ? matchHeader(upper) : null;
      if (match) cells.push({ col: c, row: r - 1, text: upper, match });
      continue;
    }
    const match = matchHeader(text);
    const group = r > 0 ? groupLabel(above, c) : "";
    if (group !== "" && isDateOnly(match)) {
      const combined = `${group} ${text}`;
      const groupMatch = matchHeader(combined);
      if (groupMatch) {
        cells.push({ col: c, row: r, text: combined, match: groupMatch });
        continue;
      }
    }
    if (match === null) continue;
    if (match.date === undefined && DATED.has(match.concept) && group !== "") {
      const groupMatch = matchHeader(group);
      if (isDateOnly(groupMatch) && groupMatch?.date) {
        cells.push({ col: c, row: r, text: `${group} ${text}`, match: { ...match, date: groupMatch.date } });
        continue;
      }
    }
    cells.push({ col: c, row: r, text, match });
  }
  return cells;
}

function scoreOf(cells: HeaderCell[]): number {
  return new Set(cells.map((cell) => `${cell.match.concept}@${cell.match.date ?? ""}`)).size;
}

function isBlankRow(row: unknown[] | undefined): boolean {
  return !Array.isArray(row) || row.every((raw) => isBlank(raw));
}

/** The header row: the first of the best-scoring rows, or null when no row names enough columns. */
export function detectHeaderRow(grid: Grid, search: HeaderSearch = {}): HeaderRow | null {
  const rows = gridRows(grid);
  const maxRows = search.maxRows ?? 20;
  const minConcepts = search.minConcepts ?? 3;
  let best: HeaderRow | null = null;
  // The first rows that hold something: blank rows above or between the titles do not count.
  for (let r = 0, written = 0; r < rows.length && written < maxRows; r++) {
    if (isBlankRow(rows[r])) continue;
    written++;
    const cells = headerCellsOfRow(rows, r);
    const score = scoreOf(cells);
    if (score >= minConcepts && (best === null || score > best.score)) best = { row: r, cells, score };
  }
  return best;
}
