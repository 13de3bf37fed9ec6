/**
 * A plan's indicators stored column by column: each field in an array indexed by the indicator's
 * position, each cell as an id in the plan's cell store (planCells.ts). The reader builds one record
 * per indicator while it reads; once the plan is complete, `storeIndicators` moves them into columns
 * and gives back one small view per indicator, which reads its fields from the columns and makes its
 * cells when asked. A 10.000-indicator plan keeps a few megabytes instead of one object per cell.
 */
import type { CellRef } from "./grid";
import { cellIn, CellIdColumn, NO_CELL, PlanCells, RowPlaces, type CellId, type CellPosition } from "./planCells";
import type { Indicator, Period, PlanCell } from "./planModel";
import type { Polarity } from "./polarity";
import type { CellValue } from "../values/valueTypes";
import { comparePeriods } from "./reportingDate";

/** Cells an indicator has at most once. */
const SINGLE_CELLS = ["polarityCell", "baseline", "baselineYear", "weight", "deviationCell", "achievementCell"] as const;
export type SingleCell = (typeof SINGLE_CELLS)[number];

/** Cells an indicator has once per date. */
const DATED_CELLS = ["targets", "results", "declaredDeviations"] as const;
export type DatedCells = (typeof DATED_CELLS)[number];

/** Texts an indicator may have. */
const OPTIONAL_TEXTS = ["type", "dimension", "unit", "notes", "polarityInferred"] as const;
export type OptionalText = (typeof OPTIONAL_TEXTS)[number];

/** The fields an indicator row gives besides its cells. */
export interface IndicatorFields {
  objectiveCode: string;
  number: string;
  name: string;
  polarity: Polarity;
  polarityBasis?: Indicator["polarityBasis"];
  polarityInferred?: string;
  type?: string;
  dimension?: string;
  unit?: string;
  notes?: string;
}

/** Cells written without a date: they belong to the reporting date, known once the whole plan is read. */
export interface UndatedCells {
  target?: PlanCell;
  result?: PlanCell;
  declaredDeviation?: PlanCell;
}

/** An indicator read as a record (a card's), with the cells it has without a date. */
export interface IndicatorRecord {
  indicator: Indicator;
  undated: UndatedCells;
}

const UNDATED_KINDS = { target: "targets", result: "results", declaredDeviation: "declaredDeviations" } as const;
export type UndatedKind = keyof typeof UNDATED_KINDS;

/** The room the columns make when they run out of it without a reservation (`reserve`). */
const FIRST_CAPACITY = 64;

/**
 * The columns of a plan's indicators, filled row by row as the sheets are read (`addRow`, then the
 * other fields and the cells by id) or from records (`addRecord`: cards, plans written as literals);
 * the views (`views`) read them, so what is changed after (the reporting date's undated cells, the
 * objectives' codes once linked) is what they show.
 * A sheet's reader reserves room for as many indicators as the sheet has rows (`reserve`): the
 * columns are then made once at their size, not grown by copying as indicators are added.
 */
export class IndicatorColumns {
  private count = 0;
  /** How many indicators the columns have room for. */
  private capacity = 0;
  readonly objectiveCode: string[] = [];
  readonly number: string[] = [];
  readonly name: string[] = [];
  readonly polarity: Polarity[] = [];
  readonly polarityBasis: (Indicator["polarityBasis"] | undefined)[] = [];
  /** Each optional text (type, unit, notes...) by indicator, undefined where it has none; a reader sets it at the index `addRow` gave. */
  readonly texts: Record<OptionalText, (string | undefined)[]> = { type: [], dimension: [], unit: [], notes: [], polarityInferred: [] };
  readonly single: Record<SingleCell, CellIdColumn> = {
    polarityCell: new CellIdColumn(), baseline: new CellIdColumn(), baselineYear: new CellIdColumn(), weight: new CellIdColumn(),
    deviationCell: new CellIdColumn(), achievementCell: new CellIdColumn(),
  };
  /** By kind, then by date: the id of each indicator's cell at that date, or NO_CELL. */
  readonly dated: Record<DatedCells, Map<Period, CellIdColumn>> = { targets: new Map(), results: new Map(), declaredDeviations: new Map() };
  /** The cells written without a date, until the reporting date is known (`placeUndated`). */
  private readonly undated: Record<UndatedKind, CellIdColumn> = { target: new CellIdColumn(), result: new CellIdColumn(), declaredDeviation: new CellIdColumn() };
  /** Where each indicator's row is (its name's cell, else its number's), for findings about the indicator as a whole. */
  readonly places = new RowPlaces();
  private madeViews: Indicator[] | undefined;

