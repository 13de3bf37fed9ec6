/**
 * With no baseline and no options, writeFigures fails exactly where the deviation does: for finite
 * numbers the achievement always has a figure, however large, small or signed they are. What lets
 * the deviation functions skip the achievement (writeDeviationCells).
 */
import fc from "fast-check";
import { deviationFigure } from "../../../src/core/calc/computeDeviation";
import { relativeDeviationOrNone, writeFigures, type IndicatorEvaluation } from "../../../src/core/calc/evaluateNumericIndicator";
import { directionOfComparator, type Polarity } from "../../../src/core/plan/polarity";
import type { Comparator, QuantityUnit } from "../../../src/core/values/valueTypes";

const extreme = fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e300, 1e15, 0.1 + 0.2);
const figure = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100), extreme);
const polarity = fc.constantFrom<Polarity>("increasing", "decreasing", "milestone");
const bound = fc.constantFrom<Comparator | null>(null, "atLeast", "moreThan", "atMost", "lessThan");
const unit = fc.constantFrom<QuantityUnit>("number", "percent", "euro");

describe("writeFigures with no baseline and no options", () => {
  it("fails with the deviation's failure, and only then; its relative deviation is relativeDeviationOrNone's", () => {
    fc.assert(
      fc.property(figure, figure, polarity, bound, unit, (result, target, applied, comparator, figureUnit) => {
        const into: IndicatorEvaluation = { achievement: 0, polarity: "increasing" };
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
