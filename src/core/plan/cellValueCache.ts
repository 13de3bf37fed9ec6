/**
 * Reading each distinct cell content once per plan: plans repeat the same texts over and over
 * ("-", "//", "100,00%", "Avvio", "nessuno"), and a large plan has hundreds of thousands of cells.
 * Cells with the same raw value and number format share one CellValue object: values are data,
 * never modified after reading.
 */
import { readCellValue } from "../values/readCellValue";
import type { CellValue, ReadContext } from "../values/valueTypes";

/** The reading context of a number format, built only for a content not read before. */
function contextOf(numberFormat: string | undefined): ReadContext | undefined {
  return numberFormat === undefined ? undefined : { numberFormat };
}

/** Past this many distinct contents new ones are read without being kept, so memory stays bounded. */
const MAX_ENTRIES = 200_000;

/** The values read under one number format, numbers and texts apart so that each map keeps one kind of key. */
interface FormatValues {
  numbers: Map<number, CellValue>;
  others: Map<string | boolean, CellValue>;
}

export class CellValueCache {
  /** By number format ("" for none), then by the raw value itself: numbers, texts and booleans in their own maps. */
  private readonly values = new Map<string, FormatValues>();
  /** The last format asked for and its values: a column shares one format, so most reads skip the outer map. */
  private lastFormat: string | undefined = undefined;
  private lastValues: FormatValues | undefined = undefined;
  private size = 0;

  read(raw: unknown, numberFormat?: string): CellValue {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return readCellValue(raw, contextOf(numberFormat));
    // Map keys treat -0 as 0: read it apart (no key is built as text, a hot path on large plans).
    if (Object.is(raw, -0)) return readCellValue(raw, contextOf(numberFormat));
    const byRaw = this.valuesOf(numberFormat ?? "");
    const known = typeof raw === "number" ? byRaw.numbers.get(raw) : byRaw.others.get(raw);
    if (known !== undefined) return known;
    const value = readCellValue(raw, contextOf(numberFormat));
    if (this.size < MAX_ENTRIES) {
      if (typeof raw === "number") byRaw.numbers.set(raw, value);
      else byRaw.others.set(raw, value);
      this.size += 1;
    }
    return value;
  }

  private valuesOf(format: string): FormatValues {
    if (format === this.lastFormat && this.lastValues !== undefined) return this.lastValues;
    let byRaw = this.values.get(format);
    if (byRaw === undefined) {
      byRaw = { numbers: new Map(), others: new Map() };
      this.values.set(format, byRaw);
    }
    this.lastFormat = format;
    this.lastValues = byRaw;
    return byRaw;
  }
}
