import fc from "fast-check";
import { formatAmount, formatItalianNumber } from "../../../src/core/wording/formatNumbers";

/** Plain digits grouped by "." in threes from the right, as a regular expression writes them: the definition of the grouping. */
function groupedByExpression(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Whole numbers of every length up to the largest safe integer, and those next to a power of ten. */
const wholeNumbers = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.tuple(fc.integer({ min: 0, max: 15 }), fc.constantFrom(-1, 0, 1)).map(([power, nudge]) => Math.max(0, 10 ** power + nudge)),
);

describe("formatItalianNumber groups the whole digits by arithmetic as plain digits are grouped", () => {
  it("for every safe whole number, positive or negative, bare or in a unit", () => {
    fc.assert(
      fc.property(wholeNumbers, fc.boolean(), (whole, negative) => {
        const value = negative ? -whole : whole;
        const expected = `${negative && whole !== 0 ? "-" : ""}${groupedByExpression(String(whole))}`;
        expect(formatItalianNumber(value)).toBe(expected);
        expect(formatAmount(value, "number")).toBe(expected);
        expect(formatItalianNumber(value, 0)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it("for figures with up to 6 decimals, leading zeros of the decimals kept", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 6 }), (whole, millionths, places) => {
        const decimals = String(millionths).padStart(6, "0").slice(0, places);
        const value = Number(`${whole}.${decimals}`);
        const fixed = value.toFixed(places);
        const [integer = "", fraction = ""] = fixed.split(".");
        expect(formatItalianNumber(value, places)).toBe(`${groupedByExpression(integer)},${fraction}`);
      }),
      { numRuns: 20_000 },
    );
  });
});
