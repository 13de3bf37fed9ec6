/**
 * A plan's indicators stored column by column: each field in an array indexed by the indicator's
 * position, each cell as an id in the plan's cell store (planCells.ts). The reader builds one record
 * per indicator while it reads; once the plan is complete, `storeIndicators` moves them into columns
 * and gives back one small view per indicator, which reads its fields from the columns and makes its
 * cells when asked. A 10.000-indicator plan keeps a few megabytes instead of one object per cell.
 */
import type { CellRef } from "./grid";
import { cellColumn, cellIn, NO_CELL, PlanCells, RowPlaces } from "./planCells";
import type { Indicator, Period, PlanCell } from "./planModel";
import type { Polarity } from "./polarity";
import { comparePeriods } from "./reportingDate";

/** Cells an indicator has at most once. */
const SINGLE_CELLS = ["polarityCell", "baseline", "baselineYear", "weight", "deviationCell", "achievementCell"] as const;
type SingleCell = (typeof SINGLE_CELLS)[number];

/** Cells an indicator has once per date. */
const DATED_CELLS = ["targets", "results", "declaredDeviations"] as const;
export type DatedCells = (typeof DATED_CELLS)[number];

/** Texts an indicator may have. */
const OPTIONAL_TEXTS = ["type", "dimension", "unit", "notes", "polarityInferred"] as const;
type OptionalText = (typeof OPTIONAL_TEXTS)[number];

/** The columns of a plan's indicators. */
class IndicatorColumns {
  readonly objectiveCode: string[];
  readonly number: string[];
  readonly name: string[];
  readonly polarity: Polarity[];
  readonly polarityBasis: (Indicator["polarityBasis"] | undefined)[];
  readonly texts: Record<OptionalText, (string | undefined)[]>;
  readonly single: Record<SingleCell, Int32Array>;
  /** By kind, then by date: the id of each indicator's cell at that date, or NO_CELL. */
  readonly dated: Record<DatedCells, Map<Period, Int32Array>>;
  /** Where each indicator's row is (its name's cell, else its number's), for findings about the indicator as a whole. */
  readonly places: RowPlaces;

  constructor(
    readonly cells: PlanCells,
    count: number,
  ) {
    this.objectiveCode = [];
    this.number = [];
    this.name = [];
    this.polarity = [];
    this.polarityBasis = [];
    this.texts = { type: [], dimension: [], unit: [], notes: [], polarityInferred: [] };
    this.single = {
      polarityCell: cellColumn(count), baseline: cellColumn(count), baselineYear: cellColumn(count), weight: cellColumn(count),
      deviationCell: cellColumn(count), achievementCell: cellColumn(count),
    };
    this.dated = { targets: new Map(), results: new Map(), declaredDeviations: new Map() };
    this.places = new RowPlaces(count);
  }

  cellOf(id: number | undefined): PlanCell | undefined {
    return cellIn(this.cells, id);
  }

  /** The dates of each kind, earliest first, found once (a column of ids per date). */
  private readonly sortedDates: Partial<Record<DatedCells, Period[]>> = {};

  /** The cell of `kind` at `date` of indicator `index`, without building its record of dates. */
  datedCell(kind: DatedCells, index: number, date: Period): PlanCell | undefined {
    return this.cellOf(this.dated[kind].get(date)?.[index]);
  }

  /** The dates at which indicator `index` has a cell of `kind`, earliest first. */
  datesOf(kind: DatedCells, index: number): Period[] {
    let dates = this.sortedDates[kind];
    if (dates === undefined) {
      dates = [...this.dated[kind].keys()].sort(comparePeriods);
      this.sortedDates[kind] = dates;
    }
    const dated = this.dated[kind];
    return dates.filter((date) => (dated.get(date)?.[index] ?? NO_CELL) !== NO_CELL);
  }

  datedOf(kind: DatedCells, index: number): Partial<Record<Period, PlanCell>> {
    const cells: Partial<Record<Period, PlanCell>> = {};
    for (const [period, ids] of this.dated[kind]) {
      const cell = this.cellOf(ids[index]);
      if (cell !== undefined) cells[period] = cell;
    }
    return cells;
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
    return this.columns.cellOf(this.columns.single.polarityCell[this.index]);
  }

  get baseline(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.baseline[this.index]);
  }

  get baselineYear(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.baselineYear[this.index]);
  }

  get weight(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.weight[this.index]);
  }

  get deviationCell(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.deviationCell[this.index]);
  }

  get achievementCell(): PlanCell | undefined {
    return this.columns.cellOf(this.columns.single.achievementCell[this.index]);
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

  datesOf(kind: DatedCells): Period[] {
    return this.columns.datesOf(kind, this.index);
  }
}

/**
 * The indicator's cell of `kind` at `date`: a column lookup for an indicator of a read plan, the
 * record's entry for any other (a plan written as a literal).
 */
export function datedCell(indicator: Indicator, kind: DatedCells, date: Period): PlanCell | undefined {
  return indicator instanceof StoredIndicator ? indicator.datedCell(kind, date) : indicator[kind][date];
}

/** The dates at which the indicator has a cell of `kind`, earliest first. */
export function datedCellDates(indicator: Indicator, kind: DatedCells): Period[] {
  return indicator instanceof StoredIndicator ? indicator.datesOf(kind) : Object.keys(indicator[kind]).sort(comparePeriods);
}

/**
 * The indicators moved into columns, in the same order, as views. The records given are not kept: the
 * views read the same fields and cells from the columns. Their cells go into `cells`, the plan's store
 * (cells read into it keep their ids).
 */
export function storeIndicators(indicators: readonly Indicator[], cells = new PlanCells()): Indicator[] {
  const columns = new IndicatorColumns(cells, indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i] as Indicator;
    columns.objectiveCode[i] = indicator.objectiveCode;
    columns.number[i] = indicator.number;
    columns.name[i] = indicator.name;
    columns.polarity[i] = indicator.polarity;
    columns.polarityBasis[i] = indicator.polarityBasis;
    for (const field of OPTIONAL_TEXTS) columns.texts[field][i] = indicator[field];
    for (const field of SINGLE_CELLS) {
      const cell = indicator[field];
      if (cell !== undefined) columns.single[field][i] = cells.add(cell);
    }
    for (const kind of DATED_CELLS) {
      const byDate = indicator[kind];
      for (const period in byDate) {
        const cell = byDate[period];
        if (cell === undefined) continue;
        let ids = columns.dated[kind].get(period);
        if (ids === undefined) {
          ids = cellColumn(indicators.length);
          columns.dated[kind].set(period, ids);
        }
        ids[i] = cells.add(cell);
      }
    }
    columns.places.set(i, indicator.ref);
  }
  return indicators.map((_, i) => new StoredIndicator(columns, i));
}

