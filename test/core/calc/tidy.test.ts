import fc from "fast-check";
import { tidy } from "../../../src/core/calc/calcOutcome";

describe("tidy: computed figures without binary noise", () => {
  it("rounds away the noise of a subtraction", () => {
    expect(tidy(1 - 0.9394)).toBe(0.0606);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
  });

  it("keeps whole numbers of up to 15 digits as they are, and rounds longer ones to 15 digits", () => {
    expect(tidy(-9394)).toBe(-9394);
    expect(tidy(999_999_999_999_999)).toBe(999_999_999_999_999);
    expect(tidy(12_345_678_901_234_560)).toBe(12_345_678_901_234_600);
  });

  it("turns -0 into 0 and leaves infinities alone", () => {
    expect(Object.is(tidy(-0), 0)).toBe(true);
    expect(tidy(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives every whole number the figure that rounding to 15 digits gives", () => {
    for (let digits = 1; digits <= 18; digits++) {
      for (const figure of [10 ** digits - 1, -(10 ** digits) + 7, 10 ** digits + 3]) {
        expect(tidy(figure)).toBe(Number(figure.toPrecision(15)));
      }
    }
  });
});

describe("tidy computes with numbers the figure its 15-digit text gives", () => {
  /** The former tidy, through the text of the value: the behaviour to keep. */
  function throughText(value: number): number {
    if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
    if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
    const rounded = Number(value.toPrecision(15));
    return Number.isFinite(rounded) ? rounded : value;
  }

  it("agrees on every double, whatever its size", () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(Object.is(tidy(value), throughText(value))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it("agrees on the figures calculations give: differences and ratios of written decimals", () => {
    const written = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(written, written, (result, target) => {
        for (const figure of [result - target, target === 0 ? 0 : (result - target) / Math.abs(target), target === 0 ? 0 : 1 + (result - target) / Math.abs(target)]) {
          expect(Object.is(tidy(figure), throughText(figure))).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("agrees on halfway figures, where the 16th digit is a 5, and next to powers of ten", () => {
    const digits = fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n });
    fc.assert(
      fc.property(digits, fc.integer({ min: -30, max: 30 }), fc.constantFrom(-1, 0, 1), (significant, exponent, nudge) => {
        const halfway = Number(`${significant}5e${exponent}`);
        const nearPower = 10 ** exponent * (1 + nudge * Number.EPSILON);
        for (const figure of [halfway, -halfway, nearPower]) expect(Object.is(tidy(figure), throughText(figure))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
