/**
 * The indicators of the data rows of an indicator sheet or a combined sheet, one per row, written
 * straight into the plan's indicator columns (indicatorColumns.ts): their fields, and their cells as
 * ids of the plan's cell store.
 * A row is an indicator when it has a name, or a number together with some value (target, result,
 * weight, baseline). Cells of recognised columns are kept even when blank: a blank target is a
 * placeholder at a known address, which is what a rule about a missing target needs.
 * Targets, results and declared deviations are keyed by their column's date (see reportingDate.ts);
 * those written without a date are kept apart (undated): they belong to the reporting date, which is
 * known only once the whole plan is read.
 */
import { cellText, gridRowAt, moveToRow, type GridRow } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import { inferPolarity, polarityWrittenAs } from "./inferPolarity";
import type { DatedCells, IndicatorColumns, OptionalText, SingleCell } from "./indicatorColumns";
import { cellIn, NO_CELL, type CellId, type CellIdColumn } from "./planCells";
import { indicatorNumberText, splitNamedCode } from "./planCodes";
import type { ReadField } from "./mapColumns";
import type { Period } from "./planModel";
import { columnOf, rowKind, type SheetTable } from "./sheetTable";
import type { CellValue } from "../values/valueTypes";

/** No column: where a sheet lacks a field. */
const NO_COLUMN = -1;

const VALUE_FIELDS: readonly ReadField[] = ["targetUndated", "resultUndated", "indicatorWeight", "baseline"];

const DATED_KINDS = { target: "targets", result: "results", declaredDeviation: "declaredDeviations" } as const;

/** The indicator's cells read from a column of their own, when the sheet has it: each with its field. */
const OPTIONAL_CELLS: readonly { key: SingleCell; field: ReadField }[] = [
  { key: "baseline", field: "baseline" }, { key: "baselineYear", field: "baselineYear" }, { key: "weight", field: "indicatorWeight" },
  { key: "deviationCell", field: "deviation" }, { key: "achievementCell", field: "achievement" },
];

/** The indicator's texts read from its row besides its name and number, each from its field's column when the sheet has it. */
const ROW_TEXTS: readonly { key: OptionalText; field: ReadField }[] = [
  { key: "type", field: "indicatorType" }, { key: "unit", field: "unit" }, { key: "notes", field: "notes" },
];

/** A dated column read into the indicator: the first column of its kind and date (a later one with the same date is not read). */
interface DatedColumn {
  kind: DatedCells;
  period: Period;
  col: number;
  isTarget: boolean;
  /**
   * The indicators' cells of its kind at its date (IndicatorColumns.datedIds), fetched when the
   * sheet's first indicator is read: a sheet without indicators adds no date to the plan.
   */
  ids: CellIdColumn | undefined;
}

/**
 * Counts the indicators of each objective, to number those whose N. cell is blank (1, 2, ...). An
 * objective's indicators mostly follow one another: the objective being counted keeps its count at
 * hand, and puts it in the map of counts when another one comes.
 */
export class IndicatorCounter {
  private readonly counts = new Map<string, number>();
  private current: string | undefined;
  private currentCount = 0;

  next(objectiveCode: string): number {
    if (objectiveCode !== this.current) {
      if (this.current !== undefined) this.counts.set(this.current, this.currentCount);
      this.current = objectiveCode;
      this.currentCount = this.counts.get(objectiveCode) ?? 0;
    }
    this.currentCount += 1;
    return this.currentCount;
  }
}

/** How many rows there are below the header down to the last one with something written (a sheet's used range may run on blank). */
function writtenRowsBelowHeader(table: SheetTable): number {
  let last = table.rows.length - 1;
  while (last > table.layout.headerRow && rowKind(table, last) === "blank") last -= 1;
  return Math.max(0, last - table.layout.headerRow);
}

