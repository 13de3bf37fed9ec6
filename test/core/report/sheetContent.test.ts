import fc from "fast-check";
import { clipText, ELLIPSIS, MAX_CELL_TEXT, MAX_FORMULA_TEXT, sheetText } from "../../../src/core/report/sheetContent";

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

describe("text beyond Excel's limits", () => {
  it("is clipped to 32.767 characters with a visible ellipsis at the end", () => {
    const text = "x".repeat(33_000);
    const { value } = sheetText(text);
    expect(String(value)).toHaveLength(MAX_CELL_TEXT);
    expect(String(value).endsWith(`${"x".repeat(10)}${ELLIPSIS}`)).toBe(true);
  });

  it("of exactly 32.767 characters is kept whole", () => {
    const text = "y".repeat(MAX_CELL_TEXT);
    expect(sheetText(text)).toEqual({ value: text });
  });

  it("starting with = becomes a formula of at most 8.192 characters returning the clipped text", () => {
    const text = `=${'a"'.repeat(4_554)}`;
    const written = sheetText(text);
    expect(String(written.value).length).toBeLessThanOrEqual(MAX_FORMULA_TEXT);
    expect(String(written.value).length).toBeGreaterThan(MAX_FORMULA_TEXT - 300);
    expect(written.formulaResult?.endsWith(ELLIPSIS)).toBe(true);
    expect(evaluateLiteralFormula(String(written.value))).toBe(written.formulaResult);
    expect(text.startsWith((written.formulaResult ?? "").slice(0, -1))).toBe(true);
  });

  it("is never cut between the two halves of a character outside the BMP", () => {
    const text = "😀".repeat(20_000);
    const clipped = clipText(text);
    expect(clipped.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(clipped.slice(0, -1)).toBe("😀".repeat((clipped.length - 1) / 2));
  });

  it("always fits, shows a beginning of the text, and says it was cut", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "="), fc.string({ unit: fc.constantFrom("a", '"', "😀", "é"), minLength: 0, maxLength: 40_000 }), (start, tail) => {
        const text = `${start}${tail}`;
        const written = sheetText(text);
        const shown = written.formulaResult ?? String(written.value);
        if (written.formulaResult !== undefined) {
          expect(String(written.value).length).toBeLessThanOrEqual(MAX_FORMULA_TEXT);
          expect(evaluateLiteralFormula(String(written.value))).toBe(shown);
        }
        expect(shown.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
        if (shown === text) return;
        expect(shown.endsWith(ELLIPSIS)).toBe(true);
        expect(text.startsWith(shown.slice(0, -1))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
