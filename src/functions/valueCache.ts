/**
 * What argument cells hold, read once per distinct content and kept across calls: a column of
 * 100.000 results holds a few hundred distinct texts, and a sheet recalculates the same formulas
 * again and again, so each distinct text ("89,55%", "almeno 300 dispositivi", "//") goes through
 * the core reader once. The cache lives as long as the functions' runtime (the workbook), so it is
 * bounded: at most MAX_ENTRIES contents, of at most MAX_TEXT characters each (longer texts are read
 * every time); when full, the oldest content read makes room. Read values are frozen: every cell
 * holding the same text shares one.
 *
 * Plain numbers skip the reader (see `plainNumber`): a number is its own value.
 */
import { readCellValue } from "../core/values/readCellValue";
import type { CellValue } from "../core/values/valueTypes";

export const MAX_ENTRIES = 10_000;
const MAX_TEXT = 256;

/** Read once: a global looked up per cell is slow where globals are (a sandboxed runtime). */
const { freeze } = Object;
const { isFinite: finite } = Number;

/** Cell contents as read, oldest first (a Map keeps the order in which keys were added). */
const values = new Map<string | number, CellValue>();
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

/** The value of a text or number cell, as readCellValue reads it (see above for the cache). */
export function readCachedValue(content: string | number): CellValue {
  const known = values.get(content);
  if (known !== undefined) return known;
  const read = freeze(readCellValue(content));
  return typeof content === "string" && content.length > MAX_TEXT ? read : remember(values, content, read);
}

/** `read(text)` once per distinct text, kept in `cache` with the same bounds as the values (frozen, shared). */
export function readTextOnce<T>(cache: Map<string, T>, text: string, read: (text: string) => T): T {
  if (text.length > MAX_TEXT) return read(text);
  return cache.get(text) ?? remember(cache, text, freeze(read(text)));
}

/** A finite number cell as the value it holds (0 for -0, as the reader gives), or undefined for anything else. */
export function plainNumber(cell: unknown): number | undefined {
  if (typeof cell !== "number" || !finite(cell)) return undefined;
  return cell === 0 ? 0 : cell;
}

/** How many contents are kept (for tests of the bound). */
export function cachedValueCount(): number {
  return values.size;
}
