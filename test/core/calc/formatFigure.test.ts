import { formatFigure, formatOperand, formatShare, formatSignedFigure, MINUS, shareWithArticle } from "../../../src/core/calc/formatFigure";

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

  it("puts negative operands in parentheses so that '− -' cannot be misread", () => {
    expect(formatOperand(-0.02, "percent")).toBe("(-2%)");
    expect(formatOperand(32)).toBe("32");
  });

  it("signs deviations, with the sign after the euro symbol as in '€ -5,00'", () => {
    expect(formatSignedFigure(24)).toBe("+24");
    expect(formatSignedFigure(-9394)).toBe("-9.394");
    expect(formatSignedFigure(4390000, "euro")).toBe("€ +4.390.000,00");
    expect(formatSignedFigure(-5, "euro")).toBe("€ -5,00");
    expect(formatSignedFigure(0)).toBe("0");
  });

  it("uses the true minus sign for the subtraction operator", () => {
    expect(MINUS).toBe("\u2212");
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