function textOrUndefined(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/**
 * The indicator rows of one sheet, read into the plan's indicator columns. Where each field is, and
 * which dated columns are read, is found once for the sheet rather than on each of its rows.
 */
export class IndicatorRows {
  private readonly counter = new IndicatorCounter();
  private readonly name: number;
  private readonly number: number;
  /** The texts read from the row (ROW_TEXTS), each with the column of texts it is kept in. */
  private readonly rowTexts: { texts: (string | undefined)[]; col: number }[];
  /** The column of the cell that stands for the row (the name's, else the number's). */
  private readonly refCol: number;
  /** The columns whose value makes a numbered row an indicator: the value fields' and every dated one. */
  private readonly valueColumns: number[];
  private readonly dated: DatedColumn[] = [];
  private readonly targetUndated: number;
  private readonly polarity: number;
  /** The cells read from a column of their own (OPTIONAL_CELLS), each with the column of ids it is kept in. */
  private readonly optional: { ids: CellIdColumn; col: number }[];
  private readonly resultUndated: number;
  private readonly declaredDeviationUndated: number;
  /** 1 for each grid column whose bare numbers are percentage points (the table's pointColumns), by column. */
  private readonly inPoints: Uint8Array;
  /** The row being read: one GridRow moved from row to row. */
  private readonly current: GridRow;

  constructor(
    private readonly table: SheetTable,
    private readonly columns: IndicatorColumns,
  ) {
    const column = (field: ReadField) => columnOf(table, field) ?? NO_COLUMN;
    this.name = column("indicatorName");
    this.number = column("indicatorNumber");
    this.rowTexts = ROW_TEXTS.map(({ key, field }) => ({ texts: columns.texts[key], col: column(field) }));
    this.refCol = columnOf(table, "indicatorName") ?? columnOf(table, "indicatorNumber") ?? table.layout.columns[0]?.col ?? 0;
    this.valueColumns = [...VALUE_FIELDS.map(column).filter((col) => col !== NO_COLUMN), ...table.dated.map(({ col }) => col)];
    const read = new Set<string>();
    for (const { concept, period, col } of table.dated) {
      if (read.has(`${concept} ${period}`)) continue;
      read.add(`${concept} ${period}`);
      this.dated.push({ kind: DATED_KINDS[concept], period, col, isTarget: concept === "target", ids: undefined });
    }
    this.targetUndated = column("targetUndated");
    this.polarity = column("polarity");
    this.optional = OPTIONAL_CELLS.map(({ key, field }) => ({ ids: columns.single[key], col: column(field) }));
    this.resultUndated = column("resultUndated");
    this.declaredDeviationUndated = column("declaredDeviationUndated");
    this.inPoints = new Uint8Array(Math.max(0, ...table.pointColumns) + 1);
    for (const col of table.pointColumns) this.inPoints[col] = 1;
    this.current = gridRowAt(table.grid, table.origin, 0);
    // Each row below the header holds at most one indicator, and its cells.
    const rows = writtenRowsBelowHeader(table);
    columns.reserve(rows);
    columns.cells.reserve(rows * this.cellsPerRow());
  }

  /** How many cells an indicator row stores at most: one per column read. */
  private cellsPerRow(): number {
    const single = [this.targetUndated, this.polarity, this.resultUndated, this.declaredDeviationUndated, ...this.optional.map(({ col }) => col)];
    return this.dated.length + single.filter((col) => col !== NO_COLUMN).length;
  }

  /**
   * Reads the indicator on row r and returns its index in the columns, or null when the row holds
   * none. `objectiveCode` is the code the row belongs to; `givenNumber` the indicator's number when
   * the caller has read it already: the number cell's text, or the number of a composite code.
   */
  read(r: number, objectiveCode: string, givenNumber?: string): number | null {
    const { table, columns } = this;
    const row = moveToRow(this.current, table.grid, table.origin, r);
    const writtenName = this.textAt(row, this.name);
    const writtenNumber = givenNumber ?? this.textAt(row, this.number);
    if (!this.hasIndicator(row, writtenName, writtenNumber)) return null;
    // «IN001 - Partecipazione media ...»: without a number column, the code before the name is the number.
    const named = writtenNumber === "" ? splitNamedCode(writtenName) : null;
    const name = named?.name ?? writtenName;
    const position = this.counter.next(objectiveCode);
    const number = named !== null ? named.code : writtenNumber !== "" ? indicatorNumberText(writtenNumber) : String(position);
    const i = columns.addRow(objectiveCode, number, name, row.sheet, row.row, row.firstCol + this.refCol);
    for (const { texts, col } of this.rowTexts) texts[i] = textOrUndefined(this.textAt(row, col));
    // The row's targets, results and declared deviations by date: indicator i is new, so each is the first at its date.
    for (const dated of this.dated) {
      dated.ids ??= columns.datedIds(dated.kind, dated.period);
      dated.ids.set(i, this.cellIdAt(row, dated.col));
    }
    const undatedTarget = this.cellIdAt(row, this.targetUndated);
    const polarityCell = this.cellIdAt(row, this.polarity);
    const { cells } = columns;
    const polarity =
      (polarityCell === NO_CELL ? null : polarityWrittenAs(cells.value(polarityCell), cells.raw(polarityCell))) ??
      inferPolarity({ name, written: cellIn(cells, polarityCell), targets: this.targetValues(i, undatedTarget) });
    columns.setPolarity(i, polarity.polarity, polarity.basis, polarity.inferred);
    columns.setCell("polarityCell", i, polarityCell);
    // Indicator i is new, its entries are NO_CELL: a column the sheet lacks (NO_CELL) changes none.
    for (const { ids, col } of this.optional) ids.set(i, this.cellIdAt(row, col));
    columns.setUndated("target", i, undatedTarget);
    columns.setUndated("result", i, this.cellIdAt(row, this.resultUndated));
    columns.setUndated("declaredDeviation", i, this.cellIdAt(row, this.declaredDeviationUndated));
    return i;
  }

  /** The values of indicator i's targets, at every date, undated last: the evidence of a polarity not written. */
  private targetValues(i: number, undatedTarget: CellId): CellValue[] {
    const { cells } = this.columns;
    const values: CellValue[] = [];
    for (const { isTarget, ids } of this.dated) if (isTarget && ids !== undefined) values.push(cells.value(ids.get(i)));
    if (undatedTarget !== NO_CELL) values.push(cells.value(undatedTarget));
    return values;
  }

  /** A row is an indicator when it has a name, or a number together with some value. */
  private hasIndicator(row: GridRow, name: string, number: string): boolean {
    if (name !== "") return true;
    if (number === "") return false;
    for (const col of this.valueColumns) if (!isBlank(row.values?.[col])) return true;
    return false;
  }

  private textAt(row: GridRow, col: number): string {
    return col === NO_COLUMN ? "" : cellText(row.values?.[col]);
  }

  /** The row's cell in column col stored in the plan's store, as its id; NO_CELL when the sheet has no such column. */
  private cellIdAt(row: GridRow, col: number): CellId {
    return col === NO_COLUMN ? NO_CELL : this.table.values.cellIdIn(row, col, this.inPoints[col] === 1);
  }
}
