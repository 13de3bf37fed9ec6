import { explained, fail, withExplanation } from "../../../src/core/calc/calcOutcome";
import { computeAchievement, computeAchievementLazily } from "../../../src/core/calc/computeAchievement";
import { computeDeviation, computeDeviationLazily } from "../../../src/core/calc/computeDeviation";
import { computeRelativeDeviation, computeRelativeDeviationLazily } from "../../../src/core/calc/computeRelativeDeviation";
import { evaluateIndicator, evaluateIndicatorLazily, type IndicatorInput } from "../../../src/core/calc/evaluateIndicator";
import type { Explained } from "../../../src/core/calc/calcTypes";

describe("explained outcomes: the explanation written only when asked", () => {
  it("writes the explanation only when it is asked for", () => {
    const explain = jest.fn(() => "56 − 32 = +24");
    const outcome = explained(24, explain);
    expect(outcome.ok && outcome.value).toBe(24);
    expect(explain).not.toHaveBeenCalled();
    expect(withExplanation(outcome)).toEqual({ ok: true, value: 24, explanation: "56 − 32 = +24" });
    expect(explain).toHaveBeenCalledTimes(1);
  });

  it("passes a failure through unchanged", () => {
    const failure = fail("divisionByZero", "Scostamento relativo non calcolabile.");
    expect(withExplanation(failure as Explained<number>)).toBe(failure);
  });

  const explainedIn = <T>(outcome: Explained<T>) => withExplanation(outcome);

  it.each<[number, number, "increasing" | "decreasing", "number" | "percent" | "euro"]>([
    [56, 32, "increasing", "number"],
    [-0.0213, -0.02, "decreasing", "percent"],
    [6190000, 1800000, "increasing", "euro"],
    [606, 0, "increasing", "number"],
    [Number.NaN, 3, "increasing", "number"],
  ])("gives the same deviations, achievements and explanations for %p against %p (%s, %s)", (result, target, polarity, unit) => {
    expect(explainedIn(computeDeviationLazily(result, target, polarity, unit))).toEqual(computeDeviation(result, target, polarity, unit));
    expect(explainedIn(computeRelativeDeviationLazily(result, target, polarity, unit))).toEqual(computeRelativeDeviation(result, target, polarity, unit));
    const input = { result, target, polarity, unit, baseline: target / 2 };
    expect(explainedIn(computeAchievementLazily(input))).toEqual(computeAchievement(input));
  });

  it("evaluates an indicator to the same figures and explanation either way", () => {
    const input: IndicatorInput = {
      result: { kind: "quantity", value: 606, unit: "number", text: "606" },
      target: { kind: "threshold", comparator: "atLeast", value: 10000, unit: "number", text: "almeno 10.000" },
      polarity: "decreasing",
    };
    const lazily = evaluateIndicatorLazily(input, { cap: 1.2 });
    expect(explainedIn(lazily)).toEqual(evaluateIndicator(input, { cap: 1.2 }));
    expect(lazily.ok && lazily.explain()).toContain("prevale sulla polarità decrescente");
  });
});
