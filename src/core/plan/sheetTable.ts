/**
 * A recognised sheet as a table the readers walk row by row: the cells of each field, and what kind
 * of row a row is. Rows that are not data are skipped by every reader:
 * - blank rows;
 * - total rows: "Totale ...", "Totali", "Total", "Subtotale" in a text column or as the row's first text;
 * - notes: a row with a single written cell that starts like a note ("Note:", "Nota", "N.B.", "(*)",
 *   "Fonte:", "Legenda") or that is prose (six words or more) outside the name and title columns;
 * - headers repeated inside the table (a printout's page header pasted back).
 */
import type { Grid } from "./grid";
import { cellText, gridOrigin, gridRows, isWhitespaceCode, rawAt, type GridOrigin } from "./gridCells";
import { CellReading } from "./cellReading";
import { datedFieldParts, type DatedConcept, type ReadField } from "./mapColumns";
import type { Period, PlanCell } from "./planModel";
import type { SheetLayout } from "./sheetLayout";
import { isBlank } from "../values/matchPlaceholder";

export interface SheetTable {
  grid: Grid;
  origin: GridOrigin;
  rows: unknown[][];
  layout: SheetLayout;
  /** Grid columns of each field, in sheet order. */
  columns: Map<ReadField, number[]>;
  values: CellReading;
  /** Each layout column's header as a repeated header row would show it, those not blank (no row repeats a blank header). */
  headers: HeaderText[];
  /** The dated columns (targets, results, declared deviations) with their concept and date, in sheet order. */
  dated: { concept: DatedConcept; period: Period; col: number }[];
  /** The grid columns of targets, results and baselines whose header gives «%» as the unit («Target %»): their bare numbers are percentage points. */
  pointColumns: ReadonlySet<number>;
  /** The grid columns of the text fields a total's label may sit in. */
  textColumns: number[];
  /** Each row's kind once known (an index into ROW_KINDS, -1 before): readers ask for a row's kind and for its neighbours'. */
  kinds: Int8Array;
}

/** A layout column's header as a row repeating the header shows it. */
interface HeaderText {
  col: number;
  /** The header's text (cellText) in lower case, never "". */
  text: string;
  /** The code of the text's first character, and of its capital when it is a letter from a to z (else -1). */
  first: number;
  capital: number;
}

const ROW_KINDS = ["blank", "total", "note", "header", "data"] as const;
export type RowKind = (typeof ROW_KINDS)[number];
/** Row kinds by their index in ROW_KINDS, as the table keeps them. */
const [BLANK_ROW, TOTAL_ROW, NOTE_ROW, HEADER_ROW, DATA_ROW] = [0, 1, 2, 3, 4] as const;

const TOTAL = /^(?:sub\s*-?\s*)?(?:totale|totali|total|totals|tot\.)(?!\p{L})/iu;
const NOTE = /^(?:\(\s*\*+\s*\)|\*+|note?(?!\p{L})|nota(?!\p{L})|n\.\s*b\.?|nb(?!\p{L})|fonte|fonti|legenda|source(?!\p{L}))/iu;
/** «%» standing alone in a header («Target %», «Risultato (%)», «Target» over «%»): the unit of the column's values. */
const PERCENT_UNIT = /(?:^|[\s([])%(?=$|[\s)\]])/;
const POINT_FIELDS: ReadonlySet<ReadField> = new Set(["targetUndated", "resultUndated", "baseline"]);

function isPointField(field: ReadField): boolean {
  const concept = datedFieldParts(field)?.concept;
  return POINT_FIELDS.has(field) || concept === "target" || concept === "result";
}

/** The layout's columns of targets, results and baselines whose header gives «%» as the unit: their bare numbers are percentage points. */
export function percentPointColumns(layout: SheetLayout): SheetLayout["columns"] {
  return layout.columns.filter((column) => isPointField(column.field) && PERCENT_UNIT.test(cellText(column.header)));
}

const TEXT_FIELDS: readonly ReadField[] = ["objectiveCode", "indicatorNumber", "indicatorName", "objectiveTitle", "manager"];
const PROSE_FIELDS: ReadField[] = ["indicatorName", "objectiveTitle", "reason", "notes"];

export function sheetTable(grid: Grid, layout: SheetLayout, values = new CellReading()): SheetTable {
  const columns = new Map<ReadField, number[]>();
  for (const column of layout.columns) columns.set(column.field, [...(columns.get(column.field) ?? []), column.col]);
  const headers = layout.columns.flatMap(({ col, header }) => {
    const text = cellText(header).toLowerCase();
    const first = text.charCodeAt(0);
    return text === "" ? [] : [{ col, text, first, capital: first >= 97 && first <= 122 ? first - 32 : -1 }];
  });
  const dated = layout.columns.flatMap((column) => {
    const parts = datedFieldParts(column.field);
    return parts ? [{ ...parts, col: column.col }] : [];
  });
  const pointColumns = new Set(percentPointColumns(layout).map((column) => column.col));
  const textColumns = TEXT_FIELDS.flatMap((field) => columns.get(field)?.slice(0, 1) ?? []);
  const rows = gridRows(grid);
  return { grid, origin: gridOrigin(grid), rows, layout, columns, values, headers, dated, pointColumns, textColumns, kinds: new Int8Array(rows.length).fill(-1) };
}

/** The first column of a field, if the sheet has one. */
export function columnOf(table: SheetTable, field: ReadField): number | undefined {
  return table.columns.get(field)?.[0];
}

