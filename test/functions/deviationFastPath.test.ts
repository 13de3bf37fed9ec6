/**
 * PERF.SCOSTAMENTO and PERF.SCOSTAMENTO.PERC read a row's deviations without its achievement
 * (writeDeviationCells): on any cells, numbers as extreme as they come, every polarity word or
 * none, the failure and the figures read are those of the whole evaluation (writeIndicatorCells).
 */
import fc from "fast-check";
import { newIndicatorRecord, writeDeviationCells, writeIndicatorCells } from "../../src/functions/indicatorArguments";

const extreme = fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300, NaN, Infinity, -Infinity);
const number = fc.oneof(fc.double(), fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100), extreme);
const cell = fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: fc.constantFrom<unknown>("89,55%", "almeno 4", "//", "Avvio", "", null, true) });
const polarity = fc.constantFrom<unknown>("crescente", "decrescente", "milestone", "Decrescente", null, undefined, "", "boh", 3, false);

describe("the deviations of a row, without its achievement", () => {
  it("fail as the whole evaluation does, and otherwise hold its deviation and relative deviation", () => {
    fc.assert(
      fc.property(cell, cell, polarity, fc.boolean(), (result, target, polarityCell, relative) => {
        const whole = newIndicatorRecord();
        const expected = writeIndicatorCells(result, target, polarityCell, undefined, undefined, whole);
        const deviations = newIndicatorRecord();
        const failure = writeDeviationCells(result, target, polarityCell, relative, deviations);
        expect(failure).toEqual(expected);
        if (expected !== null) return;
        expect(deviations.deviation).toBe(whole.deviation);
        if (relative) expect(deviations.relativeDeviation).toBe(whole.relativeDeviation);
      }),
      { numRuns: 10_000 },
    );
  });
});
