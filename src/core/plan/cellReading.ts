/**
 * How a plan's cells are read, once per plan:
 * - each distinct content is read once: plans repeat the same texts over and over ("-", "//",
 *   "100,00%", "Avvio", "nessuno"), and a large plan has hundreds of thousands of cells. Cells with
 *   the same raw value and number format share one CellValue object: values are data, never modified
 *   after reading;
 * - each cell the plan keeps goes straight into the plan's cell store (planCells.ts), as numbers and
 *   shared values: the reader hands out small views, never an object graph per cell.
 */
import type { Grid } from "./grid";
import { gridRows, rawAt, type GridOrigin } from "./gridCells";
import { PlanCells, type CellId, type ContentId } from "./planCells";
import type { PlanCell } from "./planModel";
import { readCellValue } from "../values/readCellValue";
import type { CellValue, ReadContext } from "../values/valueTypes";

/** The reading context of a number format, built only for a content not read before. */
function contextOf(numberFormat: string | undefined): ReadContext | undefined {
  return numberFormat === undefined ? undefined : { numberFormat };
}

/** Past this many distinct contents new ones are read and stored without being looked up again, so the lookup stays bounded. */
const MAX_ENTRIES = 200_000;

/** The contents read under one number format, numbers and texts apart so that each map keeps one kind of key. */
interface FormatContents {
  numbers: Map<number, ContentId>;
  others: Map<string | boolean, ContentId>;
}

export class CellReading {
  /** The cells kept by the plan being read. */
  readonly cells = new PlanCells();
  /** By number format ("" for none), then by the raw value itself: numbers, texts and booleans in their own maps. */
  private readonly contents = new Map<string, FormatContents>();
  /** The last format asked for and its contents: a column shares one format, so most reads skip the outer map. */
  private lastFormat: string | undefined = undefined;
  private lastContents: FormatContents | undefined = undefined;
  private size = 0;

  /** The value of a content under a number format. */
  read(raw: unknown, numberFormat?: string): CellValue {
    return this.cells.contentValue(this.contentOf(raw, numberFormat));
  }

  /** The content (raw value and value read) in the plan's store, read once per distinct raw value and format. */
  private contentOf(raw: unknown, numberFormat: string | undefined): ContentId {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return this.cells.content(raw, readCellValue(raw, contextOf(numberFormat)));
    // Map keys treat -0 as 0: read it apart (no key is built as text, a hot path on large plans).
    if (Object.is(raw, -0)) return this.cells.content(raw, readCellValue(raw, contextOf(numberFormat)));
    const byRaw = this.contentsOf(numberFormat ?? "");
    const known = typeof raw === "number" ? byRaw.numbers.get(raw) : byRaw.others.get(raw);
    if (known !== undefined) return known;
    const content = this.cells.content(raw, readCellValue(raw, contextOf(numberFormat)));
    if (this.size < MAX_ENTRIES) {
      if (typeof raw === "number") byRaw.numbers.set(raw, content);
      else byRaw.others.set(raw, content);
      this.size += 1;
    }
    return content;
  }

  /**
   * Grid cell (r, c) as a PlanCell of the plan's store: raw value, formula and number format when
   * known, and the value read.
   */
  cellAt(grid: Grid, origin: GridOrigin, r: number, c: number): PlanCell {
    return this.cells.cell(this.cellIdAt(grid, origin, r, c));
  }

  /** Grid cell (r, c) stored in the plan's store, as its id: what the columnar readers keep. */
  cellIdAt(grid: Grid, origin: GridOrigin, r: number, c: number): CellId {
    const found = rawAt(gridRows(grid), r, c);
    const raw = found === undefined || found === null ? "" : found;
    const format = Array.isArray(grid.numberFormats) ? rawAt(grid.numberFormats, r, c) : undefined;
    const numberFormat = typeof format === "string" && format !== "" ? format : undefined;
    const formula = Array.isArray(grid.formulas) ? rawAt(grid.formulas, r, c) : undefined;
    const written = typeof formula === "string" && formula.startsWith("=") ? formula : undefined;
    return this.cells.store(grid.sheet, origin.row + r, origin.col + c, this.contentOf(raw, numberFormat), numberFormat, written);
  }

  private contentsOf(format: string): FormatContents {
    if (format === this.lastFormat && this.lastContents !== undefined) return this.lastContents;
    let byRaw = this.contents.get(format);
    if (byRaw === undefined) {
      byRaw = { numbers: new Map(), others: new Map() };
      this.contents.set(format, byRaw);
    }
    this.lastFormat = format;
    this.lastContents = byRaw;
    return byRaw;
  }
}
