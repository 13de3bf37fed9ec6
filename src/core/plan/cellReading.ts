/**
 * How a plan's cells are read, once per plan:
 * - each distinct content is read once: plans repeat the same texts over and over ("-", "//",
 *   "100,00%", "Avvio", "nessuno"), and a large plan has hundreds of thousands of cells. Cells with
 *   the same raw value (and, for numbers, the same kind of number format) share one CellValue
 *   object: values are data, never modified after reading;
 * - each cell the plan keeps goes straight into the plan's cell store (planCells.ts), as numbers and
 *   shared values: the reader hands out small views, never an object graph per cell.
 */
import type { Grid } from "./grid";
import { gridRowAt, moveToRow, type GridOrigin, type GridRow } from "./gridCells";
import { NumberTable } from "./numberTable";
import { PlanCells, type CellId, type ContentId } from "./planCells";
import type { PlanCell } from "./planModel";
import { classifyNumberFormat, readCellValue, readNumberUnder, type NumberFormatKind } from "../values/readCellValue";
import type { CellValue, ReadContext } from "../values/valueTypes";

/** The reading context of a number format: what readCellValue is given to read a content under it. */
function contextOf(numberFormat: string | undefined): ReadContext | undefined {
  return numberFormat === undefined ? undefined : { numberFormat };
}

/**
 * A bare number under a header whose unit is «%» («Target %», «Risultato (%)»): percentage points, as
 * printed (100 is 100%). Numbers already read as percentages («95%», a % format), amounts and counts
 * with their label («12 eventi») and anything that is not a number are left as read.
 */
export function inPercentPoints(value: CellValue): CellValue {
  if ((value.kind !== "quantity" && value.kind !== "threshold") || value.unit !== "number" || value.label !== undefined) return value;
  return { ...value, value: value.value / 100, unit: "percent" };
}

/**
 * A number format as the reader keeps it: its kind, the numbers read under a format of that kind, the
 * format's index in the plan's store, and the reading context a content read under it is given.
 */
interface NumberFormatEntry {
  kind: NumberFormatKind;
  numbers: NumberTable;
  index: number;
  context: ReadContext | undefined;
}

/**
 * The last cell read in a grid column: its number format as written with the format's entry, its raw
 * value and the content read. Columns repeat a format all the way down and a content in runs ("",
 * "//", "sì", a year): comparing with the cell read above is cheaper than looking either up.
 */
interface LastInColumn {
  formatText: unknown;
  format: NumberFormatEntry;
  raw: unknown;
  content: ContentId;
}

/** The raw value of a column's last cell before any is read: equal to no cell's. */
const NO_RAW = Symbol("noRaw");

/** The first character of a formula («=F(L2)»): a formula's text in the grid is its cell's value otherwise. */
const EQUALS_SIGN = 61;

/** Columns past this many are read without remembering their last cell (a sheet's table is narrower). */
const REMEMBERED_COLUMNS = 1024;

/** Past this many distinct contents new ones are read and stored without being looked up again, so the lookup stays bounded. */
const MAX_ENTRIES = 200_000;

export class CellReading {
  /** The cells kept by the plan being read. */
  readonly cells = new PlanCells();
  /**
   * Texts and booleans by raw value: a number format does not change how a text is read. Numbers by
   * the kind of their format (a plain number, a percentage, euro, a date) then by value: that kind is
   * all a format changes in how a number is read.
   */
  private readonly others = new Map<string | boolean, ContentId>();
  private readonly numbers = new Map<NumberFormatKind, NumberTable>();
  /** Each number format met (a workbook has a handful): its numbers, and its index in the plan's store. */
  private readonly formats = new Map<string | undefined, NumberFormatEntry>();
  /** Each content read as percentage points (inPercentPoints), by the content read plainly: made once, when it differs. */
  private readonly points = new Map<ContentId, ContentId>();
  private size = 0;
  /** The last cell read in each grid column, whatever the sheet (see LastInColumn). */
  private readonly lastInColumns: (LastInColumn | undefined)[] = [];
  /** How many cells so far held a bare number read as percentage points (a reader says so once per sheet). */
  pointsRead = 0;
  /** The grid row of the cell being read by cellIdAt: one GridRow moved from cell to cell. */
  private readonly current: GridRow = gridRowAt({ sheet: "", origin: "A1", values: [] }, { row: 0, col: 0 }, 0);

  /** The value of a content under a number format. */
  read(raw: unknown, numberFormat?: string): CellValue {
    return this.cells.contentValue(this.contentOf(raw, numberFormat));
  }

  /** The content (raw value and value read) in the plan's store, read once per distinct raw value (and format kind, for numbers). */
  private contentOf(raw: unknown, numberFormat: string | undefined): ContentId {
    return this.contentIn(raw, this.formatOf(numberFormat));
  }

