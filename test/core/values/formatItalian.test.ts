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

  /** The first implementation, through regular expressions: the digit-by-digit one must agree with it everywhere. */
  function formatThroughRegExps(value: number, decimals?: number, maxDecimals = 2): string {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
    let fixed = Math.abs(value).toFixed(Math.min(Math.max(decimals ?? maxDecimals, 0), 20));
    if (decimals === undefined && fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "");
    const [integerPart = "0", fraction] = fixed.split(".");
    const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    const body = fraction ? `${group(integerPart)},${fraction}` : group(integerPart);
    return value < 0 && /[1-9]/.test(fixed) ? `-${body}` : body;
  }

  it("writes every figure as the regular-expression formatting it replaces did", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const figures = [0, -0, 100, 1000, -1800000, 0.0013, 999.999, 1e21, -1.5e21, 1e30, 2 ** 60, Number.MAX_VALUE, 5e-324];
    for (let i = 0; i < 3000; i++) {
      const size = 10 ** (Math.floor(random() * 30) - 12);
      const figure = (random() - 0.5) * 2 * size;
      figures.push(figure, Math.round(figure), Math.round(figure * 100) / 100);
    }
    const disagreements: string[] = [];
    for (const figure of figures) {
      for (const [decimals, maxDecimals] of [[undefined, undefined], [undefined, 0], [undefined, 4], [undefined, 6], [0, undefined], [2, undefined], [20, undefined]]) {
        const written = formatItalianNumber(figure, decimals, maxDecimals);
        const expected = formatThroughRegExps(figure, decimals, maxDecimals);
        if (written !== expected) disagreements.push(`${figure} (${decimals}, ${maxDecimals}): ${written} instead of ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
