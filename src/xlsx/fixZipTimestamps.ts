/**
 * Gives every entry of a ZIP archive the same modification time, so that writing
 * the same workbook twice gives the same bytes (ExcelJS stamps entries with the
 * current time). Rewrites the DOS time and date of each central-directory entry
 * and of the local header it points to; returns the archive unchanged when its
 * structure is not the expected one.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** MS-DOS date and time words (2-second resolution, years 1980-2107). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Offset of the end-of-central-directory record, or -1 (a truncated archive has none). */
export function findEndOfCentralDirectory(zip: Buffer): number {
  if (zip.length < 22) return -1;
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

export function fixZipTimestamps(zip: Buffer, when: Date): Buffer {
  if (zip.length < 22) return zip;
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) return zip;
  const fixed = Buffer.from(zip);
  const stamp = dosDateTime(when);
  const count = fixed.readUInt16LE(end + 10);
  let offset = fixed.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || fixed.readUInt32LE(offset) !== CENTRAL_ENTRY) return zip;
    fixed.writeUInt16LE(stamp.time, offset + 12);
    fixed.writeUInt16LE(stamp.date, offset + 14);
    const local = fixed.readUInt32LE(offset + 42);
    if (local + 30 > fixed.length || fixed.readUInt32LE(local) !== LOCAL_HEADER) return zip;
    fixed.writeUInt16LE(stamp.time, local + 10);
    fixed.writeUInt16LE(stamp.date, local + 12);
    offset += 46 + fixed.readUInt16LE(offset + 28) + fixed.readUInt16LE(offset + 30) + fixed.readUInt16LE(offset + 32);
  }
  return fixed;
}