  /** contentOf, given the entry of the content's number format. */
  private contentIn(raw: unknown, format: NumberFormatEntry): ContentId {
    if (typeof raw === "number") {
      // The table treats -0 as 0, as a Map does: read it apart.
      if (Object.is(raw, -0)) return this.readNumber(raw, format);
      const { numbers } = format;
      const known = numbers.get(raw);
      if (known !== undefined) return known;
      const content = this.readNumber(raw, format);
      if (this.size < MAX_ENTRIES) {
        numbers.set(raw, content);
        this.size += 1;
      }
      return content;
    }
    if (typeof raw !== "string" && typeof raw !== "boolean") return this.readContent(raw, format.context);
    const known = this.others.get(raw);
    if (known !== undefined) return known;
    const content = this.readContent(raw, format.context);
    if (this.size < MAX_ENTRIES) {
      this.others.set(raw, content);
      this.size += 1;
    }
    return content;
  }

  private readContent(raw: unknown, context: ReadContext | undefined): ContentId {
    return this.cells.content(raw, readCellValue(raw, context));
  }

  /** A number stored as a content, read under its format's kind (what readCellValue finds from the format). */
  private readNumber(raw: number, format: NumberFormatEntry): ContentId {
    return this.cells.content(raw, readNumberUnder(raw, format.kind));
  }

  /** The entry of a number format, made when the format is first met: the numbers of its kind, and its index in the store. */
  private formatOf(numberFormat: string | undefined): NumberFormatEntry {
    const known = this.formats.get(numberFormat);
    if (known !== undefined) return known;
    const kind = classifyNumberFormat(numberFormat);
    let numbers = this.numbers.get(kind);
    if (numbers === undefined) {
      numbers = new NumberTable();
      this.numbers.set(kind, numbers);
    }
    const entry = { kind, numbers, index: this.cells.numberFormatIndex(numberFormat), context: contextOf(numberFormat) };
    this.formats.set(numberFormat, entry);
    return entry;
  }

  /**
   * Grid cell (r, c) as a PlanCell of the plan's store: raw value, formula and number format when
   * known, and the value read.
   */
  cellAt(grid: Grid, origin: GridOrigin, r: number, c: number, inPoints = false): PlanCell {
    return this.cells.cell(this.cellIdAt(grid, origin, r, c, inPoints));
  }

  /** The content as percentage points (inPercentPoints): the same content when that changes nothing. */
  private pointsOf(content: ContentId): ContentId {
    const known = this.points.get(content);
    if (known !== undefined) return known;
    const value = this.cells.contentValue(content);
    const points = inPercentPoints(value);
    const made = points === value ? content : this.cells.content(this.cells.contentRaw(content), points);
    this.points.set(content, made);
    return made;
  }

  /**
   * Grid cell (r, c) stored in the plan's store, as its id: what the columnar readers keep. `inPoints`: the
   * cell is in a column whose header gives «%» as the unit (see inPercentPoints).
   */
  cellIdAt(grid: Grid, origin: GridOrigin, r: number, c: number, inPoints = false): CellId {
    return this.cellIdIn(moveToRow(this.current, grid, origin, r), c, inPoints);
  }

  /** Cell c of a grid row stored in the plan's store, as its id: `inPoints` as in cellIdAt. */
  cellIdIn(row: GridRow, c: number, inPoints = false): CellId {
    const found = row.values?.[c];
    const raw = found === undefined || found === null ? "" : found;
    const formatText = row.numberFormats?.[c];
    const formulaText = row.formulas?.[c];
    const formula = typeof formulaText === "string" && formulaText.charCodeAt(0) === EQUALS_SIGN ? formulaText : undefined;
    const last = this.lastInColumn(c, formatText);
    let read: ContentId;
    if (Object.is(raw, last.raw)) read = last.content;
    else {
      read = this.contentIn(raw, last.format);
      last.raw = raw;
      last.content = read;
    }
    const content = inPoints ? this.pointsOf(read) : read;
    if (content !== read) this.pointsRead += 1;
    return this.cells.storeFormatted(row.sheet, row.row, row.firstCol + c, content, last.format.index, formula);
  }

  /** Column c's last cell, its format now `formatText`: what was read under another format is forgotten. */
  private lastInColumn(c: number, formatText: unknown): LastInColumn {
    const known = c < REMEMBERED_COLUMNS ? this.lastInColumns[c] : undefined;
    if (known !== undefined && known.formatText === formatText) return known;
    const numberFormat = typeof formatText === "string" && formatText !== "" ? formatText : undefined;
    const format = this.formatOf(numberFormat);
    if (known === undefined) {
      const last = { formatText, format, raw: NO_RAW, content: 0 };
      if (c < REMEMBERED_COLUMNS) this.lastInColumns[c] = last;
      return last;
    }
    known.formatText = formatText;
    known.format = format;
    known.raw = NO_RAW;
    return known;
  }
}