  constructor(readonly cells: PlanCells = new PlanCells()) {}

  get size(): number {
    return this.count;
  }

  /**
   * Makes room for `more` indicators beyond those added (a sheet's rows below its header), so that
   * adding them grows no column. Room left unused is given back when the views are made.
   */
  reserve(more: number): void {
    const size = this.count + more;
    if (size <= this.capacity) return;
    this.capacity = size;
    for (const column of this.textColumns()) column.length = size;
    for (const column of this.idColumns()) column.reserve(size);
    this.places.reserve(size);
  }

  /** The columns of texts and words, one entry per indicator. */
  private textColumns(): unknown[][] {
    return [this.objectiveCode, this.number, this.name, this.polarity, this.polarityBasis, ...OPTIONAL_TEXTS.map((field) => this.texts[field])];
  }

  /** The columns of cell ids, one entry per indicator. */
  private idColumns(): CellIdColumn[] {
    const dated = DATED_CELLS.flatMap((kind) => [...this.dated[kind].values()]);
    return [...Object.values(this.single), ...Object.values(this.undated), ...dated];
  }

  /**
   * Adds an indicator by its objective's code, its number and its name, with the cell that stands for
   * its row (sheet, row, col); returns its index, for its other fields (polarity, texts) and its cells.
   */
  addRow(objectiveCode: string, number: string, name: string, sheet: string, row: number, col: number): number {
    const i = this.count;
    if (i >= this.capacity) this.reserve(Math.max(this.capacity, FIRST_CAPACITY));
    this.count += 1;
    this.objectiveCode[i] = objectiveCode;
    this.number[i] = number;
    this.name[i] = name;
    this.places.setAt(i, sheet, row, col);
    this.madeViews = undefined;
    return i;
  }

  /** Adds an indicator with its fields and the cell that stands for its row; returns its index, for its cells. */
  add(fields: IndicatorFields, place: CellPosition): number {
    const i = this.addRow(fields.objectiveCode, fields.number, fields.name, place.sheet, place.row, place.col);
    this.polarity[i] = fields.polarity;
    this.polarityBasis[i] = fields.polarityBasis;
    for (const field of OPTIONAL_TEXTS) this.texts[field][i] = fields[field];
    return i;
  }

  /** Adds an indicator from its record and its undated cells; the cells are copied into the store (cells read into it keep their ids). */
  addRecord(indicator: Indicator, undated: UndatedCells = {}): number {
    const i = this.add(indicator, indicator.ref);
    for (const field of SINGLE_CELLS) {
      const cell = indicator[field];
      if (cell !== undefined) this.single[field].set(i, this.cells.add(cell));
    }
    for (const kind of DATED_CELLS) {
      const byDate = indicator[kind];
      for (const period in byDate) {
        const cell = byDate[period];
        if (cell !== undefined) this.setDated(kind, period, i, this.cells.add(cell));
      }
    }
    for (const kind of Object.keys(UNDATED_KINDS) as UndatedKind[]) {
      const cell = undated[kind];
      if (cell !== undefined) this.undated[kind].set(i, this.cells.add(cell));
    }
    return i;
  }

  setPolarity(i: number, polarity: Polarity, basis: Indicator["polarityBasis"], inferred: string | undefined): void {
    this.polarity[i] = polarity;
    this.polarityBasis[i] = basis;
    this.texts.polarityInferred[i] = inferred;
  }

  setCell(field: SingleCell, i: number, id: CellId): void {
    if (id !== NO_CELL) this.single[field].set(i, id);
  }

  /** Takes indicator i's cell `field` away from it and gives it back (a column read as its objective's: readCombinedSheet). */
  takeCell(field: SingleCell, i: number): PlanCell | undefined {
    const id = this.single[field].get(i);
    if (id === NO_CELL) return undefined;
    this.single[field].set(i, NO_CELL);
    return this.cellOf(id);
  }

  /** The indicator's cell of `kind` at `date`: the first one given for a date is kept. */
  setDated(kind: DatedCells, date: Period, i: number, id: CellId): void {
    if (id === NO_CELL) return;
    const ids = this.datedIds(kind, date);
    if (ids.get(i) === NO_CELL) ids.set(i, id);
  }

