/**
 * Reading each distinct cell content once per plan: plans repeat the same texts over and over
 * ("-", "//", "100,00%", "Avvio", "nessuno"), and a large plan has hundreds of thousands of cells.
 * Cells with the same raw value and number format share one CellValue object: values are data,
 * never modified after reading.
 */
import { readCellValue } from "../values/readCellValue";
import type { CellValue } from "../values/valueTypes";

/** Past this many distinct contents new ones are read without being kept, so memory stays bounded. */
const MAX_ENTRIES = 200_000;

export class CellValueCache {
  private readonly values = new Map<string, CellValue>();

  read(raw: unknown, numberFormat?: string): CellValue {
    const context = numberFormat === undefined ? undefined : { numberFormat };
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return readCellValue(raw, context);
    const key = `${typeof raw}\u0000${numberFormat ?? ""}\u0000${String(raw)}`;
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = readCellValue(raw, context);
    if (this.values.size < MAX_ENTRIES) this.values.set(key, value);
    return value;
  }
}
