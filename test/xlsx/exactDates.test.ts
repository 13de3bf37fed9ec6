/**
 * Numbers in date- and time-formatted cells are read and copied exactly as the file stores them:
 * a time keeps every digit, and a number beyond JavaScript's Date range (10^10 in a date cell)
 * stays that number, in the grid and in the copy, instead of becoming NaN.
 */
import { promises as fs } from "node:fs";
import { readWorkbookFile, loadWorkbook } from "../../src/xlsx/readWorkbookFile";
import { workbookBytes } from "../../src/cli/writeWorkbook";
import { inflateEntry, zipEntries } from "../../src/xlsx/zipEntries";
import { writeBytes } from "../cli/support/badFiles";
import { temporaryFolder } from "../cli/support/cliRunner";
import { row, workbookParts, zipOf } from "../cli/support/xlsxParts";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-exact-dates-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** Numbers in a date cell (style 1, dd/mm/yyyy) and a time cell (style 2, hh:mm:ss). */
const NUMBERS: readonly [string, number, number][] = [
  ["a date", 44012, 1],
  ["a time of day with 15 digits", 0.123456789012345, 2],
  ["a date and time", 44012.765432109874, 1],
  ["a number beyond the Date range", 1e10, 1],
  ["a negative number beyond the Date range", -1e12, 1],
];

function workbookOfNumbers(): Buffer {
  const cells = NUMBERS.map(([, value, style], i) => `<c r="${String.fromCharCode(65 + i)}1" s="${style}"><v>${value}</v></c>`).join("");
  return zipOf(workbookParts([{ name: "Foglio1", sheetData: row(1, cells) }], undefined, ["dd/mm/yyyy", "hh:mm:ss"]));
}

async function sheetXml(zip: Buffer): Promise<string> {
  const entry = (zipEntries(zip) ?? []).find((candidate) => candidate.name === "xl/worksheets/sheet1.xml");
  if (!entry) throw new Error("no sheet1.xml");
  const chunks: Buffer[] = [];
  await inflateEntry(zip, entry, 10 * 1024 * 1024, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

describe("a number in a date or time cell", () => {
  it.each(NUMBERS.map(([name, value], i) => [name, value, i] as const))("(%s, %d) reaches the grid exactly", async (_name, value, index) => {
    const file = await writeBytes(folder, "numeri.xlsx", workbookOfNumbers());
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets[0]?.values[0]?.[index]).toBe(value);
  });

  it.each(NUMBERS.map(([name, value], i) => [name, value, i] as const))("(%s, %d) is written back exactly in the copy", async (_name, value, index) => {
    const workbook = await loadWorkbook(workbookOfNumbers());
    if (!workbook) throw new Error("not loaded");
    const xml = await sheetXml(await workbookBytes(workbook));
    const address = `${String.fromCharCode(65 + index)}1`;
    const written = new RegExp(`<c r="${address}"[^>]*><v>([^<]*)</v>`).exec(xml)?.[1];
    expect(written).not.toBe("NaN");
    expect(Number(written)).toBe(value);
  });
});
