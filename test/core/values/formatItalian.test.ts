import { formatItalianEuro, formatItalianNumber, formatItalianPercent, withSign } from "../../../src/core/values/formatItalian";

describe("formatting numbers the Italian way", () => {
  it.each([
    [1800000, undefined, "1.800.000"],
    [1800000, 2, "1.800.000,00"],
    [2.5, undefined, "2,5"],
    [-2.13, undefined, "-2,13"],
    [-0.0001, undefined, "0"],
    [0, 2, "0,00"],
    [999.999, undefined, "1.000"],
  ])("writes %p with %p decimals as %p", (value, decimals, expected) => {
    expect(formatItalianNumber(value, decimals)).toBe(expected);
  });

  it("writes fractions as percentages", () => {
    expect(formatItalianPercent(0.8955)).toBe("89,55%");
    expect(formatItalianPercent(1)).toBe("100%");
    expect(formatItalianPercent(-0.0213, 2)).toBe("-2,13%");
  });

  it("writes euro amounts with two decimals", () => {
    expect(formatItalianEuro(6190000)).toBe("€ 6.190.000,00");
  });

  it("adds a plus sign only to positive figures", () => {
    expect(withSign("0,13%", 0.0013)).toBe("+0,13%");
    expect(withSign("-0,13%", -0.0013)).toBe("-0,13%");
    expect(withSign("0", 0)).toBe("0");
  });
});
