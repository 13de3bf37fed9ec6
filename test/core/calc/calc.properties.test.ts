import fc from "fast-check";
import type { AchievementOptions, Outcome } from "../../../src/core/calc/calcTypes";
import { checkWeightSum } from "../../../src/core/calc/checkWeightSum";
import { computeAchievement as computeAchievementExplained } from "../../../src/core/calc/computeAchievement";
import { computeDeviation as computeDeviationExplained } from "../../../src/core/calc/computeDeviation";
import { computeManagerScore } from "../../../src/core/calc/computeManagerScore";
import { computeProjectValue } from "../../../src/core/calc/computeProjectValue";
import { computeRelativeDeviation as computeRelativeDeviationExplained } from "../../../src/core/calc/computeRelativeDeviation";
import { computeStrategicScore } from "../../../src/core/calc/computeStrategicScore";
import { computeWeightedScore } from "../../../src/core/calc/computeWeightedScore";
import { evaluateIndicator as evaluateIndicatorExplained } from "../../../src/core/calc/evaluateIndicator";
import { interpretWeights } from "../../../src/core/calc/interpretWeights";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { withExplanation } from "../../../src/core/calc/calcOutcome";

/** computeAchievement with its explanation written, as the assertions below compare it. */
const computeAchievement = (...args: Parameters<typeof computeAchievementExplained>) => withExplanation(computeAchievementExplained(...args));
/** computeDeviation with its explanation written, as the assertions below compare it. */
const computeDeviation = (...args: Parameters<typeof computeDeviationExplained>) => withExplanation(computeDeviationExplained(...args));
/** computeRelativeDeviation with its explanation written, as the assertions below compare it. */
const computeRelativeDeviation = (...args: Parameters<typeof computeRelativeDeviationExplained>) => withExplanation(computeRelativeDeviationExplained(...args));
/** evaluateIndicator with its explanation written, as the assertions below compare it. */
const evaluateIndicator = (...args: Parameters<typeof evaluateIndicatorExplained>) => withExplanation(evaluateIndicatorExplained(...args));

/** A success holds finite figures only; a failure holds a non-empty message. */
function expectSound(outcome: Outcome<unknown>): void {
  if (!outcome.ok) {
    expect(outcome.message.length).toBeGreaterThan(0);
    return;
  }
  const figures = typeof outcome.value === "number" ? [outcome.value] : Object.values(outcome.value as object).filter((v) => typeof v === "number");
  for (const figure of figures) expect(Number.isFinite(figure)).toBe(true);
  expect(outcome.explanation.length).toBeGreaterThan(0);
  expect(outcome.explanation).not.toMatch(/NaN|undefined/);
}

const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE));
const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -100000, max: 100000 }), fc.double({ min: -2, max: 2, noNaN: true }));
const direction = fc.constantFrom("increasing" as const, "decreasing" as const);
const options: fc.Arbitrary<AchievementOptions> = fc.record(
  { cap: fc.double({ min: 0.5, max: 2, noNaN: true }), threshold: fc.double({ min: 0, max: 0.5, noNaN: true }), milestonePartial: fc.double({ min: 0, max: 1, noNaN: true }) },
  { requiredKeys: [] },
);
const anyOptions: fc.Arbitrary<AchievementOptions> = fc.record({ cap: anyNumber, threshold: anyNumber, milestonePartial: anyNumber }, { requiredKeys: [] });

