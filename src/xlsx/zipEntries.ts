/**
 * The parts of a ZIP archive as its central directory lists them (name, compression, sizes,
 * where the data starts), read from the bytes without inflating anything, and a bounded
 * inflation of one part that hands its text over in chunks. An .xlsx is a ZIP: its part names
 * say what it is (xl/workbook.xml, xl/workbook.bin) better than any text search of the bytes.
 */
import * as zlib from "node:zlib";
import { findEndOfCentralDirectory } from "./fixZipTimestamps";

const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Sizes and offsets of 0xFFFFFFFF mean "see the ZIP64 extra field": files that large are refused earlier. */
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The archive's entries, or null when its central directory is missing or damaged. */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || zip.readUInt32LE(offset) !== CENTRAL_ENTRY) return null;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > end) return null;
    entries.push({
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      uncompressedSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored (maybe compressed) bytes of an entry, or null when the local header does not match. */
function entryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const local = entry.localHeaderOffset;
  if ([entry.compressedSize, entry.uncompressedSize, local].includes(ZIP64_MARK)) return null;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) return null;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (start + entry.compressedSize > zip.length) return null;
  return zip.subarray(start, start + entry.compressedSize);
}

export type InflateResult = { ok: true; bytes: number } | { ok: false; reason: "damaged" | "tooLarge"; bytes: number };

/**
 * Inflates one entry, handing each chunk of its content to `onChunk`, and stops as soon as more
 * than `maxBytes` came out (a ZIP bomb declares small sizes and inflates to gigabytes): memory
 * stays at one chunk whatever the entry holds.
 */
export async function inflateEntry(zip: Buffer, entry: ZipEntry, maxBytes: number, onChunk: (chunk: Buffer) => void): Promise<InflateResult> {
  const data = entryData(zip, entry);
  if (!data || (entry.method !== STORED && entry.method !== DEFLATED)) return { ok: false, reason: "damaged", bytes: 0 };
  if (entry.method === STORED) {
    if (data.length > maxBytes) return { ok: false, reason: "tooLarge", bytes: data.length };
    onChunk(data);
    return { ok: true, bytes: data.length };
  }
  return new Promise((resolve) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let settled = false;
    const settle = (result: InflateResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes > maxBytes) {
        settle({ ok: false, reason: "tooLarge", bytes });
        inflater.destroy();
        return;
      }
      onChunk(chunk);
    });
    inflater.on("error", () => settle({ ok: false, reason: "damaged", bytes }));
    inflater.on("end", () => settle({ ok: true, bytes }));
    inflater.end(data);
  });
}

/**
 * Counts the matches of `pattern` (global, ASCII tokens of at most `longest` characters) across
 * chunk boundaries: a token cut between two chunks is counted once.
 */
export function tokenCounter(pattern: RegExp, longest: number): { add(chunk: Buffer): void; finish(): number } {
  let carry = "";
  let count = 0;
  const countIn = (text: string, before: number) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null && match.index < before; match = pattern.exec(text)) count += 1;
  };
  return {
    add(chunk) {
      const text = carry + chunk.toString("latin1");
      const cut = Math.max(0, text.length - longest);
      countIn(text, cut);
      carry = text.slice(cut);
    },
    finish() {
      countIn(carry, carry.length);
      carry = "";
      return count;
    },
  };
}
