/**
 * How much perf-check reads, at most, and the check of an .xlsx against those limits before
 * any parser spends memory on it. A workbook is a ZIP of XML parts: its central directory
 * lists the parts; each part is inflated in chunks (never whole) to measure its true size (the
 * sizes the archive declares may lie), count the cells of the sheets and the shared strings.
 * ExcelJS keeps about 600 bytes per cell: the limits keep a run under about 1,5 GB of memory.
 */
import { inflateEntry, tokenCounter, zipEntries, type ZipEntry } from "./zipEntries";

export interface ReadLimits {
  /** Size of the .xlsx file on disk. */
  fileBytes: number;
  /** Total size of the workbook's parts once decompressed. */
  uncompressedBytes: number;
  /** Cells stored in all the sheets (a styled blank cell counts: it is stored). */
  cells: number;
  /** Distinct texts of the workbook (the shared strings table). */
  sharedStrings: number;
  /** Cells of a sheet's grid: each row from the first used column to its own last cell. */
  gridCells: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 100 * 1024 * 1024,
  uncompressedBytes: 500 * 1024 * 1024,
  cells: 1_000_000,
  sharedStrings: 1_000_000,
  gridCells: 5_000_000,
};

export type LimitName = keyof ReadLimits;

/** Which limit a workbook goes beyond, with what it holds (at least) and the limit. */
export interface LimitExceeded {
  limit: LimitName;
  found: number;
  max: number;
  /** The sheet concerned, for the grid limit. */
  sheet?: string;
}

export type ZipInspection =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; code: "corrupt" | "xlsb" | "notWorkbook" }
  | { ok: false; code: "tooLarge"; exceeded: LimitExceeded };

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS_PART = /^xl\/sharedStrings\.xml$/i;
/** A cell element, with or without a namespace prefix: <c r="A1">, <x:c>, <c/>. */
const CELL_TOKEN = /<(?:[A-Za-z_][\w.-]{0,20}:)?c[\s/>]/g;
/** A shared string item: <si>, <x:si>. */
const SHARED_STRING_TOKEN = /<(?:[A-Za-z_][\w.-]{0,20}:)?si[\s/>]/g;
const LONGEST_TOKEN = 32;

/** What the part names say the archive is: a workbook, a binary workbook, or another ZIP. */
function archiveKind(entries: readonly ZipEntry[]): "xlsx" | "xlsb" | "notWorkbook" {
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  return "notWorkbook";
}

/**
 * Checks an .xlsx's bytes against the limits: the kind of archive from its part names, then each
 * part inflated in chunks, counting cells and shared strings, stopping at the first limit passed.
 */
export async function inspectWorkbookZip(zip: Buffer, limits: ReadLimits = READ_LIMITS): Promise<ZipInspection> {
  const entries = zipEntries(zip);
  if (!entries) return { ok: false, code: "corrupt" };
  const kind = archiveKind(entries);
  if (kind !== "xlsx") return { ok: false, code: kind };
  let uncompressed = 0;
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const counting = WORKSHEET_PART.test(entry.name) ? "cells" : SHARED_STRINGS_PART.test(entry.name) ? "sharedStrings" : null;
    const counter = counting ? tokenCounter(counting === "cells" ? CELL_TOKEN : SHARED_STRING_TOKEN, LONGEST_TOKEN) : null;
    const inflated = await inflateEntry(zip, entry, limits.uncompressedBytes - uncompressed, (chunk) => counter?.add(chunk));
    if (!inflated.ok) {
      if (inflated.reason === "damaged") return { ok: false, code: "corrupt" };
      return { ok: false, code: "tooLarge", exceeded: { limit: "uncompressedBytes", found: uncompressed + inflated.bytes, max: limits.uncompressedBytes } };
    }
    uncompressed += inflated.bytes;
    if (!counter) continue;
    const found = counter.finish();
    if (counting === "sharedStrings" && found > limits.sharedStrings) {
      return { ok: false, code: "tooLarge", exceeded: { limit: "sharedStrings", found, max: limits.sharedStrings } };
    }
    if (counting === "cells") {
      cells += found;
      if (cells > limits.cells) return { ok: false, code: "tooLarge", exceeded: { limit: "cells", found: cells, max: limits.cells } };
    }
  }
  return { ok: true, entries };
}
