/**
 * The cells a plan keeps, stored column by column: cell `id` is at row[id], col[id] of the sheet
 * sheets[sheet[id]] and holds content contentIds[id]: a raw value as in the grid and the value read
 * from it, stored once per distinct content and shared by every cell that repeats it (cellReading.ts);
 * with its number format and formula when it has them. Nothing is an object per cell: a
 * `PlanCell` is a small view made when a caller asks for one, and its A1 reference is built only when
 * asked (a finding, a highlight). A 10.000-indicator plan keeps about 120.000 cells.
 */
import { toA1 } from "./a1";
import type { CellRef } from "./grid";
import type { PlanCell } from "./planModel";
import type { CellValue } from "../values/valueTypes";

/** The index of a cell in its plan's store. */
export type CellId = number;

/** The index of a content (a raw value and the value read from it) in a plan's store: cells that hold the same content share it. */
export type ContentId = number;

/**
 * Texts numbered as they are met (sheet names, number formats): a store keeps a text's number for
 * each cell or row instead of the text. Cells come row by row from one sheet, and a column shares
 * its format, so the last text looked up is compared first.
 */
export class NumberedTexts {
  private readonly texts: string[];
  private readonly numbers = new Map<string, number>();
  private last: string | undefined = undefined;
  private lastNumber = 0;

  /** `first`: texts numbered from 0 before any is met (a "" that stands for none). */
  constructor(first: readonly string[] = []) {
    this.texts = [...first];
    this.texts.forEach((text, number) => this.numbers.set(text, number));
  }

  /** The text's number, given when it is first met. */
  numberOf(text: string): number {
    if (text === this.last) return this.lastNumber;
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, number);
    }
    this.last = text;
    this.lastNumber = number;
    return number;
  }

  /** The text numbered `number`, or undefined. */
  text(number: number): string | undefined {
    return this.texts[number];
  }
}

/** How many items a chunk of a ChunkedList holds: a power of two, 2^CHUNK_BITS. */
const CHUNK_BITS = 10;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * A list that grows a chunk at a time and never moves what it holds: a large plan stores tens of
 * thousands of contents, and an array grown by push copies them at every growth, leaving the copies
 * to the garbage collector.
 */
class ChunkedList<T> {
  private readonly chunks: T[][] = [];
  private count = 0;

  /** `first`: the items at indexes 0, 1, ... before any is pushed (a "" that stands for none). */
  constructor(first: readonly T[] = []) {
    for (const item of first) this.push(item);
  }

  get length(): number {
    return this.count;
  }

  /** Adds an item at the end and returns its index. */
  push(item: T): number {
    const index = this.count;
    const at = index & CHUNK_MASK;
    let chunk = this.chunks[index >>> CHUNK_BITS];
    if (chunk === undefined) {
      chunk = new Array<T>(CHUNK_SIZE);
      this.chunks.push(chunk);
    }
    chunk[at] = item;
    this.count += 1;
    return index;
  }

  /** The item at `index`, or undefined past the end. */
  at(index: number): T | undefined {
    return index < this.count ? this.chunks[index >>> CHUNK_BITS]?.[index & CHUNK_MASK] : undefined;
  }
}

