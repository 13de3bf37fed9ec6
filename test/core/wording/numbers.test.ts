/** The one formatter of numbers for messages: Italian as the core writes it, English with the same digits. */
import fc from "fast-check";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS, numbersFor } from "../../../src/core/wording/formatNumbers";

describe("numbers in messages", () => {
  it.each([
    ["a plain number", (n: typeof ITALIAN_NUMBERS) => n.number(1800000.5), "1.800.000,5", "1,800,000.5"],
    ["a negative number", (n: typeof ITALIAN_NUMBERS) => n.number(-9394), "-9.394", "-9,394"],
    ["a percentage", (n: typeof ITALIAN_NUMBERS) => n.figure(0.8955, "percent"), "89,55%", "89.55%"],
    ["an amount in euro", (n: typeof ITALIAN_NUMBERS) => n.figure(6190000, "euro"), "€ 6.190.000,00", "€6,190,000.00"],
    ["a positive deviation in euro", (n: typeof ITALIAN_NUMBERS) => n.signed(4390000, "euro"), "€ +4.390.000,00", "+€4,390,000.00"],
    ["a negative deviation in euro", (n: typeof ITALIAN_NUMBERS) => n.signed(-5, "euro"), "€ -5,00", "-€5.00"],
    ["a small deviation in points", (n: typeof ITALIAN_NUMBERS) => n.signed(0.0013, "percent"), "+0,13%", "+0.13%"],
    ["a share", (n: typeof ITALIAN_NUMBERS) => n.share(0.3333), "33,33%", "33.33%"],
    ["a score with two decimals", (n: typeof ITALIAN_NUMBERS) => n.percent(1, 2), "100,00%", "100.00%"],
  ])("writes %s the Italian and the English way", (_what, format, italian, english) => {
    expect(format(numbersFor("it"))).toBe(italian);
    expect(format(numbersFor("en"))).toBe(english);
  });

  it("writes the same digits in both languages, only the separators swapped", () => {
    const swap = (text: string) => text.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constantFrom("number" as const, "percent" as const), (value, unit) => {
        expect(ENGLISH_NUMBERS.figure(value, unit)).toBe(swap(ITALIAN_NUMBERS.figure(value, unit)));
        expect(ENGLISH_NUMBERS.signed(value, unit)).toBe(swap(ITALIAN_NUMBERS.signed(value, unit)));
      }),
    );
  });
});
