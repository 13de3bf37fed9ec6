/**
 * A ZIP archive from parts (PKZIP 2.0: stored or deflated, sizes in the headers, no data
 * descriptors), for the few times perf-check rewrites a workbook's parts itself before ExcelJS
 * reads them (exactDates.ts), and for tests that build workbooks part by part.
 */
import * as zlib from "node:zlib";

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Deflate the part (default: stored). */
  deflate?: boolean;
  /** Size written in the headers instead of the true one (tests: a ZIP bomb lies about it). */
  declaredSize?: number;
}

export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const stored = part.deflate ? zlib.deflateRawSync(part.data) : part.data;
    const fileName = Buffer.from(part.name, "utf8");
    const crc = zlib.crc32(part.data);
    const size = part.declaredSize ?? part.data.length;
    const method = part.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, stored);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