export class PlanCells {
  private readonly sheets = new NumberedTexts();
  private sheet: Uint16Array;
  private row: Int32Array;
  private col: Int32Array;
  /** Each cell's content: an index into the contents, which cells repeating a text or a number share. */
  private contentIds: Uint32Array;
  /** Each content's raw value and value read, by content id. */
  private readonly raws = new ChunkedList<unknown>();
  private readonly values = new ChunkedList<CellValue>();
  /** Number formats: an index into `formats` (0 for none), as most cells share a few. */
  private numberFormats: Uint32Array;
  /** Formulas: an index into `formulaTexts` (0 for none). Each differs from the next («=F(L2)», «=F(L3)»), so none is looked up. */
  private formulas: Uint32Array;
  private readonly formulaTexts = new ChunkedList<string>([""]);
  /** The number formats met, "" numbered 0 for none. */
  private readonly formats = new NumberedTexts([""]);
  private count = 0;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.sheet = new Uint16Array(size);
    this.row = new Int32Array(size);
    this.col = new Int32Array(size);
    this.numberFormats = new Uint32Array(size);
    this.formulas = new Uint32Array(size);
    this.contentIds = new Uint32Array(size);
  }

  /** Stores a content (a raw value and the value read from it) and returns its id, to be shared by the cells that hold it. */
  content(raw: unknown, value: CellValue): ContentId {
    this.raws.push(raw);
    return this.values.push(value);
  }

  contentRaw(content: ContentId): unknown {
    return this.raws.at(content);
  }

  contentValue(content: ContentId): CellValue {
    const value = this.values.at(content);
    if (value === undefined) throw new RangeError(`PlanCells: no content ${content}`);
    return value;
  }

  /** Stores a cell at sheet coordinates (row, col) and returns its id. */
  store(sheet: string, row: number, col: number, content: ContentId, numberFormat: string | undefined, formula: string | undefined): CellId {
    return this.storeFormatted(sheet, row, col, content, this.numberFormatIndex(numberFormat), formula);
  }

  /** The index a number format is stored as (0 for none): a reader that meets a format again can keep it, and store cells with it. */
  numberFormatIndex(numberFormat: string | undefined): number {
    return numberFormat === undefined ? 0 : this.formats.numberOf(numberFormat);
  }

  /** Stores a cell whose number format is given by its index (numberFormatIndex) and returns its id. */
  storeFormatted(sheet: string, row: number, col: number, content: ContentId, numberFormatIndex: number, formula: string | undefined): CellId {
    const id = this.count;
    if (id >= this.row.length) this.growTo(this.row.length * 2);
    this.sheet[id] = this.sheets.numberOf(sheet);
    this.row[id] = row;
    this.col[id] = col;
    this.contentIds[id] = content;
    this.numberFormats[id] = numberFormatIndex;
    if (formula !== undefined) this.formulas[id] = this.formulaTexts.push(formula);
    this.count += 1;
    return id;
  }

  /**
   * Stores a cell and returns its id: a view of this store keeps its id, any other cell (a value
   * written inside a card's label, a plan written as a literal) is copied in.
   */
  add(cell: PlanCell): CellId {
    if (cell instanceof StoredCell && cell.cells === this) return cell.id;
    const position = cellPosition(cell);
    return this.store(position.sheet, position.row, position.col, this.content(cell.raw, cell.value), cell.numberFormat, cell.formula);
  }

  /** The cell as a PlanCell view. */
  cell(id: CellId): PlanCell {
    return new StoredCell(this, id);
  }

  raw(id: CellId): unknown {
    return this.raws.at(this.contentIds[id] ?? 0);
  }

  value(id: CellId): CellValue {
    if (id >= this.count) throw new RangeError(`PlanCells: no cell ${id}`);
    return this.contentValue(this.contentIds[id] ?? 0);
  }

  numberFormat(id: CellId): string | undefined {
    const index = this.numberFormats[id] ?? 0;
    return index === 0 ? undefined : this.formats.text(index);
  }

  formula(id: CellId): string | undefined {
    const index = this.formulas[id] ?? 0;
    return index === 0 ? undefined : this.formulaTexts.at(index);
  }

  position(id: CellId): CellPosition {
    return { sheet: this.sheets.text(this.sheet[id] ?? 0) ?? "", row: this.row[id] ?? 0, col: this.col[id] ?? 0 };
  }

  ref(id: CellId): CellRef {
    const row = this.row[id] ?? 0;
    const col = this.col[id] ?? 0;
    return { sheet: this.sheets.text(this.sheet[id] ?? 0) ?? "", address: toA1(row, col), row, col };
  }

  /**
   * Makes room for `more` cells beyond those stored, so that storing them does not grow the columns
   * again: a reader that knows how many cells a sheet may give reserves them before its rows. The
   * room made is an eighth larger than asked: the small sheets read after a large one (weights,
   * revisions) then fit, instead of doubling the whole store for their few cells.
   */
  reserve(more: number): void {
    const needed = this.count + more;
    if (needed > this.row.length) this.growTo(needed + Math.ceil(needed / 8));
  }

  /** The typed columns grown to `size` cells: a plan's size is known only once it is read. */
  private growTo(size: number): void {
    const grown = <T extends Uint16Array | Int32Array | Uint32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.sheet = grown(this.sheet, new Uint16Array(size));
    this.row = grown(this.row, new Int32Array(size));
    this.col = grown(this.col, new Int32Array(size));
    this.numberFormats = grown(this.numberFormats, new Uint32Array(size));
    this.formulas = grown(this.formulas, new Uint32Array(size));
    this.contentIds = grown(this.contentIds, new Uint32Array(size));
  }
}

/** Where a cell is: its sheet and 0-based sheet coordinates. */
export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

/** Where a cell is, read from a stored cell without building its address, or from any cell's reference. */
export function cellPosition(cell: PlanCell): CellPosition {
  return cell instanceof StoredCell ? cell.cells.position(cell.id) : cell.ref;
}

/** A key that two views of the same cell share: sheet, row and column. */
export function cellKey(cell: PlanCell): string {
  const { sheet, row, col } = cellPosition(cell);
  return `${row},${col},${sheet}`;
}

/** No cell: the id a cell column holds where a row has none. */
export const NO_CELL = -1;

/** A column of cells, one per row: the id of each row's cell in the store, or NO_CELL. */
export function cellColumn(rows: number): Int32Array {
  return new Int32Array(rows).fill(NO_CELL);
}

