/**
 * The small tables inside a card, read with the table reader itself: the rows of the table are cut
 * out of the sheet as a grid of their own (with its origin, so that every cell keeps its sheet
 * address) and its header found by `detectHeaderRow`, mapped by `mapColumns`:
 * - an indicator's grid: «Base Line» or «Target storico di riferimento: anno 2019» | «Valore
 *   Target:» over «al 30/6 | al 31/12 | Peso», then one row of values. A weight written inside its
 *   header cell («Peso  20%») is the weight when the value row leaves it blank; the year of the
 *   baseline header («anno 2019») is the baseline's year;
 * - a revision table («indicatori | Previsione al 30.6.2020 | Realizzazione al 30.6.2020 | ...»),
 *   read like the template's Revisioni sheet, its rows named «Indicatore 2:» or «Nuovo Indicatore 3:».
 */
import { toA1 } from "../a1";
import { roleOfHeaders, type SheetLayout } from "../sheetLayout";
import { detectHeaderRow, headerCellsOfRow, type HeaderRow } from "../detectHeaderRow";
import type { Grid } from "../grid";
import { cellRef, cellText, gridOrigin, gridRows, rawAt, type GridOrigin } from "../gridCells";
import { isBlank } from "../../values/matchPlaceholder";
import type { CellReading } from "../cellReading";
import { mapColumns, type ReadField } from "../mapColumns";
import type { PlanCell, RevisionRow } from "../planModel";
import { readRevisionsSheet } from "../readRevisionsSheet";
import type { SheetRole } from "../planFields";
import { cellAt, sheetTable } from "../sheetTable";
import { cardLabel, indicatorLabel } from "./cardLabels";

/** Rows first..last (inclusive) of a grid as a grid of their own, origin included. */
export function subGrid(grid: Grid, first: number, last: number): Grid {
  const origin = gridOrigin(grid);
  const slice = <T>(rows: T[][] | undefined): T[][] | undefined => (Array.isArray(rows) ? rows.slice(first, last + 1) : undefined);
  const sub: Grid = { sheet: grid.sheet, origin: toA1(origin.row + first, origin.col), values: gridRows(grid).slice(first, last + 1) };
  const formulas = slice(grid.formulas);
  const numberFormats = slice(grid.numberFormats);
  if (formulas) sub.formulas = formulas;
  if (numberFormats) sub.numberFormats = numberFormats;
  return sub;
}

/** A value written inside a label or header cell («Peso: 50%» -> "50%"), as a cell at the label's address. */
export function inlineCell(ref: PlanCell["ref"], text: string, values: CellReading): PlanCell {
  return { ref, raw: text, value: values.read(text) };
}

function layoutOf(sub: Grid, header: HeaderRow, role: SheetRole): SheetLayout {
  return {
    sheet: sub.sheet,
    role,
    headerRow: header.row,
    sheetHeaderRow: gridOrigin(sub).row + header.row,
    columns: mapColumns(sub, header, role),
    title: "",
  };
}

const GRID_CONCEPTS = new Set(["baseline", "baselineYear", "target", "weight", "indicatorWeight"]);

/**
 * True when row r opens an indicator's grid: it names a baseline, a target or a weight, and holds no
 * value beside a single such label («Target al 31/12 | 80» is a label with its value, not a grid).
 */
export function opensIndicatorGrid(rows: unknown[][], r: number): boolean {
  const row = rows[r];
  if (!Array.isArray(row)) return false;
  const texts = row.map(cellText).filter((text) => text !== "");
  const labels = texts.map(cardLabel);
  const named = labels.filter((label) => label !== null && GRID_CONCEPTS.has(label.concept)).length;
  return named >= 2 || (named === 1 && labels.every((label) => label !== null));
}

/** True when row r continues a grid's header: a date («al 31/12») or only header words, no figure. */
function continuesHeader(rows: unknown[][], r: number): boolean {
  const row = rows[r];
  if (!Array.isArray(row)) return false;
  const texts = row.map(cellText).filter((text) => text !== "");
  if (texts.length === 0) return false;
  const labels = texts.map(cardLabel);
  if (labels.some((label) => label?.date !== undefined)) return true;
  return labels.every((label) => label !== null && GRID_CONCEPTS.has(label.concept));
}

