import fc from "fast-check";
import { sheetText } from "../../../src/core/report/sheetText";

/** Evaluates the only formulas sheetText writes: ="..."&"..." string literals. */
function evaluateLiteralFormula(formula: string): string {
  const body = formula.slice(1);
  const literals = body.match(/"(?:[^"]|"")*"/g) ?? [];
  expect(literals.join("&")).toBe(body);
  return literals.map((literal) => literal.slice(1, -1).replace(/""/g, '"')).join("");
}

describe("text written to a sheet", () => {
  it.each(["Obiettivo 1.1", "", "-2,13%", "'=quoted", " =space first"])("stays as is when it cannot be taken for a formula: %p", (text) => {
    expect(sheetText(text)).toEqual({ value: text });
  });

  it("turns a text starting with = into a formula that returns the same text", () => {
    expect(sheetText('=HYPERLINK("http://x")')).toEqual({ value: '="=HYPERLINK(""http://x"")"', formulaResult: '=HYPERLINK("http://x")' });
  });

  it("splits long texts into literals Excel accepts (255 characters at most)", () => {
    const text = `=${"a".repeat(600)}`;
    const { value } = sheetText(text);
    for (const literal of String(value).match(/"(?:[^"]|"")*"/g) ?? []) expect(literal.length - 2).toBeLessThanOrEqual(255);
    expect(evaluateLiteralFormula(String(value))).toBe(text);
  });

  it("never changes what the reader sees, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 800 }), (tail) => {
        const text = `=${tail}`;
        const written = sheetText(text);
        expect(written.formulaResult).toBe(text);
        expect(evaluateLiteralFormula(String(written.value))).toBe(text);
      }),
    );
  });
});
