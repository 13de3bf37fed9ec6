/**
 * PERF.VERIFICAPESI and PERF.PUNTEGGIO as Excel calls them, on the seed plan's weights as
 * written (every objective's indicator weights, every manager's objective weights) and on
 * the cases that matter: thirds that sum to 99,99%, mixed forms, blanks and placeholders.
 */
import plan from "../fixtures/plan-2020.json";
import { callAsExcel, errorOf, useBuiltFunctions, OMITTED, singleValue } from "./builtFunctions";

const loaded = useBuiltFunctions();

const checkWeights = (...args: unknown[]) => callAsExcel(loaded, "VERIFICAPESI", ...args);
const score = (...args: unknown[]) => callAsExcel(loaded, "PUNTEGGIO", ...args);
const column = (values: unknown[]) => values.map((value) => [value]);

const objectiveWeights = plan.objectives
  .filter((objective) => objective.code !== "STRAT")
  .map((objective) => [objective.code, objective.indicators.map((indicator) => indicator.weightText)] as const);
const strategic = plan.objectives.find((objective) => objective.code === "STRAT");
const strategicWeights = strategic?.indicators.map((indicator) => indicator.weightText) ?? [];
const managerWeights = plan.managerWeights.map((manager) => [manager.manager, manager.objectives.map((item) => item.weightAfterText)] as const);

describe("PERF.VERIFICAPESI on the seed plan", () => {
  it.each(objectiveWeights)("finds the indicator weights of objective %s summing to 100%%", (_code, weights) => {
    expect(singleValue(checkWeights(column(weights)))).toBe(true);
  });

  it("finds the strategic objective's own indicators summing to its stated 50%", () => {
    expect(singleValue(checkWeights(column(strategicWeights), strategic?.strategicComposition?.ownIndicatorsWeightText.replace("Peso: ", "")))).toBe(true);
    expect(singleValue(checkWeights(column(strategicWeights)))).toBe(false);
  });

  it.each(managerWeights)("finds the objective weights of %s summing to 100%% (a blank cell ignored)", (_manager, weights) => {
    expect(singleValue(checkWeights(column(weights)))).toBe(true);
  });
});

describe("PERF.VERIFICAPESI", () => {
  it.each([
    ["thirds written as 33,33% (rounding within 0,1 points)", [column(["33,33%", "33,33%", "33,33%"])], true],
    ["thirds with no tolerance", [column(["33,33%", "33,33%", "33,33%"]), OMITTED, 0], false],
    ["fractions", [column([0.7, 0.3])], true],
    ["whole numbers (70 = 70%)", [column([70, 30])], true],
    ["percent texts", [column(["70%", "30%"])], true],
    ["a shortfall of one point", [column(["70%", "29%"])], false],
    ["a total of 50% written as text", [column(["30%", "20%"]), "50%"], true],
    ["a total of 50% from a cell formatted as %", [column([0.3, 0.2]), 0.5], true],
    ["a total of 50 points", [column([30, 20]), 50], true],
    ["a tolerance of one point", [column(["70%", "29%"]), OMITTED, 1], true],
    ["a tolerance written as a percentage", [column(["70%", "29,5%"]), OMITTED, "0,5%"], true],
    ["a row of weights", [[["25%", "25%", "50%"]]], true],
    ["blanks and placeholders among the weights", [column(["70%", null, "-", "30%"])], true],
  ])("checks %s", (_label, args, expected) => {
    expect(singleValue(checkWeights(...args))).toBe(expected);
  });

  it.each([
    ["weights in mixed forms", [column([0.7, 30])], "#VALUE!", /forme diverse.*0,7.*70/],
    ["a weight that is no number", [column(["70%", "abc"])], "#VALUE!", /^pesi \(riga 2\): /],
    ["a weight that is a milestone", [column(["70%", "Avviato"])], "#VALUE!", /^pesi \(riga 2\): 'Avviato' non è un peso/],
    ["a logical value among the weights", [column(["70%", true])], "#VALUE!", /VERO/],
    ["a total in euro", [column(["70%", "30%"]), "€ 100"], "#VALUE!", /^totale: /],
    ["a negative tolerance", [column(["70%", "30%"]), OMITTED, -1], "#VALUE!", /^tolleranza: /],
    ["an empty range", [[]], "#VALUE!", /vuoto/],
    ["no weight at all", [column([null, "-"])], "#N/A", /nessun peso/],
  ])("refuses %s", (_label, args, code, message) => {
    const error = errorOf(checkWeights(...args));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("PERF.PUNTEGGIO", () => {
  it.each([
    ["the weighted mean", [column([1, 0.5]), column([0.7, 0.3])], 0.85],
    ["percent texts for both", [column(["100%", "50%"]), column(["70%", "30%"])], 0.85],
    ["whole-number weights", [column([1, 0.5]), column([70, 30])], 0.85],
    ["blank achievements excluded, weights renormalised", [column([1, 0.5, null]), column(["50%", "30%", "20%"])], 0.65 / 0.8],
    ["placeholder achievements excluded", [column([1, "//"]), column([0.5, 0.5])], 1],
    ["one weight for all: the plain mean", [column([1, 0.5]), 1], 0.75],
    ["a cap on each achievement", [column([1.5, 0.5]), column([0.5, 0.5]), 1], 0.75],
    ["a cap written as text", [column([1.5, 0.5]), column([0.5, 0.5]), "120%"], 0.85],
    ["a row of achievements with a row of weights", [[[1, 0.5]], [[0.7, 0.3]]], 0.85],
    ["blank rows at the end of the ranges", [column([1, 0.5, null]), column([0.7, 0.3, null])], 0.85],
  ])("computes %s", (_label, args, expected) => {
    expect(singleValue(score(...args))).toBeCloseTo(expected, 10);
  });

  it.each([
    ["weights in mixed forms", [column([1, 0.5]), column([0.7, 30])], "#VALUE!", /forme diverse/],
    ["an achievement that is no number", [column([1, "abc"]), column([0.5, 0.5])], "#VALUE!", /^raggiungimenti \(riga 2\): /],
    ["an achievement that is a milestone", [column([1, "Avviato"]), column([0.5, 0.5])], "#VALUE!", /milestone/],
    ["a missing weight", [column([1, 0.5]), column([0.5, null])], "#VALUE!", /^pesi \(riga 2\): manca il peso/],
    ["ranges that cannot pair", [column([1, 0.5, 1]), column([0.5, 0.5])], "#VALUE!", /dimensioni diverse: raggiungimenti 3×1, pesi 2×1/],
    ["a cap that is no number", [column([1]), column([1]), "abc"], "#VALUE!", /^tetto: /],
    ["weights that sum to 0", [column([1, 0.5]), column([0, 0])], "#DIV/0!", undefined],
    ["nothing evaluable", [column([null, "-"]), column([0.5, 0.5])], "#N/A", /nessun elemento valutabile/],
  ])("refuses %s", (_label, args, code, message) => {
    const error = errorOf(score(...args));
    expect(error.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
    else expect(error.message).toBeUndefined();
  });
});