function nextFilledRow(rows: unknown[][], from: number, end: number): number | null {
  for (let r = from; r < end; r++) {
    const row = rows[r];
    if (Array.isArray(row) && row.some((raw) => !isBlank(raw))) return r;
  }
  return null;
}

export interface IndicatorGrid {
  cells: Partial<Record<ReadField, PlanCell>>;
  /** Header cells the reader could not name («al» alone), for the recognition notes. */
  unnamed: string[];
  /** The fields read, with the header as written and its address, for the recognition report. */
  columns: { field: ReadField; header: string; address: string }[];
  /** The last row of the grid (the value row, or the header when no value row follows). */
  lastRow: number;
}

const GRID_FIELDS: readonly ReadField[] = ["baseline", "baselineYear", "target30_6", "target31_12", "indicatorWeight", "polarity", "unit"];
const YEAR = /(?:^|\D)((?:19|20)\d\d)(?!\d)/;

/**
 * The grid's header: its last header row, read with the row above it (group labels, headers written
 * over a blank cell), as `detectHeaderRow` reads two-row headers; the first row when the last names
 * nothing. The lower row is preferred even when it names no more columns than the upper one: «Valore
 * Target:» above is a group label, the dates below say which target each column is.
 */
function gridHeader(sub: Grid, last: number): HeaderRow | null {
  const rows = gridRows(sub);
  for (const r of last > 0 ? [last, 0] : [0]) {
    const cells = headerCellsOfRow(rows, r);
    if (cells.length > 0) return { row: r, cells, score: cells.length };
  }
  return null;
}

/** The indicator grid whose header starts on row `first`; `end` is where the card ends. */
export function readIndicatorGrid(grid: Grid, first: number, end: number, values: CellReading): IndicatorGrid {
  const rows = gridRows(grid);
  const next = nextFilledRow(rows, first + 1, end);
  const headerLast = next !== null && continuesHeader(rows, next) ? next : first;
  const valueRow = nextFilledRow(rows, headerLast + 1, end);
  const isValues = valueRow !== null && !opensIndicatorGrid(rows, valueRow) && isValueRow(rows, valueRow);
  const last = isValues ? valueRow : headerLast;
  // Without a value row the cells under the header are read blank (outside the sub-grid), not from the labels below.
  const sub = subGrid(grid, first, last);
  const header = gridHeader(sub, headerLast - first);
  const found: IndicatorGrid = { cells: {}, unnamed: [], columns: [], lastRow: last };
  if (header === null) return found;
  const layout = layoutOf(sub, header, "indicators");
  const table = sheetTable(sub, layout, values);
  const r = headerLast - first + 1;
  const subOrigin = gridOrigin(sub);
  for (const column of layout.columns) {
    if (!GRID_FIELDS.includes(column.field)) continue;
    const cell = cellAt(table, r, column.field);
    if (!cell) continue;
    found.columns.push({ field: column.field, header: column.header, address: column.address });
    const headerCell = header.cells.find((candidate) => candidate.col === column.col);
    const written = headerCell ? cardLabel(headerCell.text)?.inline : undefined;
    const headerRef = headerCell ? cellRef(sub.sheet, subOrigin, headerCell.row, headerCell.col) : cell.ref;
    if (column.field === "indicatorWeight" && cell.value.kind === "placeholder" && written !== undefined) {
      found.cells.indicatorWeight = inlineCell(headerRef, written, values);
    } else {
      found.cells[column.field] = cell;
    }
    const year = column.field === "baseline" && headerCell ? YEAR.exec(headerCell.text)?.[1] : undefined;
    if (year !== undefined && found.cells.baselineYear === undefined) {
      found.cells.baselineYear = { ref: headerRef, raw: Number(year), value: values.read(Number(year)) };
    }
  }
  unnamedHeaders(sub, header, found);
  return found;
}

