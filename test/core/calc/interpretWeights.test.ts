import { interpretWeights, type InterpretedWeights } from "../../../src/core/calc/interpretWeights";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { quantityOf, seedObjective } from "./seedPlan";

const number = (value: number): CellValue => ({ kind: "quantity", value, unit: "number", text: String(value).replace(".", ",") });
const percent = (value: number): CellValue => ({ kind: "quantity", value, unit: "percent", text: `${String(value * 100).replace(".", ",")}%` });
const blank = (text: string): CellValue => ({ kind: "placeholder", text });

describe("interpretWeights: weights as fractions, and how they were written", () => {
  it("reads the seed's weights of 1.1 (70,00% and 30,00%) as percentages", () => {
    const values = seedObjective("1.1").indicators.map((indicator) => quantityOf(indicator.weightText));
    expect(interpretWeights(values)).toEqual({ weights: [0.7, 0.3], scale: "percent", scales: ["percent", "percent"], invalid: [] });
  });

  it.each<[string, CellValue[], Partial<InterpretedWeights>]>([
    ["fractions 0,7 and 0,3", [number(0.7), number(0.3)], { weights: [0.7, 0.3], scale: "fraction" }],
    ["whole numbers 70 and 30", [number(70), number(30)], { weights: [0.7, 0.3], scale: "whole" }],
    ["thirds written 33,33", [number(33.33), number(33.33), number(33.33)], { weights: [0.3333, 0.3333, 0.3333], scale: "whole" }],
    ["0,7 next to 30: mixed", [number(0.7), number(30)], { weights: [0.7, 0.3], scale: "mixed", scales: ["fraction", "whole"] }],
    ["0,7 next to 30%: mixed", [number(0.7), percent(0.3)], { weights: [0.7, 0.3], scale: "mixed", scales: ["fraction", "percent"] }],
    ["70 next to 30%: mixed", [number(70), percent(0.3)], { scale: "mixed" }],
    ["1 alone: 100%", [number(1)], { weights: [1], scale: "fraction" }],
    ["1 next to fractions: 100%", [number(1), number(0.5)], { weights: [1, 0.5], scale: "fraction" }],
    ["1 next to whole numbers: 1%", [number(1), number(70), number(29)], { weights: [0.01, 0.7, 0.29], scale: "whole" }],
    ["1 next to percentages: a plain number among percentages, mixed", [number(1), percent(0.5)], { weights: [1, 0.5], scale: "mixed" }],
    ["0 next to percentages: 0, not mixed", [number(0), percent(1)], { weights: [0, 1], scale: "percent", scales: ["percent", "percent"] }],
    ["0 next to whole numbers", [number(0), number(100)], { weights: [0, 1], scale: "whole" }],
    ["placeholders ('-', '//', blank)", [percent(0.5), blank("-"), blank("//"), blank("")], { weights: [0.5, null, null, null], scale: "percent", scales: ["percent", null, null, null], invalid: [] }],
    ["only placeholders", [blank("-"), blank("")], { weights: [null, null], scale: "none" }],
    ["nothing at all", [], { weights: [], scale: "none", scales: [] }],
    ["a negative whole number, keeping its sign", [number(-30), number(130)], { weights: [-0.3, 1.3], scale: "whole" }],
  ])("reads %s", (_label, values, expected) => {
    expect(interpretWeights(values)).toMatchObject(expected);
  });

  it("lists what is neither a weight nor a placeholder, never a silent gap", () => {
    const values: CellValue[] = [
      percent(0.5),
      { kind: "quantity", value: 3106, unit: "euro", text: "3.106 euro" },
      { kind: "milestone", state: "done", text: "sì" },
      { kind: "threshold", comparator: "atLeast", value: 0.3, unit: "percent", text: "almeno 30%" },
      { kind: "failure", code: "unreadable", message: "Testo non riconosciuto.", text: "peso?" },
    ];
    expect(interpretWeights(values)).toEqual({ weights: [0.5, null, null, null, null], scale: "percent", scales: ["percent", null, null, null, null], invalid: [1, 2, 3, 4] });
  });

  it("treats a non-finite number as not a weight", () => {
    expect(interpretWeights([number(NaN), number(Infinity)])).toMatchObject({ weights: [null, null], scale: "none", invalid: [0, 1] });
  });
});
