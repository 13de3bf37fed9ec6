import { comparatorBefore, meetsBound } from "../../../src/core/values/comparators";
import { comparatorWords } from "../../../src/core/wording/comparatorWords";
import type { Comparator } from "../../../src/core/values/valueTypes";

const COMPARATORS: Comparator[] = ["atLeast", "moreThan", "atMost", "lessThan"];

describe("comparators", () => {
  it.each(COMPARATORS)("reads back the words it writes for %s", (comparator) => {
    expect(comparatorBefore(`Rilascio di ${comparatorWords(comparator)} `)?.comparator).toBe(comparator);
  });

  it.each<[Comparator, string]>([
    ["atLeast", "almeno"],
    ["moreThan", "più di"],
    ["atMost", "non oltre"],
    ["lessThan", "meno di"],
  ])("writes %s as %p", (comparator, words) => {
    expect(comparatorWords(comparator)).toBe(words);
  });

  it.each<[string, Comparator | undefined]>([
    ["al massimo ", "atMost"],
    ["non meno di ", "atLeast"],
    ["oltre ", "moreThan"],
    ["≥ ", "atLeast"],
    ["uguale o superiore al ", "atLeast"],
    ["uguale o maggiore di ", "atLeast"],
    ["maggiore o uguale a ", "atLeast"],
    ["maggiore/uguale a ", "atLeast"],
    ["superiore-uguale al ", "atLeast"],
    ["almeno pari a ", "atLeast"],
    ["> = ", "atLeast"],
    ["uguale o inferiore al ", "atMost"],
    ["uguale o minore di ", "atMost"],
    ["minore/uguale a ", "atMost"],
    ["< = ", "atMost"],
    ["superiore al ", "moreThan"],
    ["inferiore a ", "lessThan"],
    ["Realizzazione di ", undefined],
  ])("reads %p as %s", (before, comparator) => {
    expect(comparatorBefore(before)?.comparator).toBe(comparator);
  });

  it.each<[number, Comparator, number, boolean]>([
    [10, "atLeast", 10, true],
    [10, "moreThan", 10, false],
    [10, "atMost", 10, true],
    [10, "lessThan", 10, false],
    [9, "lessThan", 10, true],
    [11, "atMost", 10, false],
  ])("says whether %p is %s %p: %p", (value, comparator, bound, meets) => {
    expect(meetsBound(value, comparator, bound)).toBe(meets);
  });
});