/** The text (cellText) of the field's cell on row r, "" when the sheet has no such column. */
export function textAt(table: SheetTable, r: number, field: ReadField): string {
  return textIn(table, r, columnOf(table, field));
}

/** The text (cellText) of row r's cell in grid column col, "" when there is no column: textAt with the field's column found once. */
export function textIn(table: SheetTable, r: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(rawAt(table.rows, r, col));
}

/** The field's cell on row r as a PlanCell, or undefined when the sheet has no such column. */
export function cellAt(table: SheetTable, r: number, field: ReadField): PlanCell | undefined {
  const col = columnOf(table, field);
  return col === undefined ? undefined : table.values.cellAt(table.grid, table.origin, r, col, table.pointColumns.has(col));
}

/** The field's cell on row r, or undefined when there is no column or the cell is blank. */
export function filledCellAt(table: SheetTable, r: number, field: ReadField): PlanCell | undefined {
  return isFilledAt(table, r, field) ? cellAt(table, r, field) : undefined;
}

/** Whether the field's cell on row r is written (the sheet has the column and the cell is not blank). */
export function isFilledAt(table: SheetTable, r: number, field: ReadField): boolean {
  const col = columnOf(table, field);
  return col !== undefined && !isBlank(rawAt(table.rows, r, col));
}

export function rowKind(table: SheetTable, r: number): RowKind {
  let index = table.kinds[r] ?? -1;
  if (index < 0) {
    index = readRowKind(table, r);
    if (r < table.kinds.length) table.kinds[r] = index;
  }
  return ROW_KINDS[index] ?? "data";
}

/** What row r is, as an index into ROW_KINDS. */
function readRowKind(table: SheetTable, r: number): number {
  const row = table.rows[r];
  if (!Array.isArray(row)) return BLANK_ROW;
  // The first written cell, and whether it is the only one.
  let first = -1;
  let written = 0;
  for (let c = 0; c < row.length && written < 2; c++) {
    if (isBlank(row[c])) continue;
    if (first < 0) first = c;
    written++;
  }
  if (first < 0) return BLANK_ROW;
  const firstRaw: unknown = row[first];
  if (isTotalCell(firstRaw) || hasTotalLabel(table, row)) return TOTAL_ROW;
  if (written === 1 && isNote(table, first, cellText(firstRaw))) return NOTE_ROW;
  return repeatsHeader(table, row) ? HEADER_ROW : DATA_ROW;
}

/** Whether the only written cell of a row, in column col, is a note: it starts like one, or it is prose outside the prose columns. */
function isNote(table: SheetTable, col: number, text: string): boolean {
  if (NOTE.test(text)) return true;
  const proseColumn = PROSE_FIELDS.some((field) => columnOf(table, field) === col);
  return !proseColumn && text.split(" ").length >= 6;
}

/** Whether a text column of the row holds a total's label («Totale area»). */
function hasTotalLabel(table: SheetTable, row: readonly unknown[]): boolean {
  for (const col of table.textColumns) if (isTotalCell(row[col])) return true;
  return false;
}

/** Whether a raw cell's text (cellText) is a total's label. */
function isTotalCell(raw: unknown): boolean {
  return startsLikeTotal(raw) && TOTAL.test(cellText(raw));
}

/**
 * Whether a raw cell may start a total's label («Totale», «Subtotale», «Tot.»): its first visible
 * letters are «tot» or «sub» in either case, a quick test before the pattern. Its text (cellText)
 * starts with the same three letters, as trimming and collapsing spaces leave them be.
 */
function startsLikeTotal(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const start = firstVisibleIndex(raw);
  if (start < 0 || start + 3 > raw.length) return false;
  const first = raw.charCodeAt(start) | 0x20;
  if (first !== 0x74 && first !== 0x73) return false; // t, s
  const second = raw.charCodeAt(start + 1) | 0x20;
  const third = raw.charCodeAt(start + 2) | 0x20;
  return (first === 0x74 && second === 0x6f && third === 0x74) || (first === 0x73 && second === 0x75 && third === 0x62); // tot, sub
}

/** Whether the row repeats the header: two layout columns or more hold their header's text, in any case. */
function repeatsHeader(table: SheetTable, row: readonly unknown[]): boolean {
  let repeated = 0;
  for (const header of table.headers) {
    const raw = row[header.col];
    if (typeof raw === "string" && startsLikeHeader(raw, header) && isHeaderText(cellText(raw), header) && ++repeated === 2) return true;
  }
  return false;
}

/** Whether a cell's text (cellText) in lower case is the header's: lowering never shortens a text, so a longer one is not, and is not lowered. */
function isHeaderText(text: string, header: HeaderText): boolean {
  return text.length <= header.text.length && text.toLowerCase() === header.text;
}

/**
 * Whether a raw text's first visible character is the header's in either case, a quick test before
 * the whole text: most data cells differ at once.
 */
function startsLikeHeader(raw: string, header: HeaderText): boolean {
  const start = raw.charCodeAt(0);
  // A visible ASCII character (most texts start with one) is the header's or its capital.
  if (start > 32 && start < 128) return start === header.first || start === header.capital;
  const code = firstVisibleCode(raw);
  if (code === header.first) return true;
  if (code < 128) return code >= 65 && code <= 90 && code + 32 === header.first;
  return String.fromCharCode(code).toLowerCase() === header.text.charAt(0);
}

/** The index of a text's first character that is not whitespace, or -1. */
function firstVisibleIndex(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The code of a text's first character that is not whitespace, or -1. */
function firstVisibleCode(text: string): number {
  const index = firstVisibleIndex(text);
  return index < 0 ? -1 : text.charCodeAt(index);
}
