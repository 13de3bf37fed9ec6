import fc from "fast-check";
import { CellValueCache } from "../../../src/core/plan/cellValueCache";
import { cellText } from "../../../src/core/plan/gridCells";
import { readCellValue } from "../../../src/core/values/readCellValue";

describe("CellValueCache", () => {
  it("reads every content as readCellValue does, the first time and the next", () => {
    const cache = new CellValueCache();
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("-", "//", "100,00%", "Avvio")),
        fc.constantFrom(undefined, "0,00%", "General", "€ #.##0,00"),
        (raw, numberFormat) => {
          const expected = readCellValue(raw, numberFormat === undefined ? undefined : { numberFormat });
          expect(cache.read(raw, numberFormat)).toEqual(expected);
          expect(cache.read(raw, numberFormat)).toEqual(expected);
        },
      ),
    );
  });

  it("tells the number 5 from the text '5' and 0,5 as a number from 0,5 as a percentage", () => {
    const cache = new CellValueCache();
    expect(cache.read(0.5, "0%")).toMatchObject({ unit: "percent" });
    expect(cache.read(0.5)).toMatchObject({ unit: "number" });
    expect(cache.read("VERO")).toEqual(readCellValue("VERO"));
    expect(cache.read(true)).toEqual(readCellValue(true));
  });
});

describe("cellText", () => {
  it.each([
    ["  Risultati\n raggiunti ", "Risultati raggiunti"],
    ["Peso", "Peso"],
    [12.5, "12.5"],
    [Number.NaN, ""],
    [true, "VERO"],
    [null, ""],
  ])("reads %p as %p", (raw, text) => {
    expect(cellText(raw)).toBe(text);
  });
});
