import { buildWorkbook, DEFAULT_DOCUMENT_DATE, workbookBytes } from "../../src/cli/writeWorkbook";
import { dosDateTime, findEndOfCentralDirectory, fixZipTimestamps } from "../../src/xlsx/fixZipTimestamps";
import { storedZip } from "../cli/support/badFiles";

function entryStamps(zip: Buffer): { time: number; date: number }[] {
  const end = findEndOfCentralDirectory(zip);
  const stamps: { time: number; date: number }[] = [];
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    stamps.push({ time: zip.readUInt16LE(offset + 12), date: zip.readUInt16LE(offset + 14) });
    const local = zip.readUInt32LE(offset + 42);
    stamps.push({ time: zip.readUInt16LE(local + 10), date: zip.readUInt16LE(local + 12) });
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return stamps;
}

describe("fixZipTimestamps", () => {
  it("writes 30/6/2020 12:00 as DOS date and time words", () => {
    expect(dosDateTime(new Date(Date.UTC(2020, 5, 30, 12, 0, 0)))).toEqual({ date: (40 << 9) | (6 << 5) | 30, time: 12 << 11 });
  });

  it("stamps every entry of a workbook, central directory and local headers alike", async () => {
    const when = new Date(Date.UTC(2021, 0, 15, 8, 30, 10));
    const zip = fixZipTimestamps(await workbookBytes(buildWorkbook([{ name: "Foglio", rows: [["a", 1]] }])), when);
    const stamps = entryStamps(zip);
    expect(stamps.length).toBeGreaterThan(10);
    expect(new Set(stamps.map((stamp) => `${stamp.date}:${stamp.time}`))).toEqual(new Set([`${dosDateTime(when).date}:${dosDateTime(when).time}`]));
  });

  it("stamps a workbook with its document date, not the time it is written", async () => {
    const zip = await workbookBytes(buildWorkbook([{ name: "Foglio", rows: [["Codice", "Peso"], ["1.1", 0.7]], boldRows: [0] }]));
    const expected = dosDateTime(DEFAULT_DOCUMENT_DATE);
    expect(entryStamps(zip).every((stamp) => stamp.date === expected.date && stamp.time === expected.time)).toBe(true);
  });

  it("returns a truncated archive unchanged", () => {
    const zip = storedZip({ "a.txt": "ciao" });
    const truncated = zip.subarray(0, zip.length - 10);
    expect(fixZipTimestamps(truncated, new Date()).equals(truncated)).toBe(true);
  });
});
