import * as figures from "../../../src/core/wording/formatNumbers";
import { explained, fail, succeedLazily, withExplanation } from "../../../src/core/calc/calcOutcome";
import { computeAchievement } from "../../../src/core/calc/computeAchievement";
import { computeDeviation } from "../../../src/core/calc/computeDeviation";
import { computeMilestoneAchievement } from "../../../src/core/calc/computeMilestoneAchievement";
import { computeRelativeDeviation } from "../../../src/core/calc/computeRelativeDeviation";
import { evaluateIndicator, type IndicatorInput } from "../../../src/core/calc/evaluateIndicator";
import type { Explained } from "../../../src/core/calc/calcTypes";

describe("explained outcomes: the explanation written only when asked", () => {
  it("writes the explanation only when it is asked for", () => {
    const explain = jest.fn(() => "56 - 32 = +24");
    const outcome = explained(24, explain);
    expect(outcome.ok && outcome.value).toBe(24);
    expect(explain).not.toHaveBeenCalled();
    expect(withExplanation(outcome)).toEqual({ ok: true, value: 24, explanation: "56 - 32 = +24" });
    expect(explain).toHaveBeenCalledTimes(1);
  });

  it("writes a lazy success's explanation once, when first read, and serialises it like an eager one", () => {
    const explain = jest.fn(() => "70% × 100% + 30% × 100% = 100%");
    const outcome = succeedLazily(1, explain);
    expect(explain).not.toHaveBeenCalled();
    expect(JSON.stringify(outcome)).toBe(JSON.stringify({ ok: true, value: 1, explanation: "70% × 100% + 30% × 100% = 100%" }));
    expect({ ...outcome }).toEqual({ ok: true, value: 1, explanation: "70% × 100% + 30% × 100% = 100%" });
    expect(explain).toHaveBeenCalledTimes(1);
  });

  it("passes a failure through unchanged", () => {
    const failure = fail("divisionByZero", "Scostamento relativo non calcolabile.");
    expect(withExplanation(failure as Explained<number>)).toBe(failure);
  });

  const capped: IndicatorInput = {
    result: { kind: "quantity", value: 606, unit: "number", text: "606" },
    target: { kind: "threshold", comparator: "atLeast", value: 500, unit: "number", text: "almeno 500" },
    polarity: "decreasing",
  };
  const started: IndicatorInput = {
    result: { kind: "milestone", state: "started", text: "Avviato" },
    target: { kind: "milestone", state: "done", text: "Nuovo regolamento" },
    polarity: "milestone",
  };

  it.each<[string, () => Explained<unknown>]>([
    ["a deviation", () => computeDeviation(-0.0213, -0.02, "decreasing", "percent")],
    ["a relative deviation", () => computeRelativeDeviation(6190000, 1800000, "increasing", "euro")],
    ["an achievement capped at 100%", () => computeAchievement({ result: 56, target: 32, polarity: "increasing" })],
    ["an achievement below its threshold", () => computeAchievement({ result: 10, target: 32, polarity: "increasing" }, { threshold: 0.5 })],
    ["a milestone partly reached", () => computeMilestoneAchievement({ kind: "milestone", state: "started", text: "Avvio" }, { kind: "milestone", state: "done", text: "sì" }, { milestonePartial: 0.5 })],
    ["an indicator whose bound overrides its polarity", () => evaluateIndicator(capped, { cap: 1.2 })],
    ["a milestone indicator", () => evaluateIndicator(started)],
  ])("computes %s without writing a figure, and writes the explanation when asked", (_what, compute) => {
    const spies = [jest.spyOn(figures.ITALIAN_NUMBERS, "figure"), jest.spyOn(figures.ITALIAN_NUMBERS, "share"), jest.spyOn(figures, "formatFigure")];
    const callsOfFormatters = () => spies.reduce((calls, spy) => calls + spy.mock.calls.length, 0);
    try {
      const outcome = compute();
      expect(outcome.ok).toBe(true);
      expect(callsOfFormatters()).toBe(0);
      const explanation = outcome.ok ? outcome.explain() : "";
      expect(explanation).toMatch(/\d/);
      expect(callsOfFormatters()).toBeGreaterThan(0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("keeps the remark of a bound that overrides the polarity for the explanation", () => {
    const outcome = evaluateIndicator(capped, { cap: 1.2 });
    expect(outcome.ok && outcome.value).toMatchObject({ polarity: "increasing", achievement: 1.2 });
    expect(outcome.ok && outcome.explain()).toContain("il target 'almeno 500' indica un indicatore crescente, che prevale sulla polarità decrescente indicata");
  });
});
