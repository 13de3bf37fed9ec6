import { polarityName, polarityOfWord, readWrittenPolarity, type Polarity } from "../../../src/core/plan/polarity";

const POLARITIES: Polarity[] = ["increasing", "decreasing", "milestone"];

describe("the words of a polarity", () => {
  it.each(POLARITIES)("reads back the Italian name it writes for %s", (polarity) => {
    expect(polarityOfWord(polarityName(polarity))).toBe(polarity);
    expect(readWrittenPolarity(polarityName(polarity))).toBe(polarity);
  });

  it.each([
    ["crescente", "increasing"],
    ["Décrescente ", "decreasing"],
    ["  MILESTONE", "milestone"],
    ["increasing", "increasing"],
    ["decreasing", "decreasing"],
  ])("takes %p as a function argument naming %s", (text, polarity) => {
    expect(polarityOfWord(text)).toBe(polarity);
  });

  it.each([["aumento"], ["↑"], ["cresce"], [""]])("accepts only the exact words in a function argument, not %p", (text) => {
    expect(polarityOfWord(text)).toBeUndefined();
  });

  it.each([
    ["↑", "increasing"],
    ["↓", "decreasing"],
    ["+", "increasing"],
    ["Aumento", "increasing"],
    ["Incremento", "increasing"],
    ["riduzione", "decreasing"],
    ["Decremento", "decreasing"],
    ["Traguardo", "milestone"],
    ["sì/no", "milestone"],
  ])("reads %p in a plan's polarity cell as %s", (text, polarity) => {
    expect(readWrittenPolarity(text)).toBe(polarity);
  });

  it.each([["qualcosa"], [""], ["x"]])("reads no polarity in %p", (text) => {
    expect(readWrittenPolarity(text)).toBeNull();
  });
});