function unnamedHeaders(sub: Grid, header: HeaderRow, found: IndicatorGrid): void {
  const rows = gridRows(sub);
  const named = new Set(header.cells.map((cell) => cell.col));
  for (let r = 0; r <= header.row; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    row.forEach((raw, c) => {
      const text = cellText(raw);
      if (text !== "" && !named.has(c) && cardLabel(text) === null && !isHeaderGroup(rows, r, c, header)) found.unnamed.push(text);
    });
  }
}

/** A group label over named columns («Valore Target:» over «al 30/6 | al 31/12»). */
function isHeaderGroup(rows: unknown[][], r: number, c: number, header: HeaderRow): boolean {
  return r < header.row && header.cells.some((cell) => cell.col >= c && cell.text.startsWith(cellText(rawAt(rows, r, c))));
}

/** A value row: not a label row (its first written cell is no label or indicator). */
function isValueRow(rows: unknown[][], r: number): boolean {
  const row = rows[r];
  if (!Array.isArray(row)) return false;
  const first = row.map(cellText).find((text) => text !== "") ?? "";
  const label = cardLabel(first);
  return indicatorLabel(first) === null && (label === null || GRID_CONCEPTS.has(label.concept) === false && label.concept !== "result" && label.concept !== "deviation");
}

/**
 * A word that a header of a revision table's forecasts has (headerSynonyms: forecast, newForecast):
 * «Previsione», «Valore previsto», «Target originario», «Nuovo target», «Target rivisto», «Target
 * rideterminato», «Forecast», «Original target», «New target», «Revised target». A row without one,
 * and under a row without one, is no such header: told without matching its cells, which a card's
 * every row would cost.
 */
const FORECAST_WORD = /previs|originar|original|nuov|rivist|rideterm|forecast|new|revised/i;

function mayNameForecasts(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  for (const raw of row) if (!isBlank(raw) && FORECAST_WORD.test(cellText(raw).normalize("NFKC"))) return true;
  return false;
}

/** True when row r is the header of a revision table. */
export function opensRevisionTable(rows: unknown[][], r: number): boolean {
  // The word may be a group label in the row above («Previsione» over «al 30/6 | al 31/12»).
  if (!mayNameForecasts(rows[r]) && !mayNameForecasts(rows[r - 1])) return false;
  const cells = headerCellsOfRow(rows, r);
  return cells.length >= 2 && roleOfHeaders(cells) === "revisions";
}

function isRevisionRow(rows: unknown[][], r: number): boolean {
  const row = rows[r];
  if (!Array.isArray(row)) return false;
  const texts = row.map(cellText).filter((text) => text !== "");
  return texts.length >= 2 && texts.some((text) => indicatorLabel(text) !== null);
}

export interface RevisionTable {
  rows: RevisionRow[];
  lastRow: number;
}

/** The revision table whose header is on row `first`, its rows given the card's objective code. */
export function readRevisionTable(grid: Grid, first: number, end: number, objectiveCode: string): RevisionTable {
  const rows = gridRows(grid);
  let last = first;
  let headerLast = first;
  for (let r = first + 1; r < end; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.every(isBlank)) continue;
    if (last === first && continuesHeader(rows, r)) headerLast = r;
    else if (!isRevisionRow(rows, r)) break;
    last = r;
  }
  const sub = subGrid(grid, first, last);
  const header = detectHeaderRow(sub, { maxRows: Math.min(3, last - first + 1), minConcepts: 2 });
  if (header === null || roleOfHeaders(header.cells) !== "revisions") return { rows: [], lastRow: last };
  // A header broken over two rows («Nuova previsione» over «al 31.12.2020») is not a revision.
  const firstData = gridOrigin(grid).row + headerLast + 1;
  const read = readRevisionsSheet(sub, layoutOf(sub, header, "revisions")).filter((row) => row.ref.row >= firstData);
  for (const row of read) row.objectiveCode = objectiveCode;
  return { rows: read, lastRow: last };
}

export type { GridOrigin };
