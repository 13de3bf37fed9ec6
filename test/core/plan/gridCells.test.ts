import { cellText, isWhitespaceCode } from "../../../src/core/plan/gridCells";

describe("cellText", () => {
  it("counts as whitespace exactly the characters \\s matches", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ["  Target 30/6  ", "Target 30/6"],
    ["Valore\ntarget", "Valore target"],
    ["due  spazi", "due spazi"],
    ["a\u00a0b", "a b"],
    ["già pulito", "già pulito"],
    ["", ""],
  ])("writes %p as %p", (raw, expected) => {
    expect(cellText(raw)).toBe(expected);
  });

  it("collapses spacing as the regular expression /\\s+/ would, whatever the characters", () => {
    const pieces = ["a", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "é", "1", "\u2028", "x y"];
    let seed = 3;
    const disagreements: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = "";
      for (let j = 0; j < 6; j++) text += pieces[(seed = (seed * 16807) % 2147483647) % pieces.length];
      const trimmed = text.trim();
      if (cellText(text) !== trimmed.replace(/\s+/g, " ")) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements).toEqual([]);
  });
});
