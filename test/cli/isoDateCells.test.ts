/**
 * Date cells stored as ISO 8601 text (t="d": Strict OOXML and some programs) are read as the
 * dates they are, as Excel's serial numbers, in the grid and in the annotated copy (ExcelJS alone
 * read «2020-06-30» as the number 2020); times keep their fraction of a day.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { isoToSerial, rewriteIsoDateCells } from "../../src/xlsx/exactDates";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { inflateEntry, zipEntries } from "../../src/xlsx/zipEntries";
import { writeBytes } from "./support/badFiles";
import { EXAMPLE_WORKBOOK, runCli, temporaryFolder } from "./support/cliRunner";
import { row, workbookParts, zipOf, type ZipPart } from "./support/xlsxParts";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-iso-dates-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe("an ISO date or time", () => {
  it.each([
    ["2020-06-30", false, 44012],
    ["2020-06-30T00:00:00Z", false, 44012],
    ["2020-06-30T12:00:00", false, 44012.5],
    ["2020-06-30T18:00:00+02:00", false, 44012.75],
    ["2020-06-30", true, 44012 - 1462],
    ["1900-03-01", false, 61],
    ["9999-12-31", false, 2958465],
    ["T06:00:00", false, 0.25],
    ["12:00", false, 0.5],
  ] as const)("%s (1904 system: %s) is the serial number %d", (text, date1904, serial) => {
    expect(isoToSerial(text, date1904)).toBeCloseTo(serial, 9);
  });

  it("keeps the milliseconds of a time", () => {
    expect(isoToSerial("2020-06-30T00:00:00.500", false)).toBe(44012 + 0.5 / 86_400);
  });

  it.each(["2020-02-30", "2020-13-01", "30/06/2020", "n.d.", "", "25:00"])("is not «%s»", (text) => {
    expect(isoToSerial(text, false)).toBeNull();
  });
});

describe("a sheet's t=\"d\" cells", () => {
  it.each([
    ['<c r="A1" s="1" t="d"><v>2020-06-30T00:00:00</v></c>', '<c r="A1" s="1"><v>44012</v></c>'],
    ['<c t="d" r="A1"><v>2020-06-30</v></c>', '<c r="A1"><v>44012</v></c>'],
    ["<x:c r='A1' t='d'><x:v>2020-06-30</x:v></x:c>", "<x:c r='A1'><x:v>44012</x:v></x:c>"],
    ['<c r="B2" t="d"><f>TODAY()</f><v>2020-06-30</v></c>', '<c r="B2"><f>TODAY()</f><v>44012</v></c>'],
    ['<c r="C3" t="d"><v>non una data</v></c>', '<c r="C3" t="str"><v>non una data</v></c>'],
    ['<c r="D4" t="d"/><c r="E4"><v>2</v></c>', '<c r="D4" t="d"/><c r="E4"><v>2</v></c>'],
    ['<cols><col min="1" max="1" width="9"/></cols><c r="F5" t="s"><v>0</v></c>', '<cols><col min="1" max="1" width="9"/></cols><c r="F5" t="s"><v>0</v></c>'],
  ])("%s becomes %s", (xml, expected) => {
    expect(rewriteIsoDateCells(xml, false)).toBe(expected);
  });

  it("leave a sheet without them as it was", () => {
    fc.assert(fc.property(fc.string(), (text) => rewriteIsoDateCells(text.replace(/t=/g, "x="), false) === text.replace(/t=/g, "x=")));
  });
});

describe("a workbook with ISO date cells", () => {
  it("gives the grid the dates' serial numbers, not the year", async () => {
    const sheetData = row(1, '<c r="A1" t="d"><v>2020-06-30</v></c><c r="B1" t="d"><v>2020-12-31T18:00:00</v></c><c r="C1"><v>7</v></c>');
    const file = await writeBytes(folder, "date-iso.xlsx", zipOf(workbookParts([{ name: "Foglio1", sheetData }])));
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets[0]?.values[0]).toEqual([44012, 44196.75, 7]);
  });

  it("keeps them as dates in the annotated copy", async () => {
    const parts: ZipPart[] = [];
    const example = await fs.readFile(EXAMPLE_WORKBOOK);
    for (const entry of zipEntries(example) ?? []) {
      const chunks: Buffer[] = [];
      await inflateEntry(example, entry, 100 * 1024 * 1024, (chunk) => chunks.push(Buffer.from(chunk)));
      let data = Buffer.concat(chunks);
      if (entry.name === "xl/worksheets/sheet2.xml") {
        data = Buffer.from(data.toString("utf8").replace(/(<row r="2"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="ZZ2" t="d"><v>2020-06-30</v></c>$2'));
      }
      parts.push({ name: entry.name, data, deflate: true });
    }
    const input = path.join(folder, "piano-date-iso.xlsx");
    await fs.writeFile(input, zipOf(parts));
    const output = path.join(folder, "copia.xlsx");
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(1);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.getWorksheet("Indicatori")?.getCell("ZZ2").value).toBe(44012);
  });
});
