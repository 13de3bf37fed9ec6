import fc from "fast-check";
import {
  formatAmount,
  formatFigure,
  formatItalianEuro,
  formatItalianNumber,
  formatItalianPercent,
  formatShare,
  formatSignedFigure,
  MINUS,
  shareWithArticle,
  withSign,
} from "../../../src/core/wording/formatNumbers";

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

  it("writes a whole number as toFixed does, without the zeros after the point", () => {
    const whole = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ min: -1e21, max: 1e21, noNaN: true }).map(Math.trunc));
    fc.assert(
      fc.property(whole, fc.integer({ min: 0, max: 20 }), (value, maxDecimals) => {
        expect(formatItalianNumber(value, undefined, maxDecimals)).toBe(formatItalianNumber(value, 0));
      }),
      { numRuns: 5_000 },
    );
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

describe("figures in explanations", () => {
  it.each<[number, "number" | "percent" | "euro", string]>([
    [24, "number", "24"],
    [10000, "number", "10.000"],
    [0.0013, "percent", "0,13%"],
    [-0.0213, "percent", "-2,13%"],
    [6190000, "euro", "€ 6.190.000,00"],
    [0.00012, "number", "0,00012"],
    [0.0000012, "percent", "0,00012%"],
    [1.75, "percent", "175%"],
  ])("writes %p as a %s: %p", (value, unit, expected) => {
    expect(formatFigure(value, unit)).toBe(expected);
  });

  it("never shows a small non-zero figure as 0", () => {
    expect(formatFigure(0.001)).toBe("0,001");
    expect(formatShare(0.00004)).toBe("0,004%");
  });

  it("signs deviations, with the sign after the euro symbol as in '€ -5,00'", () => {
    expect(formatSignedFigure(24)).toBe("+24");
    expect(formatSignedFigure(-9394)).toBe("-9.394");
    expect(formatSignedFigure(4390000, "euro")).toBe("€ +4.390.000,00");
    expect(formatSignedFigure(-5, "euro")).toBe("€ -5,00");
    expect(formatSignedFigure(0)).toBe("0");
  });

  it("uses the hyphen-minus for the subtraction operator too: one minus sign throughout", () => {
    expect(MINUS).toBe("-");
  });

  it.each<["a" | "di", number, string]>([
    ["a", 1, "al 100%"],
    ["a", 1.2, "al 120%"],
    ["a", 0.8, "all'80%"],
    ["a", 0.08, "all'8%"],
    ["a", 0.01, "all'1%"],
    ["a", 0.11, "all'11%"],
    ["a", 0.015, "all'1,5%"],
    ["di", 0.5, "del 50%"],
    ["di", 0.85, "dell'85%"],
    ["di", 0.18, "del 18%"],
    ["di", 0.1, "del 10%"],
  ])("writes the article the Italian way: '%s' + %p -> %p", (preposition, fraction, expected) => {
    expect(shareWithArticle(preposition, fraction)).toBe(expected);
  });
});

describe("one minus sign", () => {
  it.each<[string, string]>([
    ["a number", formatItalianNumber(-2.5)],
    ["a percentage", formatItalianPercent(-0.02)],
    ["an amount as read", formatAmount(-0.02, "percent")],
    ["a figure", formatFigure(-1500)],
    ["a signed figure", formatSignedFigure(-0.0013, "percent")],
    ["an amount in euro", formatItalianEuro(-5)],
  ])("writes a negative %s with the hyphen-minus, never another minus sign", (_what, text) => {
    expect(text).toContain("-");
    expect(text).not.toMatch(/[\u2212\u2013\u2014]/);
  });

  it.each<[number, "number" | "percent" | "euro", string]>([
    [0.8955, "percent", "89,55%"],
    [0.123456, "percent", "12,3456%"],
    [-0.02, "percent", "-2%"],
    [6190000, "euro", "€ 6.190.000,00"],
    [2870, "number", "2.870"],
    [0.1234567, "number", "0,123457"],
  ])("writes an amount as read, %p %s, as %p", (value, unit, text) => {
    expect(formatAmount(value, unit)).toBe(text);
  });
});