/**
 * A column of cells that grows as rows are added (a table's size is known only once it is read): the
 * id of each row's cell, or NO_CELL. A reader that knows how many rows may come reserves them at once.
 */
export class CellIdColumn {
  private ids: Int32Array;

  constructor(capacity = 64) {
    this.ids = cellColumn(Math.max(1, capacity));
  }

  get(row: number): CellId {
    return row < this.ids.length ? (this.ids[row] ?? NO_CELL) : NO_CELL;
  }

  set(row: number, id: CellId): void {
    if (row >= this.ids.length) this.reserve(Math.max(this.ids.length * 2, row + 1));
    this.ids[row] = id;
  }

  /** Makes room for rows 0 to rows - 1, so that setting them does not grow the column again. */
  reserve(rows: number): void {
    if (rows <= this.ids.length) return;
    const grown = cellColumn(rows);
    grown.set(this.ids);
    this.ids = grown;
  }
}

/** The PlanCell of a column's entry, or undefined where the row has none. */
export function cellIn(cells: PlanCells, id: number | undefined): PlanCell | undefined {
  return id === undefined || id === NO_CELL ? undefined : cells.cell(id);
}

/**
 * Where each row of a table is (the cell that stands for the row), kept as numbers: the sheet as an
 * index into the sheets met, the reference built when asked.
 */
export class RowPlaces {
  private readonly sheetNames = new NumberedTexts();
  private sheets: Uint16Array;
  private rows: Int32Array;
  private cols: Int32Array;

  constructor(count = 64) {
    const size = Math.max(1, count);
    this.sheets = new Uint16Array(size);
    this.rows = new Int32Array(size);
    this.cols = new Int32Array(size);
  }

  set(index: number, ref: CellPosition): void {
    this.setAt(index, ref.sheet, ref.row, ref.col);
  }

  /** Row `index` is at (row, col) of `sheet`. */
  setAt(index: number, sheet: string, row: number, col: number): void {
    if (index >= this.rows.length) this.reserve(Math.max(this.rows.length * 2, index + 1));
    this.sheets[index] = this.sheetNames.numberOf(sheet);
    this.rows[index] = row;
    this.cols[index] = col;
  }

  /** Makes room for rows 0 to count - 1, so that setting them does not grow the places again. */
  reserve(count: number): void {
    if (count <= this.rows.length) return;
    const sheets = new Uint16Array(count);
    const rows = new Int32Array(count);
    const cols = new Int32Array(count);
    sheets.set(this.sheets);
    rows.set(this.rows);
    cols.set(this.cols);
    this.sheets = sheets;
    this.rows = rows;
    this.cols = cols;
  }

  ref(index: number): CellRef {
    const row = this.rows[index] ?? 0;
    const col = this.cols[index] ?? 0;
    return { sheet: this.sheet(index), address: toA1(row, col), row, col };
  }

  /** The sheet of row `index`, without its reference. */
  sheet(index: number): string {
    return this.sheetNames.text(this.sheets[index] ?? 0) ?? "";
  }
}

/** A cell of a store, as the PlanCell the rules and reports read. */
class StoredCell implements PlanCell {
  constructor(
    readonly cells: PlanCells,
    readonly id: CellId,
  ) {}

  get raw(): unknown {
    return this.cells.raw(this.id);
  }

  get value(): CellValue {
    return this.cells.value(this.id);
  }

  get numberFormat(): string | undefined {
    return this.cells.numberFormat(this.id);
  }

  get formula(): string | undefined {
    return this.cells.formula(this.id);
  }

  get ref(): CellRef {
    return this.cells.ref(this.id);
  }

  /** The cell as the record it stands for, for JSON.stringify: not the whole store. */
  toJSON(): PlanCell {
    return { ref: this.ref, raw: this.raw, formula: this.formula, numberFormat: this.numberFormat, value: this.value };
  }
}

/** The largest row and column a key of `CellKeys` packs into a number (a sheet's rows and columns count from 0). */
const PACKED_ROWS = 2 ** 20;
const PACKED_COLS = 2 ** 14;

/**
 * Keys that two views of the same cell share, as `cellKey` (the same sheet, row and column give the
 * same key, whatever store or record the view comes from), but a number where the position fits a
 * sheet's rows and columns: a map of many cells then looks up numbers, not texts built per cell.
 * Numbers are only comparable between keys of the same `CellKeys`, which numbers sheets as it meets them.
 */
export class CellKeys {
  private readonly sheets = new Map<string, number>();

  of(cell: PlanCell): number | string {
    const { sheet, row, col } = cellPosition(cell);
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= PACKED_ROWS || col >= PACKED_COLS) return cellKey(cell);
    let sheetNumber = this.sheets.get(sheet);
    if (sheetNumber === undefined) {
      sheetNumber = this.sheets.size;
      this.sheets.set(sheet, sheetNumber);
    }
    return (sheetNumber * PACKED_ROWS + row) * PACKED_COLS + col;
  }
}
