import { naturalCompare } from "../../../src/core/rules/naturalCompare";

describe("naturalCompare", () => {
  it("orders codes as people read them", () => {
    const codes = ["1.10", "AS", "2.1", "1.2", "3.6", "1.1", "as-strat", "10", "2"];
    expect([...codes].sort(naturalCompare)).toEqual(["1.1", "1.2", "1.10", "2", "2.1", "3.6", "10", "AS", "as-strat"]);
  });

  it.each([
    ["1.2", "1.10", -1],
    ["STRAT", "strat", 0],
    ["3 bis", "3", 1],
  ])("compares %s with %s as %i", (a, b, expected) => {
    expect(naturalCompare(a, b)).toBe(expected);
  });
});
