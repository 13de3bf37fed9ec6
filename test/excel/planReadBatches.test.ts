import fc from "fast-check";
import { planReadBatches, type UsedArea } from "../../src/excel/planReadBatches";

const area = (sheet: string, rowCount: number, columnCount: number, rowIndex = 0, columnIndex = 0): UsedArea => ({
  sheet,
  rowIndex,
  columnIndex,
  rowCount,
  columnCount,
});

describe("planReadBatches", () => {
  it.each([
    // rows, columns, budget bytes, bytes per cell -> rows in each chunk
    [10, 20, 4_000_000, 100, [10]],
    [2_000, 20, 4_000_000, 100, [2_000]],
    [2_001, 20, 4_000_000, 100, [2_000, 1]],
    [10_001, 20, 4_000_000, 100, [2_000, 2_000, 2_000, 2_000, 2_000, 1]],
    [7, 3, 1_000, 100, [3, 3, 1]],
  ])("splits %p rows x %p columns at the size limit (%p bytes, %p per cell)", (rows, columns, maxRequestBytes, bytesPerCell, expected) => {
    const batches = planReadBatches([area("Indicatori", rows, columns)], { maxRequestBytes, bytesPerCell });
    expect(batches.map((batch) => batch.map((chunk) => chunk.rowCount))).toEqual(expected.map((count) => [count]));
  });

  it("fills a request across sheets instead of starting a new one per sheet", () => {
    const batches = planReadBatches([area("A", 1_500, 20), area("B", 1_500, 20), area("C", 10, 20)], {
      maxRequestBytes: 4_000_000,
      bytesPerCell: 100,
    });
    expect(batches.map((batch) => batch.map((chunk) => `${chunk.sheet}:${chunk.offset}+${chunk.rowCount}`))).toEqual([
      ["A:0+1500", "B:0+500"],
      ["B:500+1000", "C:0+10"],
    ]);
  });

  it("places each chunk at its rows in the sheet", () => {
    const [first, second] = planReadBatches([area("Indicatori", 5, 2, 2, 1)], { maxRequestBytes: 600, bytesPerCell: 100 });
    expect(first).toEqual([{ sheet: "Indicatori", rowIndex: 2, columnIndex: 1, rowCount: 3, columnCount: 2, offset: 0 }]);
    expect(second).toEqual([{ sheet: "Indicatori", rowIndex: 5, columnIndex: 1, rowCount: 2, columnCount: 2, offset: 3 }]);
  });

  it("still reads a single row wider than the whole budget, alone", () => {
    const batches = planReadBatches([area("Largo", 2, 50)], { maxRequestBytes: 1_000, bytesPerCell: 100 });
    expect(batches.map((batch) => batch.map((chunk) => chunk.rowCount))).toEqual([[1], [1]]);
  });

  it("reads every row exactly once, in order, and keeps every request within budget", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rows: fc.integer({ min: 0, max: 300 }), columns: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }),
        fc.integer({ min: 3_000, max: 50_000 }),
        (sheets, maxRequestBytes) => {
          const areas = sheets.map((sheet, index) => area(`S${index}`, sheet.rows, sheet.columns, index));
          const batches = planReadBatches(areas, { maxRequestBytes, bytesPerCell: 100 });
          for (const batch of batches) {
            const bytes = batch.reduce((sum, chunk) => sum + chunk.rowCount * chunk.columnCount * 100, 0);
            expect(bytes).toBeLessThanOrEqual(maxRequestBytes);
          }
          const chunks = batches.flat();
          areas.forEach((expected) => {
            const mine = chunks.filter((chunk) => chunk.sheet === expected.sheet);
            let next = 0;
            for (const chunk of mine) {
              expect(chunk.offset).toBe(next);
              expect(chunk.rowIndex).toBe(expected.rowIndex + next);
              next += chunk.rowCount;
            }
            expect(next).toBe(expected.rowCount);
          });
        },
      ),
    );
  });
});
