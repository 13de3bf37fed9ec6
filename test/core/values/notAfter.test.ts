/**
 * "Not preceded by" without lookbehind syntax (older WebKit cannot parse a lookbehind): the
 * helpers find exactly what the same pattern with a leading `(?<!X)` finds, Node having
 * lookbehind to compare with; astral letters included, where a naive retry would loop.
 */
import fc from "fast-check";
import { firstNotAfter, matchesNotAfter, replaceNotAfter } from "../../../src/core/values/notAfter";

const CASES: [label: string, body: string, forbidden: string, flags: string][] = [
  ["digits not inside a word", String.raw`\d+`, String.raw`[\p{L}\p{N}]`, "gu"],
  ["words not after an apostrophe", String.raw`\p{L}+`, String.raw`[\p{L}\p{N}'’]`, "gu"],
  ["a year not after a digit", String.raw`(?:19|20)\d{2}`, String.raw`\d`, "g"],
  ["a bound ending the text", String.raw`almeno\s*$`, String.raw`\p{L}`, "giu"],
];

const texts = fc.string({ unit: fc.constantFrom("a", "1", "2", "0", "9", " ", "'", "almeno", "𝐀", "é", "-", "\n"), maxLength: 30 });

describe.each(CASES)("%s", (_label, body, forbidden, flags) => {
  const plain = new RegExp(body, flags);
  const withLookbehind = new RegExp(`(?<!${forbidden})(?:${body})`, flags);
  const before = new RegExp(forbidden, flags.replace("g", ""));

  it("finds the same matches as the lookbehind, at the same places", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(withLookbehind)].map((match) => [match.index, match[0]]);
        expect(matchesNotAfter(text, plain, before).map((match) => [match.index, match[0]])).toEqual(expected);
        const first = withLookbehind.exec(text.slice(0));
        withLookbehind.lastIndex = 0;
        expect(firstNotAfter(text, plain, before)?.index).toBe(first?.index);
        expect(replaceNotAfter(text, plain, before, (found) => "_".repeat(found.length))).toBe(text.replace(withLookbehind, (found) => "_".repeat(found.length)));
      }),
    );
  });
});

describe("matchesNotAfter", () => {
  it.each([
    ["a𝐀𝐁 b", String.raw`\p{L}+`, [["a𝐀𝐁", 0], ["b", 6]]],
    ["x𝐀 𝐀", "𝐀", [["𝐀", 4]]],
    ["3km 4 km", String.raw`\p{L}+`, [["km", 6]]],
  ])("in %s finds %p", (text, body, expected) => {
    const found = matchesNotAfter(text, new RegExp(body, "gu"), /[\p{N}x]|\p{L}/u);
    expect(found.map((match) => [match[0], match.index])).toEqual(expected);
  });
});
