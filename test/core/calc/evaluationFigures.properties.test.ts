/**
 * The figures a plan's evaluation writes for every indicator (writeEvaluationFigures, no text, one
 * record reused) are the figures evaluateIndicator explains: on any read values, polarity, baseline
 * and achievement options, the same code when it fails, the same figures when it succeeds, whatever
 * the record held before.
 */
import fc from "fast-check";
import type { AchievementOptions } from "../../../src/core/calc/calcTypes";
import { evaluateIndicator, writeEvaluationFigures, type IndicatorEvaluation, type IndicatorInput } from "../../../src/core/calc/evaluateIndicator";
import { indicatorFigures } from "../../../src/core/calc/evaluateNumericIndicator";
import type { Polarity } from "../../../src/core/plan/polarity";
import type { CellValue, Comparator, QuantityUnit } from "../../../src/core/values/valueTypes";

const figure = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, -1, 0.5, 1e308, -1e308, Infinity, NaN));
const unit = fc.constantFrom<QuantityUnit>("number", "percent", "euro");
const comparator = fc.constantFrom<Comparator>("atLeast", "moreThan", "atMost", "lessThan");
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.record({ kind: fc.constant("quantity" as const), value: figure, unit, text: fc.constant("q") }),
  fc.record({ kind: fc.constant("threshold" as const), comparator, value: figure, unit, text: fc.constant("almeno q") }),
  fc.record({ kind: fc.constant("milestone" as const), state: fc.constantFrom("notDone" as const, "started" as const, "done" as const), text: fc.constant("m") }),
  fc.record({ kind: fc.constant("placeholder" as const), text: fc.constant("--") }),
  fc.record({ kind: fc.constant("failure" as const), code: fc.constantFrom("unreadable" as const, "ambiguous" as const), message: fc.constant("?"), text: fc.constant("x") }),
  // A date cell (read as a deadline or the day something was done in a milestone indicator).
  fc.constantFrom("30/04/2024", "15/05/2024", "31/1").map((shown): CellValue => ({ kind: "failure", code: "unreadable", message: "data", text: shown, reason: { kind: "date", shown } })),
);
const polarity = fc.constantFrom<Polarity>("increasing", "decreasing", "milestone");
const input: fc.Arbitrary<IndicatorInput> = fc
  .record({ result: cellValue, target: cellValue, polarity, baseline: fc.option(cellValue, { nil: undefined }) })
  .map(({ baseline, ...rest }) => (baseline === undefined ? rest : { ...rest, baseline }));
const method = fc.constantFrom("linear" as const, "ratio" as const, "baseline" as const);
const options: fc.Arbitrary<AchievementOptions | undefined> = fc.option(
  fc.record(
    {
      cap: fc.constantFrom(1, 1.2, 0.8, 0),
      threshold: fc.constantFrom(0, 0.3),
      milestonePartial: fc.constantFrom(0, 0.5),
      methods: fc.record({ increasing: method, decreasing: method }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** A record left as another evaluation wrote it: what a plan's evaluation hands on to the next indicator. */
function usedRecord(): IndicatorEvaluation {
  return { achievement: 7, deviation: 7, relativeDeviation: 7, unit: "euro", polarity: "decreasing" };
}

/** The figures of a record, as evaluateIndicator's value holds them (no key for a figure it has not). */
function figuresOf(record: IndicatorEvaluation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

describe("writeEvaluationFigures, the figures alone", () => {
  it("gives evaluateIndicator's figures, or the code of its failure", () => {
    fc.assert(
      fc.property(input, options, (given, opts) => {
        const explained = evaluateIndicator(given, opts);
        const record = usedRecord();
        const code = writeEvaluationFigures(given, opts, record);
        if (!explained.ok) expect(code).toBe(explained.code);
        else {
          expect(code).toBeNull();
          expect(figuresOf(record)).toEqual(figuresOf(explained.value));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("lets indicatorFigures, the PERF functions' arithmetic, return the very record evaluateIndicator holds for two numbers", () => {
    fc.assert(
      fc.property(figure, figure, unit, polarity, options, (result, target, u, p, opts) => {
        const explained = evaluateIndicator({ result: { kind: "quantity", value: result, unit: u, text: "r" }, target: { kind: "quantity", value: target, unit: u, text: "t" }, polarity: p }, opts);
        const figures = indicatorFigures({ result, target, unit: u, polarity: p, bound: null }, opts);
        if (!explained.ok) expect(figures).toMatchObject({ ok: false, code: explained.code });
        else expect(figures).toStrictEqual(explained.value);
      }),
      { numRuns: 2000 },
    );
  });
});
