import { compareNaturalKeys, naturalCompare, naturalKey } from "../../../src/core/rules/naturalCompare";

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

  it("splits a code once into numbers and text runs", () => {
    expect(naturalKey(" 1.10 bis ")).toEqual([1, ".", 10, " bis"]);
    expect(naturalKey("")).toEqual([]);
  });

  it("orders split codes as people read them, letters without case or accents", () => {
    const codes = ["1.10", "AS", "2.1", "1.2", "3.6", "1.1", "as-strat", "10", "2", "STRAT", "3 bis", "3", "", "Ob. 2", "ob. 10", "Área", "area"];
    const sorted = [...codes].sort((a, b) => compareNaturalKeys(naturalKey(a), naturalKey(b)));
    expect(sorted).toEqual(["", "1.1", "1.2", "1.10", "2", "2.1", "3", "3 bis", "3.6", "10", "Área", "area", "AS", "as-strat", "Ob. 2", "ob. 10", "STRAT"]);
    expect(compareNaturalKeys(naturalKey("Área"), naturalKey("area"))).toBe(0);
  });
});
