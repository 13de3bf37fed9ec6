import { buildSheetMatrix, columnWidthPoints, toFormulaCell } from "../../src/excel/sheetMatrix";

describe("the sheet matrix written to Excel", () => {
  it.each([
    ["=SUM(B2:B5)", "=SUM(B2:B5)"],
    ["-", "'-"],
    ["89,55%", "'89,55%"],
    ["'già citato", "''già citato"],
    ["", ""],
    [null, ""],
    [0.8955, 0.8955],
    [true, true],
    [Number.NaN, "'NaN"],
  ])("writes %p as %p", (value, written) => {
    expect(toFormulaCell(value)).toEqual(written);
  });

  it("pads short rows to a rectangle and leaves number formats alone when none are set", () => {
    const matrix = buildSheetMatrix({ name: "Anomalie", rows: [["Gravità", "Cella"], ["errore"], []] });
    expect(matrix).toMatchObject({ rowCount: 3, columnCount: 2, numberFormats: null });
    expect(matrix.formulas).toEqual([["'Gravità", "'Cella"], ["'errore", ""], ["", ""]]);
  });

  it("applies column formats, with cell formats taking precedence, and General elsewhere", () => {
    const matrix = buildSheetMatrix({
      name: "Riepilogo",
      rows: [["Obiettivo", "Grado"], ["1.1", 0.9], ["1.2", 1]],
      columnFormats: { 1: "0.00%" },
      cellFormats: { B3: "0.0%" },
    });
    expect(matrix.numberFormats).toEqual([["General", "0.00%"], ["General", "0.00%"], ["General", "0.0%"]]);
  });

  it("measures each row as the JSON it sends", () => {
    const matrix = buildSheetMatrix({ name: "x", rows: [["abc"], [12]] });
    expect(matrix.rowBytes).toEqual([JSON.stringify(["'abc"]).length, JSON.stringify([12]).length]);
  });

  it.each([
    [0, 3.75],
    [10, 56.25],
    [24, 129.75],
  ])("turns a width of %p characters into %p points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });
});