  /**
   * The column of the cells of `kind` at `date`, one id per indicator, made when first asked: a
   * reader that fills a dated column of a sheet row by row fetches it once for the sheet.
   */
  datedIds(kind: DatedCells, date: Period): CellIdColumn {
    let ids = this.dated[kind].get(date);
    if (ids === undefined) {
      ids = new CellIdColumn(this.capacity);
      this.dated[kind].set(date, ids);
      delete this.sortedDates[kind];
      delete this.datedEntries[kind];
    }
    return ids;
  }

  setUndated(kind: UndatedKind, i: number, id: CellId): void {
    if (id !== NO_CELL) this.undated[kind].set(i, id);
  }

  /** Puts the cells written without a date at the reporting date, where the indicator has none of its own. */
  placeUndated(period: Period): void {
    for (const kind of Object.keys(UNDATED_KINDS) as UndatedKind[]) {
      for (let i = 0; i < this.count; i++) this.setDated(UNDATED_KINDS[kind], period, i, this.undated[kind].get(i));
    }
  }

  /** Links each indicator to its objective: `resolve` gives the code the plan knows for the code written. */
  resolveObjectives(resolve: (code: string) => string): void {
    // An objective's indicators come one after another: each run of one code is resolved once.
    let written: string | undefined;
    let resolved = "";
    for (let i = 0; i < this.count; i++) {
      const code = this.objectiveCode[i] ?? "";
      if (code !== written) {
        written = code;
        resolved = resolve(code);
      }
      this.objectiveCode[i] = resolved;
    }
  }

  /** One view per indicator, in order (made once); the text columns are cut to the indicators added. */
  views(): Indicator[] {
    if (this.madeViews === undefined) {
      if (this.capacity > this.count) {
        for (const column of this.textColumns()) column.length = this.count;
        this.capacity = this.count;
      }
      const views: Indicator[] = [];
      for (let i = 0; i < this.count; i++) views.push(new StoredIndicator(this, i));
      this.madeViews = views;
    }
    return this.madeViews;
  }

  cellOf(id: number | undefined): PlanCell | undefined {
    return cellIn(this.cells, id);
  }

  /** The dates of each kind, earliest first, found once (a column of ids per date). */
  private readonly sortedDates: Partial<Record<DatedCells, Period[]>> = {};

  /** The dates of each kind with their columns, as a list made once: a walk over every indicator reads it without an iterator and a pair per date. */
  private readonly datedEntries: Partial<Record<DatedCells, [Period, CellIdColumn][]>> = {};

  datedColumns(kind: DatedCells): readonly [Period, CellIdColumn][] {
    let entries = this.datedEntries[kind];
    if (entries === undefined) {
      entries = [...this.dated[kind]];
      this.datedEntries[kind] = entries;
    }
    return entries;
  }

  /** The cell of `kind` at `date` of indicator `index`, without building its record of dates. */
  datedCell(kind: DatedCells, index: number, date: Period): PlanCell | undefined {
    return this.cellOf(this.dated[kind].get(date)?.get(index));
  }

  /** The value of that cell, without a view of it: what a pass over every indicator reads. */
  datedValue(kind: DatedCells, index: number, date: Period): CellValue | undefined {
    const id = this.dated[kind].get(date)?.get(index);
    return id === undefined || id === NO_CELL ? undefined : this.cells.value(id);
  }

  /** The dates at which indicator `index` has a cell of `kind`, earliest first. */
  datesOf(kind: DatedCells, index: number): Period[] {
    let dates = this.sortedDates[kind];
    if (dates === undefined) {
      dates = [...this.dated[kind].keys()].sort(comparePeriods);
      this.sortedDates[kind] = dates;
    }
    const dated = this.dated[kind];
    return dates.filter((date) => (dated.get(date)?.get(index) ?? NO_CELL) !== NO_CELL);
  }

  datedOf(kind: DatedCells, index: number): Partial<Record<Period, PlanCell>> {
    const cells: Partial<Record<Period, PlanCell>> = {};
    for (const [period, ids] of this.dated[kind]) {
      const cell = this.cellOf(ids.get(index));
      if (cell !== undefined) cells[period] = cell;
    }
    return cells;
  }

  /** The value of indicator `index`'s cell `field` (its weight, its baseline...), without a view of the cell. */
  singleValue(field: SingleCell, index: number): CellValue | undefined {
    const id = this.single[field].get(index);
    return id === NO_CELL ? undefined : this.cells.value(id);
  }

