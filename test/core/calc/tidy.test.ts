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
