/** Files that are not readable workbooks, made byte by byte, as users send them. */
import { zipOf } from "../../../src/xlsx/zipWriter";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/** Deterministic bytes (a linear congruential generator), never starting with a known signature. */
export function pseudoRandomBytes(length: number, seed = 20200630): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes[0] = 0x07;
  return bytes;
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A Compound File Binary container whose directory names the given streams (UTF-16LE, as CFB stores them). */
export function compoundFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  CFB_SIGNATURE.copy(header);
  const directory = Buffer.alloc(512);
  streamNames.forEach((name, i) => {
    directory.write(name, i * 128, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, directory]);
}

/** A ZIP archive with stored (uncompressed) entries. */
export function storedZip(entries: Record<string, string>): Buffer {
  return zipOf(Object.entries(entries).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })));
}

export async function writeBytes(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(file, bytes);
  return file;
}