  /**
   * The values of the cells of `kind` at `date`, by indicator index: what a pass over every indicator
   * reads, the date's column found once (datedValue finds it for each indicator).
   */
  datedValuesAt(kind: DatedCells, date: Period): (index: number) => CellValue | undefined {
    const ids = this.dated[kind].get(date);
    const cells = this.cells;
    if (ids === undefined) return () => undefined;
    return (index) => {
      const id = ids.get(index);
      return id === NO_CELL ? undefined : cells.value(id);
    };
  }

  /** Whether `indicators` are the views of these columns, in order (views()). */
  isViewList(indicators: readonly Indicator[]): boolean {
    return this.madeViews === indicators;
  }

  /** The values of the cells `field` (the weights, the baselines...), by indicator index: singleValue without the field's column looked up per indicator. */
  singleValuesAt(field: SingleCell): (index: number) => CellValue | undefined {
    const ids = this.single[field];
    const cells = this.cells;
    return (index) => {
      const id = ids.get(index);
      return id === NO_CELL ? undefined : cells.value(id);
    };
  }
}

/** One indicator of the columns: every field read from them when asked. */
class StoredIndicator implements Indicator {
  constructor(
    private readonly columns: IndicatorColumns,
    private readonly index: number,
  ) {}

  get objectiveCode(): string {
    return this.columns.objectiveCode[this.index] ?? "";
  }

  get number(): string {
    return this.columns.number[this.index] ?? "";
  }

  get name(): string {
    return this.columns.name[this.index] ?? "";
  }

  get polarity(): Polarity {
    return this.columns.polarity[this.index] ?? "increasing";
  }

  get polarityBasis(): Indicator["polarityBasis"] {
    return this.columns.polarityBasis[this.index];
  }

  get polarityInferred(): string | undefined {
    return this.columns.texts.polarityInferred[this.index];
  }

  get type(): string | undefined {
    return this.columns.texts.type[this.index];
  }

  get dimension(): string | undefined {
    return this.columns.texts.dimension[this.index];
  }

  get unit(): string | undefined {
    return this.columns.texts.unit[this.index];
  }

  get notes(): string | undefined {
    return this.columns.texts.notes[this.index];
  }

  get polarityCell(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.polarityCell.get(this.index));
  }

  get baseline(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.baseline.get(this.index));
  }

  get baselineYear(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.baselineYear.get(this.index));
  }

  get weight(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.weight.get(this.index));
  }

  get deviationCell(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.deviationCell.get(this.index));
  }

  get achievementCell(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.achievementCell.get(this.index));
  }

  get targets(): Partial<Record<Period, PlanCell>> {
    return this.columns.datedOf("targets", this.index);
  }

  get results(): Partial<Record<Period, PlanCell>> {
    return this.columns.datedOf("results", this.index);
  }

  get declaredDeviations(): Partial<Record<Period, PlanCell>> {
    return this.columns.datedOf("declaredDeviations", this.index);
  }

  get ref(): CellRef {
    return this.columns.places.ref(this.index);
  }

  datedCell(kind: DatedCells, date: Period): PlanCell | undefined {
    return this.columns.datedCell(kind, this.index, date);
  }

  /** The indicator as the record it stands for, for JSON.stringify: its fields, not the columns it reads them from. */
  toJSON(): Indicator {
    return {
      objectiveCode: this.objectiveCode, number: this.number, name: this.name, type: this.type, dimension: this.dimension,
      polarityCell: this.polarityCell, polarity: this.polarity, polarityInferred: this.polarityInferred, polarityBasis: this.polarityBasis,
      unit: this.unit, baseline: this.baseline, baselineYear: this.baselineYear, targets: this.targets, weight: this.weight, results: this.results,
      declaredDeviations: this.declaredDeviations, deviationCell: this.deviationCell, achievementCell: this.achievementCell, notes: this.notes, ref: this.ref,
    };
  }

  datedValue(kind: DatedCells, date: Period): CellValue | undefined {
    return this.columns.datedValue(kind, this.index, date);
  }

  datesOf(kind: DatedCells): Period[] {
    return this.columns.datesOf(kind, this.index);
  }

  /** Adds to `dates` the dates at which the indicator has a cell of `kind`, skipping those already there. */
  addDatesOf(kind: DatedCells, dates: Set<Period>): void {
    const columns = this.columns.datedColumns(kind);
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (column !== undefined && column[1].get(this.index) !== NO_CELL && !dates.has(column[0])) dates.add(column[0]);
    }
  }

  singleValue(field: SingleCell): CellValue | undefined {
    return this.columns.singleValue(field, this.index);
  }

  /** datedValuesAt of its columns, when `indicators` are their views in order (a read plan's indicators); else null. */
  datedValuesOfViews(indicators: readonly Indicator[], kind: DatedCells, date: Period): ((index: number) => CellValue | undefined) | null {
    return this.columns.isViewList(indicators) ? this.columns.datedValuesAt(kind, date) : null;
  }

  /** The sheet of the indicator's row, without building its reference. */
  get sheet(): string {
    return this.columns.places.sheet(this.index);
  }

  /** singleValuesAt of its columns, when `indicators` are their views in order (a read plan's indicators); else null. */
  singleValuesOfViews(indicators: readonly Indicator[], field: SingleCell): ((index: number) => CellValue | undefined) | null {
    return this.columns.isViewList(indicators) ? this.columns.singleValuesAt(field) : null;
  }
}