describe("calculations never throw and never return NaN or Infinity", () => {
  it("for deviations and relative deviations of any numbers", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.constantFrom("increasing" as const, "decreasing" as const, "milestone" as const), (result, target, polarity) => {
        expectSound(computeDeviation(result, target, polarity));
        expectSound(computeRelativeDeviation(result, target, polarity, "percent"));
      }),
    );
  });

  it("for achievements of any numbers, baselines and options", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.option(anyNumber, { nil: undefined }), direction, anyOptions, (result, target, baseline, polarity, opts) => {
        const outcome = computeAchievement({ result, target, polarity, baseline }, opts);
        expectSound(outcome);
        if (outcome.ok) expect(outcome.value).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("for scores, weights and project values of any numbers", () => {
    const item = fc.record({ achievement: fc.option(anyNumber, { nil: null }), weight: anyNumber });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.option(anyNumber, { nil: undefined }), (items, cap) => {
        expectSound(computeWeightedScore(items, cap));
        expectSound(computeManagerScore(items.map(({ achievement, weight }) => ({ score: achievement, weight }))));
        const check = checkWeightSum(items.map((entry) => entry.weight));
        expect(Number.isFinite(check.sum) && Number.isFinite(check.difference)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.option(anyNumber, { nil: null }), anyNumber, fc.array(fc.option(anyNumber, { nil: null }), { maxLength: 5 }), (ownScore, ownShare, contributions) => {
        expectSound(computeStrategicScore({ ownScore, ownShare, contributions }));
      }),
    );
    fc.assert(fc.property(anyNumber, anyNumber, fc.option(anyNumber, { nil: undefined }), (unit, coefficient, achievement) => expectSound(computeProjectValue(unit, coefficient, achievement))));
  });

  it("for indicators made of any cell values", () => {
    const unit = fc.constantFrom("number" as const, "percent" as const, "euro" as const);
    // Texts from a small alphabet, so that a text can never spell "NaN" or "undefined" by chance.
    const text = fc.string({ unit: fc.constantFrom(..."abc AVvio01,.%€-/'"), maxLength: 12 });
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.record({ kind: fc.constant("quantity" as const), value: anyNumber, unit, text }),
      fc.record({ kind: fc.constant("threshold" as const), comparator: fc.constantFrom("atLeast" as const, "atMost" as const, "moreThan" as const, "lessThan" as const), value: anyNumber, unit, text }),
      fc.record({ kind: fc.constant("milestone" as const), state: fc.constantFrom("notDone" as const, "started" as const, "done" as const), text }),
      fc.record({ kind: fc.constant("placeholder" as const), text }),
      fc.record({ kind: fc.constant("failure" as const), code: fc.constantFrom("unreadable" as const, "ambiguous" as const, "excelError" as const), message: text, text }),
    );
    const polarity = fc.constantFrom("increasing" as const, "decreasing" as const, "milestone" as const);
    fc.assert(
      fc.property(cell, cell, polarity, fc.option(cell, { nil: undefined }), anyOptions, (result, target, p, baseline, opts) => {
        expectSound(evaluateIndicator({ result, target, polarity: p, baseline }, opts));
      }),
    );
  });

  it("for weights made of any numbers", () => {
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 8 }), fc.boolean(), (values, asPercent) => {
        const read = interpretWeights(values.map((value) => ({ kind: "quantity", value, unit: asPercent ? "percent" : "number", text: String(value) })));
        for (const weight of read.weights) expect(weight === null || Number.isFinite(weight)).toBe(true);
      }),
    );
  });
});

describe("an achievement never decreases when the result improves", () => {
  function achievementOf(result: number, target: number, polarity: "increasing" | "decreasing", baseline: number | undefined, opts: AchievementOptions): number {
    const outcome = computeAchievement({ result, target, polarity, baseline }, opts);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.value;
  }

  it("for both polarities, with and without a baseline, with caps and thresholds", () => {
    fc.assert(
      fc.property(finite, finite, finite, fc.option(finite, { nil: undefined }), direction, options, (a, b, target, baseline, polarity, opts) => {
        const [better, worse] = polarity === "increasing" ? [Math.max(a, b), Math.min(a, b)] : [Math.min(a, b), Math.max(a, b)];
        expect(achievementOf(better, target, polarity, baseline, opts)).toBeGreaterThanOrEqual(achievementOf(worse, target, polarity, baseline, opts));
      }),
      { numRuns: 2000 },
    );
  });

  it("and reaches 100% when the result meets the target exactly, without a baseline", () => {
    fc.assert(
      fc.property(finite, direction, (target, polarity) => {
        expect(achievementOf(target, target, polarity, undefined, {})).toBe(1);
      }),
    );
  });
});

describe("a target of none («nessun reclamo») is a count of 0", () => {
  it("met by a result of 0 and missed by any other count, whatever the count and what is counted", () => {
    const what = fc.constantFrom("reclamo", "contenzioso", "infortunio", "segnalazione ricevuta", "ritardo");
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), what, (count, noun) => {
        const target: CellValue = { kind: "milestone", state: "done", text: `nessun ${noun}`, none: noun };
        const outcome = evaluateIndicator({ result: { kind: "quantity", value: count, unit: "number", text: String(count) }, target, polarity: "decreasing" });
        expect(outcome).toMatchObject({ ok: true, value: { achievement: count === 0 ? 1 : 0, deviation: 0 - count } });
      }),
    );
  });
});

describe("weights that sum to 100% pass the check", () => {
  it("whatever their number and split, written in whole points with up to two decimals", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 12 }), (parts) => {
        // Split 10.000 hundredths of a point in proportion to `parts`, the last one taking the remainder.
        const total = parts.reduce((sum, part) => sum + part, 0) || 1;
        const hundredths = parts.map((part) => Math.floor((part * 10000) / total));
        hundredths[hundredths.length - 1] = 10000 - hundredths.slice(0, -1).reduce((sum, part) => sum + part, 0);
        const weights = hundredths.map((h) => h / 10000);
        const check = checkWeightSum(weights);
        expect(check.withinTolerance).toBe(true);
        expect(check.ignored).toBe(0);
      }),
    );
  });

  it("and weights read as whole numbers (70, 30) sum to 100% once interpreted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 98 }), (first) => {
        const read = interpretWeights([first, 100 - first].map((value) => ({ kind: "quantity", value, unit: "number", text: String(value) })));
        expect(read.scale).toBe("whole");
        expect(checkWeightSum(read.weights.map((weight) => weight ?? NaN)).withinTolerance).toBe(true);
      }),
    );
  });
});
