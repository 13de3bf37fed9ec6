import { columnLetter, parseA1, sheetReference, toA1 } from "../../../src/core/plan/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("names column %p as %p", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });

  it("round-trips every cell of a large area", () => {
    for (const row of [0, 9, 99999]) {
      for (let col = 0; col < 800; col += 7) {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
      }
    }
  });

  it("reads absolute and sheet-qualified addresses, and refuses what is not an address", () => {
    expect(parseA1("$B$3")).toEqual({ row: 2, col: 1 });
    expect(parseA1("'Indicatori'!K12")).toEqual({ row: 11, col: 10 });
    expect(parseA1("Totale")).toBeNull();
    expect(parseA1("A0")).toBeNull();
  });

  it("quotes sheet names, doubling apostrophes", () => {
    expect(sheetReference("Dell'ente", "A1")).toBe("'Dell''ente'!A1");
  });
});
