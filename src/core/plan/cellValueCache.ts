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

export class CellValueCache {
  /** By number format ("" for none), then by the raw value itself: Map keys tell 1 from "1" and true from "true". */
  private readonly values = new Map<string, Map<string | number | boolean, CellValue>>();
  private size = 0;

  read(raw: unknown, numberFormat?: string): CellValue {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return readCellValue(raw, contextOf(numberFormat));
    // Map keys treat -0 as 0: read it apart (no key is built as text, a hot path on large plans).
    if (Object.is(raw, -0)) return readCellValue(raw, contextOf(numberFormat));
    const formatKey = numberFormat ?? "";
    let byRaw = this.values.get(formatKey);
    if (byRaw === undefined) {
      byRaw = new Map();
      this.values.set(formatKey, byRaw);
    }
    const known = byRaw.get(raw);
    if (known !== undefined) return known;
    const value = readCellValue(raw, contextOf(numberFormat));
    if (this.size < MAX_ENTRIES) {
      byRaw.set(raw, value);
      this.size += 1;
    }
    return value;
  }
}