/**
 * The indicator's cell of `kind` at `date`: a column lookup for an indicator of a read plan, the
 * record's entry for any other (a plan written as a literal).
 */
export function datedCell(indicator: Indicator, kind: DatedCells, date: Period): PlanCell | undefined {
  return indicator instanceof StoredIndicator ? indicator.datedCell(kind, date) : indicator[kind][date];
}

/** The value of the indicator's cell of `kind` at `date`, without a view of the cell: what datedCell(…)?.value reads. */
export function datedValue(indicator: Indicator, kind: DatedCells, date: Period): CellValue | undefined {
  return indicator instanceof StoredIndicator ? indicator.datedValue(kind, date) : indicator[kind][date]?.value;
}

/**
 * The values of the indicators' cells of `kind` at `date`, by position in `indicators`: datedValue of
 * each, the date's column found once when they are a read plan's indicators.
 */
export function datedValuesOf(indicators: readonly Indicator[], kind: DatedCells, date: Period): (index: number) => CellValue | undefined {
  const first = indicators[0];
  const columnar = first instanceof StoredIndicator ? first.datedValuesOfViews(indicators, kind, date) : null;
  return columnar ?? ((index) => {
    const indicator = indicators[index];
    return indicator === undefined ? undefined : datedValue(indicator, kind, date);
  });
}

/** The dates at which the indicator has a cell of `kind`, earliest first. */
export function datedCellDates(indicator: Indicator, kind: DatedCells): Period[] {
  return indicator instanceof StoredIndicator ? indicator.datesOf(kind) : Object.keys(indicator[kind]).sort(comparePeriods);
}

/** Every date at which some of the indicators has a cell of `kind`: the columns' dates for a read plan's indicators, without a list per indicator. */
export function datesWithCells(indicators: readonly Indicator[], kind: DatedCells): Set<Period> {
  const dates = new Set<Period>();
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    if (indicator instanceof StoredIndicator) indicator.addDatesOf(kind, dates);
    else if (indicator !== undefined) for (const period of Object.keys(indicator[kind])) dates.add(period);
  }
  return dates;
}

/**
 * The indicators moved into columns, in the same order, as views. The records given are not kept: the
 * views read the same fields and cells from the columns. Their cells go into `cells`, the plan's store
 * (cells read into it keep their ids).
 */
export function storeIndicators(indicators: readonly Indicator[], cells = new PlanCells()): Indicator[] {
  const columns = new IndicatorColumns(cells);
  for (const indicator of indicators) columns.addRecord(indicator);
  return columns.views();
}

/** The value of the indicator's cell `field` (its weight, its baseline...), without a view of the cell: what indicator[field]?.value reads. */
export function singleValue(indicator: Indicator, field: SingleCell): CellValue | undefined {
  return indicator instanceof StoredIndicator ? indicator.singleValue(field) : indicator[field]?.value;
}

/** The sheet of the indicator's row (`indicator.ref.sheet`), without building its A1 reference for a read plan's indicator. */
export function indicatorSheet(indicator: Indicator): string {
  return indicator instanceof StoredIndicator ? indicator.sheet : indicator.ref.sheet;
}

/**
 * The values of the indicators' cells `field` (their weights, their baselines...), by position in
 * `indicators`: singleValue of each, the field's column found once when they are a read plan's indicators.
 */
export function singleValuesOf(indicators: readonly Indicator[], field: SingleCell): (index: number) => CellValue | undefined {
  const first = indicators[0];
  const columnar = first instanceof StoredIndicator ? first.singleValuesOfViews(indicators, field) : null;
  return columnar ?? ((index) => {
    const indicator = indicators[index];
    return indicator === undefined ? undefined : singleValue(indicator, field);
  });
}
