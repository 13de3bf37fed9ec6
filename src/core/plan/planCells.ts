/**
 * The cells a plan keeps, stored column by column: cell `id` is at row[id], col[id] of the sheet
 * sheets[sheet[id]], holds raw[id] (as in the grid) and value[id] (read once per distinct content and
 * shared), with its number format and formula when it has them. Nothing is an object per cell: a
 * `PlanCell` is a small view made when a caller asks for one, and its A1 reference is built only when
 * asked (a finding, a highlight). A 10.000-indicator plan keeps about 120.000 cells.
 */
import { toA1 } from "./a1";
import type { CellRef } from "./grid";
import { cellPosition } from "./gridCells";
import type { PlanCell } from "./planModel";
import type { CellValue } from "../values/valueTypes";

/** The index of a cell in its plan's store. */
export type CellId = number;

export class PlanCells {
  private readonly sheets: string[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private readonly sheet: Uint16Array;
  private readonly row: Int32Array;
  private readonly col: Int32Array;
  private readonly raws: unknown[];
  private readonly values: CellValue[];
  /** Number formats and formulas: an index into `texts` (0 for none), as most cells share a few. */
  private readonly numberFormats: Uint32Array;
  private readonly formulas: (string | undefined)[];
  private readonly texts: string[] = [""];
  private readonly textIndex = new Map<string, number>();
  private count = 0;

  constructor(capacity: number) {
    this.sheet = new Uint16Array(capacity);
    this.row = new Int32Array(capacity);
    this.col = new Int32Array(capacity);
    this.raws = [];
    this.values = [];
    this.numberFormats = new Uint32Array(capacity);
    this.formulas = [];
  }

  /** Stores a cell read from a grid and returns its id. */
  add(cell: PlanCell): CellId {
    const id = this.count;
    if (id >= this.row.length) throw new RangeError("PlanCells: more cells than the capacity counted");
    const position = cellPosition(cell);
    this.sheet[id] = this.indexOfSheet(position.sheet);
    this.row[id] = position.row;
    this.col[id] = position.col;
    this.raws[id] = cell.raw;
    this.values[id] = cell.value;
    if (cell.numberFormat !== undefined) this.numberFormats[id] = this.indexOfText(cell.numberFormat);
    this.formulas[id] = cell.formula;
    this.count += 1;
    return id;
  }

  /** The cell as a PlanCell view. */
  cell(id: CellId): PlanCell {
    return new StoredCell(this, id);
  }

  raw(id: CellId): unknown {
    return this.raws[id];
  }

  value(id: CellId): CellValue {
    const value = this.values[id];
    if (value === undefined) throw new RangeError(`PlanCells: no cell ${id}`);
    return value;
  }

  numberFormat(id: CellId): string | undefined {
    const index = this.numberFormats[id] ?? 0;
    return index === 0 ? undefined : this.texts[index];
  }

  formula(id: CellId): string | undefined {
    return this.formulas[id];
  }

  ref(id: CellId): CellRef {
    const row = this.row[id] ?? 0;
    const col = this.col[id] ?? 0;
    return { sheet: this.sheets[this.sheet[id] ?? 0] ?? "", address: toA1(row, col), row, col };
  }

  private indexOfSheet(name: string): number {
    let index = this.sheetIndex.get(name);
    if (index === undefined) {
      index = this.sheets.length;
      this.sheets.push(name);
      this.sheetIndex.set(name, index);
    }
    return index;
  }

  private indexOfText(text: string): number {
    let index = this.textIndex.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.textIndex.set(text, index);
    }
    return index;
  }
}

/** No cell: the id a cell column holds where a row has none. */
export const NO_CELL = -1;

/** A column of cells, one per row: the id of each row's cell in the store, or NO_CELL. */
export function cellColumn(rows: number): Int32Array {
  return new Int32Array(rows).fill(NO_CELL);
}

/** The PlanCell of a column's entry, or undefined where the row has none. */
export function cellIn(cells: PlanCells, id: number | undefined): PlanCell | undefined {
  return id === undefined || id === NO_CELL ? undefined : cells.cell(id);
}

/** Where each row of a table is (the cell that stands for the row), kept as numbers: the reference is built when asked. */
export class RowPlaces {
  private readonly sheets: string[];
  private readonly rows: Int32Array;
  private readonly cols: Int32Array;

  constructor(count: number) {
    this.sheets = [];
    this.rows = new Int32Array(count);
    this.cols = new Int32Array(count);
  }

  set(index: number, ref: CellRef): void {
    this.sheets[index] = ref.sheet;
    this.rows[index] = ref.row;
    this.cols[index] = ref.col;
  }

  ref(index: number): CellRef {
    const row = this.rows[index] ?? 0;
    const col = this.cols[index] ?? 0;
    return { sheet: this.sheets[index] ?? "", address: toA1(row, col), row, col };
  }
}

/** A cell of a store, as the PlanCell the rules and reports read. */
class StoredCell implements PlanCell {
  constructor(
    private readonly cells: PlanCells,
    private readonly id: CellId,
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
}
