import { checkWeightSum } from "../../../src/core/calc/checkWeightSum";
import { seedManagerWeights, seedObjectives } from "./seedPlan";

describe("checkWeightSum: do the weights add up?", () => {
  const operational = seedObjectives.filter((objective) => objective.code !== "STRAT" && objective.code !== "3.6");

  it.each(operational.map((objective) => [objective.code, objective.indicators.map((indicator) => indicator.weight ?? NaN)] as const))(
    "finds the indicator weights of %s summing exactly to 100%%",
    (_code, weights) => {
      expect(checkWeightSum([...weights])).toEqual({ sum: expect.closeTo(1, 12), difference: expect.closeTo(0, 12), withinTolerance: true, rounding: false, ignored: 0 });
    },
  );

  it("reports the thirds of 3.6 (33,33% × 3 = 99,99%) as rounding, not an error", () => {
    const weights = seedObjectives.find((objective) => objective.code === "3.6")?.indicators.map((indicator) => indicator.weight ?? NaN) ?? [];
    const check = checkWeightSum(weights);
    expect(check.sum).toBeCloseTo(0.9999, 12);
    expect(check.difference).toBeCloseTo(-0.0001, 12);
    expect(check).toMatchObject({ withinTolerance: true, rounding: true });
  });

  it("checks the strategic objective's own indicators against its stated share of 50%", () => {
    const strategic = seedObjectives.find((objective) => objective.code === "STRAT");
    const weights = strategic?.indicators.map((indicator) => indicator.weight ?? NaN) ?? [];
    const share = strategic?.strategicComposition?.ownIndicatorsWeight ?? NaN;
    expect(checkWeightSum(weights, share)).toMatchObject({ withinTolerance: true });
    expect(checkWeightSum(weights)).toMatchObject({ withinTolerance: false, rounding: false });
  });

  it.each(seedManagerWeights.map((row) => [row.manager, row.objectives.map((objective) => objective.weightAfter).filter((weight): weight is number => weight !== null)] as const))(
    "finds the weights of %s summing to 100%%",
    (_manager, weights) => {
      expect(checkWeightSum([...weights])).toMatchObject({ withinTolerance: true, rounding: false });
    },
  );

  it.each<[string, number[], number | undefined, boolean, boolean]>([
    ["0,1 points short, on the edge of the default tolerance", [0.5, 0.499], undefined, true, true],
    ["0,11 points short", [0.5, 0.4989], undefined, false, false],
    ["2 points over", [0.7, 0.32], undefined, false, false],
    ["0,5 points short with a tolerance of 1 point", [0.5, 0.495], 1, true, true],
    ["any difference with a tolerance of 0", [0.5, 0.4999], 0, false, false],
  ])("decides %s", (_label, weights, tolerance, withinTolerance, rounding) => {
    expect(checkWeightSum(weights, 1, tolerance)).toMatchObject({ withinTolerance, rounding });
  });

  it("fails, and counts, weights that are not numbers instead of adding NaN", () => {
    expect(checkWeightSum([0.5, NaN, 0.5])).toEqual({ sum: 1, difference: 0, withinTolerance: false, rounding: false, ignored: 1 });
  });

  it("reads an invalid expected sum as 100% and an invalid tolerance as 0,1 points", () => {
    expect(checkWeightSum([0.3333, 0.3333, 0.3333], NaN, -1)).toMatchObject({ withinTolerance: true, rounding: true });
  });

  it("stays finite when the weights overflow", () => {
    const check = checkWeightSum([Number.MAX_VALUE, Number.MAX_VALUE]);
    expect(Number.isFinite(check.sum) && Number.isFinite(check.difference)).toBe(true);
    expect(check.withinTolerance).toBe(false);
  });
});
