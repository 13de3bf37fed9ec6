import fc from "fast-check";
import { formatAmount, formatItalianNumber } from "../../../src/core/wording/formatNumbers";

/** What toFixed writes, in Italian: the definition formatItalianNumber's integer rounding must match, figure for figure. */
function byToFixed(value: number, decimals: number | undefined, maxDecimals: number): string {
  const digits = decimals ?? maxDecimals;
  const size = Math.abs(value);
  let fixed = decimals === undefined && Number.isSafeInteger(size) ? String(size) : size.toFixed(Math.min(Math.max(digits, 0), 20));
  if (decimals === undefined && fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "");
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return value < 0 && /[1-9]/.test(fixed) ? `-${body}` : body;
}

/** Figures as cells hold them, and those that sit on or next to a tie of the rounding (x,xx5). */
const figures = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }),
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(0, 1, -1, 2, -2)).map(
    ([units, places, nudge]) => {
      const value = (units + 0.5) / 10 ** places;
      return nudge === 0 ? value : value + nudge * Number.EPSILON * Math.max(1, Math.abs(value));
    },
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((basisPoints) => basisPoints / 10_000),
  fc.constantFrom(0, -0, 0.5, 1.005, 2.675, 1.45, 8.345, 0.8955, 1e-7, -1e-7, 123456789.125, 2 ** 40 / 1e6, 4503599627370495.5),
);

describe("formatItalianNumber rounds as toFixed does", () => {
  it("for every figure, fixed decimals or at most N, in any unit of formatAmount", () => {
    fc.assert(
      fc.property(figures, fc.constantFrom(undefined, 0, 1, 2, 4), fc.constantFrom(0, 2, 4, 6), (value, decimals, maxDecimals) => {
        expect(formatItalianNumber(value, decimals, maxDecimals)).toBe(byToFixed(value, decimals, maxDecimals));
        expect(formatAmount(value, "percent")).toBe(`${byToFixed(value * 100, undefined, 4)}%`);
        expect(formatAmount(value, "number")).toBe(byToFixed(value, undefined, 6));
        expect(formatAmount(value, "euro")).toBe(`€ ${byToFixed(value, 2, 2)}`);
      }),
      { numRuns: 20_000 },
    );
  });
});
