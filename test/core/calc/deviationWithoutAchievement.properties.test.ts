/**
 * writeFigures' figures apart: with no baseline and no options it fails exactly where the deviation
 * does (for finite numbers the achievement always has a figure, however large, small or signed they
 * are), and figuresAchievement is its achievement, or its failure, on any numbers, bound and options.
 * What lets a PERF function compute only the figure it reads.
 */
import fc from "fast-check";
import type { AchievementOptions } from "../../../src/core/calc/calcTypes";
import { deviationFigure } from "../../../src/core/calc/computeDeviation";
import { figuresAchievement, relativeDeviationOrNone, writeFigures, type IndicatorEvaluation } from "../../../src/core/calc/evaluateNumericIndicator";
import { directionOfComparator, type Polarity } from "../../../src/core/plan/polarity";
import type { Comparator, QuantityUnit } from "../../../src/core/values/valueTypes";

const extreme = fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e300, 1e15, 0.1 + 0.2);
const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100), extreme);
const figure = fc.oneof({ weight: 9, arbitrary: finite }, { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) });
const polarity = fc.constantFrom<Polarity>("increasing", "decreasing", "milestone");
const bound = fc.constantFrom<Comparator | null>(null, "atLeast", "moreThan", "atMost", "lessThan");
const unit = fc.constantFrom<QuantityUnit>("number", "percent", "euro");
const method = fc.constantFrom("linear" as const, "ratio" as const, "baseline" as const);
const options: fc.Arbitrary<AchievementOptions | undefined> = fc.option(
  fc.record(
    { cap: fc.constantFrom(1, 1.2, 0.5, 0), threshold: fc.constantFrom(0, 0.3, 2), milestonePartial: fc.constantFrom(0, 0.5), methods: fc.record({ increasing: method, decreasing: method }, { requiredKeys: [] }) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const newRecord = (): IndicatorEvaluation => ({ achievement: 0, polarity: "increasing" });

describe("writeFigures with no baseline and no options", () => {
  it("fails with the deviation's failure, and only then; its relative deviation is relativeDeviationOrNone's", () => {
    fc.assert(
      fc.property(finite, finite, polarity, bound, unit, (result, target, applied, comparator, figureUnit) => {
        const into = newRecord();
        const failure = writeFigures(result, target, figureUnit, applied, comparator, undefined, undefined, into);
        const deviation = deviationFigure(result, target, comparator !== null && applied === "milestone" ? directionOfComparator(comparator) : applied);
        if (typeof deviation !== "number") {
          expect(failure).toEqual(deviation);
          return;
        }
        expect(failure).toBeNull();
        expect(into.deviation).toBe(deviation);
        expect(into.relativeDeviation).toBe(relativeDeviationOrNone(deviation, target, figureUnit));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("figuresAchievement", () => {
  it("is writeFigures' achievement, or its failure, with or without a baseline and options", () => {
    fc.assert(
      fc.property(figure, figure, polarity, bound, fc.option(figure, { nil: undefined }), options, (result, target, applied, comparator, baseline, achievementOptions) => {
        const into = newRecord();
        const failure = writeFigures(result, target, "number", applied, comparator, baseline, achievementOptions, into);
        expect(figuresAchievement(result, target, applied, comparator, baseline, achievementOptions)).toEqual(failure ?? into.achievement);
      }),
      { numRuns: 10_000 },
    );
  });
});
