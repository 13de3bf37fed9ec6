import fc from "fast-check";
import { toA1 } from "../../src/core/plan/a1";
import { MAX_COLUMNS, MAX_ROWS, formatArea, normaliseAddress, parseArea } from "../../src/excel/cellAddress";

describe("cell addresses handed to Excel", () => {
  it.each([
    ["K12", "K12"],
    ["$k$12", "K12"],
    ["'Indicatori'!K12", "K12"],
    ["M14:K12", "K12:M14"],
    ["A1:A1", "A1"],
    ["XFD1048576", "XFD1048576"],
  ])("normalises %p to %p", (address, expected) => {
    expect(normaliseAddress(address)).toBe(expected);
  });

  it.each(["", "Totale", "K0", "XFE1", "A1048577", "A1:B2:C3", "A1:", "12K"])("refuses %p", (address) => {
    expect(parseArea(address)).toBeNull();
  });

  it("round-trips every cell and rectangle of Excel's grid", () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: MAX_ROWS - 1 }), col: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }) });
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const area = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
        expect(parseArea(formatArea(area))).toEqual(area);
        expect(normaliseAddress(`${toA1(a.row, a.col)}:${toA1(b.row, b.col)}`)).toBe(formatArea(area));
      }),
    );
  });

  it("never accepts a cell outside the grid", () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_ROWS, max: 9_999_998 }), fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (row, col) => {
        expect(parseArea(toA1(row, col))).toBeNull();
      }),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseArea(text);
        if (parsed) expect(parseArea(formatArea(parsed))).toEqual(parsed);
      }),
    );
  });
});
