import fc from "fast-check";
import { formatItalianNumber } from "../../../src/core/wording/formatNumbers";
import { literalToNumber, parseItalianNumber } from "../../../src/core/values/parseItalianNumber";

describe("parsing a number written the Italian way", () => {
  it.each([
    ["1.800.000,00", 1800000],
    ["2.870", 2870],
    ["-2,13", -2.13],
    ["+1,55", 1.55],
    ["0,7", 0.7],
    [",5", 0.5],
    ["1800000", 1800000],
    ["12,5", 12.5],
    ["1 800 000", 1800000],
    ["1\u00a0800\u00a0000", 1800000],
    ["1\u202f800,50", 1800.5],
    ["\u22122,13", -2.13],
    ["\u20132", -2],
    ["  720  ", 720],
    ["007", 7],
    ["-0", 0],
    ["-0,00", 0],
  ])("reads %j as %p", (text, expected) => {
    expect(parseItalianNumber(text)).toEqual({ ok: true, value: expected });
  });

  describe("deciding what a dot means", () => {
    it.each([
      ["2.870", 2870, "a dot followed by exactly three digits groups thousands"],
      ["1.000.000", 1000000, "several dots each followed by three digits group thousands"],
      ["1.5", 1.5, "a dot followed by one digit can only be a decimal point"],
      ["12.50", 12.5, "a dot followed by two digits can only be a decimal point"],
      ["1.2345", 1.2345, "a dot followed by four digits can only be a decimal point"],
      ["0.870", 0.87, "a leading 0 cannot be a group of thousands"],
      ["1234.567", 1234.567, "a first group of four digits is not thousands grouping"],
      ["1,800,000.50", 1800000.5, "English grouping with a decimal point has one reading only"],
    ])("reads %j as %p: %s", (text, expected) => {
      expect(parseItalianNumber(text)).toEqual({ ok: true, value: expected });
    });

    it.each([
      ["1,800,000", "two commas cannot both be decimal marks"],
      ["1.2.3", "groups of one digit are not thousands"],
      ["1.80.000", "a group of two digits is not thousands"],
      ["1.800,000.5", "Italian and English marks cannot be mixed"],
      ["1 800.000", "spaces and dots cannot both group thousands"],
      ["1 80", "a group of two digits after a space is not thousands"],
    ])("refuses %j: %s", (text) => {
      const parsed = parseItalianNumber(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("all'italiana");
    });
  });

  it.each([
    ["an empty text", "", "vuoto"],
    ["blanks", "   ", "vuoto"],
    ["letters", "abc", "non è un numero"],
    ["a number with a unit", "12 euro", "all'italiana"],
    ["a percentage (a unit, read by readCellValue)", "89,55%", "non è un numero"],
    ["scientific notation", "1e5", "non è un numero"],
    ["two signs", "--5", "non è un numero"],
    ["400 nines (beyond the largest double)", "9".repeat(400), "troppo grande"],
    ["401 nines (longer than any number)", "9".repeat(401), "troppo lungo"],
  ])("refuses %s and says why", (_case, text, why) => {
    const parsed = parseItalianNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(why);
  });

  it("scales a decimal literal by a power of ten without multiplying floats", () => {
    expect(literalToNumber("89.55", -2)).toEqual({ ok: true, value: 0.8955 });
    expect(literalToNumber("1.5", 6)).toEqual({ ok: true, value: 1500000 });
    expect(literalToNumber("-0", 0)).toEqual({ ok: true, value: 0 });
  });
});

describe("parseItalianNumber, for any input", () => {
  it("never throws, and yields either a finite number or a message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[-+]?[\d., ]{0,20}$/)), (text) => {
        const parsed = parseItalianNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it("reads back any number formatted the Italian way, to the printed decimals", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        (value, decimals) => {
          const parsed = parseItalianNumber(formatItalianNumber(value, decimals));
          expect(parsed.ok).toBe(true);
          const printed = decimals ?? 2;
          if (parsed.ok) expect(Math.abs(parsed.value - value)).toBeLessThanOrEqual(0.5 * 10 ** -printed * (1 + 1e-9) + Math.abs(value) * 1e-15);
        },
      ),
    );
  });

  it("reads back any integer exactly, grouped with dots", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(parseItalianNumber(formatItalianNumber(value, 0))).toEqual({ ok: true, value: Object.is(value, -0) ? 0 : value });
      }),
    );
  });

  it("round-trips: parsing the Italian writing of a parsed number gives the same number", () => {
    const written = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
      .map(([negative, integer, fraction]) => `${negative ? "-" : ""}${integer}${fraction === undefined ? "" : `,${fraction}`}`);
    fc.assert(
      fc.property(written, (text) => {
        const first = parseItalianNumber(text);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseItalianNumber(formatItalianNumber(first.value, 6));
        expect(again.ok).toBe(true);
        if (again.ok) expect(Math.abs(again.value - first.value)).toBeLessThanOrEqual(5e-7 + Math.abs(first.value) * 1e-15);
      }),
    );
  });
});
