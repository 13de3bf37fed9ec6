import fc from "fast-check";
import { CellReading } from "../../../src/core/plan/cellReading";
import { cellText } from "../../../src/core/plan/gridCells";
import { readCellValue } from "../../../src/core/values/readCellValue";

describe("CellReading", () => {
  it("reads every content as readCellValue does, the first time and the next", () => {
    const cache = new CellReading();
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
    const cache = new CellReading();
    expect(cache.read(0.5, "0%")).toMatchObject({ unit: "percent" });
    expect(cache.read(0.5)).toMatchObject({ unit: "number" });
    expect(cache.read("VERO")).toEqual(readCellValue("VERO"));
    expect(cache.read(true)).toEqual(readCellValue(true));
  });
});

describe("CellReading.cellAt", () => {
  it("keeps every cell it reads with its position, raw value, number format, formula and value, past any starting size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constantFrom("-", "//", "100,00%", "Avvio", 0.5, 12), fc.string(), fc.double({ noNaN: true })), { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom("A1", "C7"),
        (values, origin) => {
          const numberFormats = values.map((row) => row.map((_, c) => (c % 3 === 0 ? "0,00%" : "")));
          const formulas = values.map((row, r) => row.map((_, c) => (c % 4 === 1 ? `=B${r + 1}*2` : "")));
          const grid = { sheet: "Indicatori", origin, values, numberFormats, formulas };
          const at = origin === "A1" ? { row: 0, col: 0 } : { row: 6, col: 2 };
          const reading = new CellReading();
          values.forEach((row, r) =>
            row.forEach((raw, c) => {
              const cell = reading.cellAt(grid, at, r, c);
              const numberFormat = c % 3 === 0 ? "0,00%" : undefined;
              expect(cell.raw).toBe(raw);
              expect(cell.numberFormat).toBe(numberFormat);
              expect(cell.formula).toBe(c % 4 === 1 ? `=B${r + 1}*2` : undefined);
              expect(cell.value).toEqual(readCellValue(raw, numberFormat === undefined ? undefined : { numberFormat }));
              expect(cell.ref).toMatchObject({ sheet: "Indicatori", row: at.row + r, col: at.col + c });
            }),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads a column whose format changes from row to row as readCellValue reads each cell", () => {
    const formats = ["", "General", "0.00%", "0%", "#,##0", '"€" #,##0.00', "dd/mm/yyyy", "@"];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(0.5, 12, -0, 0, 44012, Number.NaN, "12", "//", "82,43%", true, null), fc.double(), fc.string()),
            fc.constantFrom(...formats),
          ),
          { minLength: 1, maxLength: 80 },
        ),
        (column) => {
          const grid = { sheet: "Indicatori", origin: "A1", values: column.map(([raw]) => [raw]), numberFormats: column.map(([, format]) => [format]) };
          const reading = new CellReading();
          column.forEach(([raw, format], r) => {
            const cell = reading.cellAt(grid, { row: 0, col: 0 }, r, 0);
            expect(cell.raw).toBe(raw ?? "");
            expect(cell.numberFormat).toBe(format === "" ? undefined : format);
            expect(cell.value).toEqual(readCellValue(raw ?? "", format === "" ? undefined : { numberFormat: format }));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("shares one value among the cells that repeat a content under the same format", () => {
    const grid = { sheet: "Indicatori", origin: "A1", values: [["//", "//", 12, 12]], numberFormats: [["", "", "0%", ""]] };
    const reading = new CellReading();
    const [a, b, c, d] = [0, 1, 2, 3].map((col) => reading.cellAt(grid, { row: 0, col: 0 }, 0, col));
    expect(a?.value).toBe(b?.value);
    expect(c?.value).not.toBe(d?.value);
    expect(c?.value).toMatchObject({ unit: "percent" });
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
