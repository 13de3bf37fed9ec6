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
import { gridRows, rawAt, type GridOrigin } from "./gridCells";
import { PlanCells, type CellId, type ContentId } from "./planCells";
import type { PlanCell } from "./planModel";
import { classifyNumberFormat, readCellValue, type NumberFormatKind } from "../values/readCellValue";
import type { CellValue, ReadContext } from "../values/valueTypes";

/** The reading context of a number format, built only for a content not read before. */
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
  private readonly numbers = new Map<NumberFormatKind, Map<number, ContentId>>();
  /** The last format asked for and its numbers: a column shares one format, so most numbers skip the classification. */
  private lastFormat: string | undefined = undefined;
  private lastNumbers: Map<number, ContentId> | undefined = undefined;
  /** Each content read as percentage points (inPercentPoints), by the content read plainly: made once, when it differs. */
  private readonly points = new Map<ContentId, ContentId>();
  private size = 0;
  /** How many cells so far held a bare number read as percentage points (a reader says so once per sheet). */
  pointsRead = 0;

  /** The value of a content under a number format. */
  read(raw: unknown, numberFormat?: string): CellValue {
    return this.cells.contentValue(this.contentOf(raw, numberFormat));
  }

  /** The content (raw value and value read) in the plan's store, read once per distinct raw value (and format kind, for numbers). */
  private contentOf(raw: unknown, numberFormat: string | undefined): ContentId {
    if (typeof raw === "number") {
      // Map keys treat -0 as 0: read it apart (no key is built as text, a hot path on large plans).
      if (Object.is(raw, -0)) return this.readContent(raw, numberFormat);
      const byValue = this.numbersOf(numberFormat);
      const known = byValue.get(raw);
      if (known !== undefined) return known;
      const content = this.readContent(raw, numberFormat);
      if (this.size < MAX_ENTRIES) {
        byValue.set(raw, content);
        this.size += 1;
      }
      return content;
    }
    if (typeof raw !== "string" && typeof raw !== "boolean") return this.readContent(raw, numberFormat);
    const known = this.others.get(raw);
    if (known !== undefined) return known;
    const content = this.readContent(raw, numberFormat);
    if (this.size < MAX_ENTRIES) {
      this.others.set(raw, content);
      this.size += 1;
    }
    return content;
  }

  private readContent(raw: unknown, numberFormat: string | undefined): ContentId {
    return this.cells.content(raw, readCellValue(raw, contextOf(numberFormat)));
  }

  private numbersOf(numberFormat: string | undefined): Map<number, ContentId> {
    if (numberFormat === this.lastFormat && this.lastNumbers !== undefined) return this.lastNumbers;
    const kind = classifyNumberFormat(numberFormat);
    let byValue = this.numbers.get(kind);
    if (byValue === undefined) {
      byValue = new Map();
      this.numbers.set(kind, byValue);
    }
    this.lastFormat = numberFormat;
    this.lastNumbers = byValue;
    return byValue;
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
    const found = rawAt(gridRows(grid), r, c);
    const raw = found === undefined || found === null ? "" : found;
    const format = Array.isArray(grid.numberFormats) ? rawAt(grid.numberFormats, r, c) : undefined;
    const numberFormat = typeof format === "string" && format !== "" ? format : undefined;
    const formula = Array.isArray(grid.formulas) ? rawAt(grid.formulas, r, c) : undefined;
    const written = typeof formula === "string" && formula.startsWith("=") ? formula : undefined;
    const read = this.contentOf(raw, numberFormat);
    const content = inPoints ? this.pointsOf(read) : read;
    if (content !== read) this.pointsRead += 1;
    return this.cells.store(grid.sheet, origin.row + r, origin.col + c, content, numberFormat, written);
  }
}
