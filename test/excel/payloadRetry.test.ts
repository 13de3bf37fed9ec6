/**
 * Excel on the web refuses a request or response over 5 MB. The reader estimates 100 bytes a
 * cell; a sheet of long texts goes over the estimate, Excel answers
 * ResponsePayloadSizeLimitExceeded, and the reader halves the batch and reads it again until it
 * fits: every row arrives, in order, in a known number of syncs.
 */
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { halveBatch } from "../../src/excel/readGrids";
import { createFakeExcel, workbookState } from "./fakeExcel";

const LONG_TEXT = "Realizzazione di iniziative di informazione e di assistenza alle imprese ".repeat(3);

/** 100 rows x 10 columns of ~220-character texts: about 4,5 times the 100 bytes a cell the budget assumes. */
const textRows = Array.from({ length: 100 }, (_, row) => Array.from({ length: 10 }, (_, col) => `${row}.${col} ${LONG_TEXT}`));

describe("reading a text-heavy sheet under a payload cap", () => {
  it("halves a refused batch until it fits, and still reads every row in order", async () => {
    // The cap is scaled down with the budget (200 KB instead of 5 MB) so that the sheet stays small.
    const fake = createFakeExcel(workbookState([{ name: "Note", rows: textRows }]), { payloadLimit: 200_000 });
    const [grid] = await new OfficeWorkbook({ host: fake.host, maxRequestBytes: 150_000 }).readSheets(["Note"]);
    expect(grid?.values).toEqual(textRows);
    expect(grid?.formulas).toEqual(textRows);
    // 1 used range; the 1000-cell batch refused, its halves of 500 refused, the four quarters read.
    expect(fake.log.syncs).toBe(1 + 1 + 2 + 4);
  });

  it("gives up with the Italian payload message when a single row is still too large", async () => {
    const fake = createFakeExcel(workbookState([{ name: "Note", rows: textRows.slice(0, 3) }]), { payloadLimit: 3_000 });
    await expect(new OfficeWorkbook({ host: fake.host, maxRequestBytes: 150_000 }).readSheets(["Note"])).rejects.toMatchObject({
      code: "payloadTooLarge",
    });
  });
});

describe("halveBatch", () => {
  const chunk = (sheet: string, rowCount: number, offset = 0) => ({ sheet, rowIndex: offset, columnIndex: 0, rowCount, columnCount: 10, offset });

  it.each([
    ["one chunk of 7 rows", [chunk("A", 7)], [[["A", 0, 4]], [["A", 4, 3]]]],
    ["three chunks", [chunk("A", 2), chunk("B", 2), chunk("C", 4)], [[["A", 0, 2], ["B", 0, 2]], [["C", 0, 4]]]],
    ["two chunks", [chunk("A", 5), chunk("B", 1)], [[["A", 0, 5]], [["B", 0, 1]]]],
  ] as const)("splits %s into two halves in reading order", (_label, batch, expected) => {
    const halves = halveBatch(batch);
    expect(halves?.map((half) => half.map((item) => [item.sheet, item.offset, item.rowCount]))).toEqual(expected);
  });

  it("cannot split a single row", () => {
    expect(halveBatch([chunk("A", 1)])).toBeNull();
  });
});
