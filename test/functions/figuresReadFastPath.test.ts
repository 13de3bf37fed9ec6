/**
 * A function that reads one figure of a row (PERF.RAGGIUNGIMENTO the achievement, PERF.SCOSTAMENTO
 * the deviation, PERF.SCOSTAMENTO.PERC the relative deviation) has plain numbers compute that figure
 * alone: on any cells, numbers as extreme as they come, every polarity word or none, any baseline
 * and options, the failure and the figure read are those of the whole evaluation.
 */
import fc from "fast-check";
import type { AchievementOptions } from "../../src/core/calc/calcTypes";
import { newIndicatorRecord, writeIndicatorCells, type FiguresRead } from "../../src/functions/indicatorArguments";

const extreme = fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300, NaN, Infinity, -Infinity);
const number = fc.oneof(fc.double(), fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100), extreme);
const cell = fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: fc.constantFrom<unknown>("89,55%", "almeno 4", "//", "Avvio", "", null, true) });
const polarity = fc.constantFrom<unknown>("crescente", "decrescente", "milestone", "Decrescente", null, undefined, "", "boh", 3, false);
const baseline = fc.oneof({ weight: 3, arbitrary: fc.constant<unknown>(undefined) }, { weight: 2, arbitrary: cell });
const method = fc.constantFrom("linear" as const, "ratio" as const, "baseline" as const);
const options: fc.Arbitrary<AchievementOptions | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record(
      { cap: fc.constantFrom(1, 1.2, 0.5, 0, NaN), threshold: fc.constantFrom(0, 0.3, 2), methods: fc.record({ increasing: method, decreasing: method }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    ),
  },
);
const reads = fc.constantFrom<Exclude<FiguresRead, "all">>("achievement", "deviation", "relativeDeviation");

describe("one figure of a row, computed alone", () => {
  it("fails as the whole evaluation does, and otherwise is the whole evaluation's figure", () => {
    fc.assert(
      fc.property(cell, cell, polarity, baseline, options, reads, (result, target, polarityCell, baselineCell, achievementOptions, read) => {
        const whole = newIndicatorRecord();
        const expected = writeIndicatorCells(result, target, polarityCell, baselineCell, achievementOptions, whole);
        const alone = newIndicatorRecord();
        expect(writeIndicatorCells(result, target, polarityCell, baselineCell, achievementOptions, alone, read)).toEqual(expected);
        if (expected === null) expect(alone[read]).toBe(whole[read]);
      }),
      { numRuns: 20_000 },
    );
  });
});
