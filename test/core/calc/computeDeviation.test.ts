import { computeDeviation as computeDeviationExplained } from "../../../src/core/calc/computeDeviation";
import { figureIn, seedIndicator } from "./seedPlan";
import { withExplanation } from "../../../src/core/calc/calcOutcome";
import type { Polarity } from "../../../src/core/plan/polarity";

/** computeDeviation with its explanation written, as the assertions below compare it. */
const computeDeviation = (...args: Parameters<typeof computeDeviationExplained>) => withExplanation(computeDeviationExplained(...args));

describe("computeDeviation: scostamento, positive = better than target", () => {
  // Every indicator of the seed whose deviation column is a single figure, against the 30/6 target.
  it.each<[string, number, Polarity]>([
    ["STRAT", 1, "increasing"],
    ["STRAT", 3, "increasing"],
    ["1.1", 1, "increasing"],
    ["1.1", 2, "increasing"],
    ["1.2", 1, "increasing"],
    ["1.2", 2, "increasing"],
    ["2.1", 3, "increasing"],
    ["2.1", 4, "increasing"],
    ["2.2", 1, "decreasing"],
    ["2.2", 2, "increasing"],
    ["2.2", 3, "increasing"],
    ["2.2", 4, "increasing"],
    ["AS", 1, "increasing"],
  ])("reproduces the seed's own deviation column for %s indicator %i (%s)", (code, n, polarity) => {
    const indicator = seedIndicator(code, n);
    const result = figureIn(indicator.resultText);
    const target = figureIn(indicator.target30_6Text);
    const outcome = computeDeviation(result.value, target.value, polarity, result.unit);
    expect(outcome.ok && outcome.value).toBeCloseTo(figureIn(indicator.deviationText).value, 12);
  });

  it.each<[string, number, number, Polarity, "number" | "percent" | "euro", number, string]>([
    ["1.1 ind. 1", 56, 32, "increasing", "number", 24, "56 - 32 = +24 (crescente: risultato - target)"],
    ["2.2 ind. 1, a reduction", -0.0213, -0.02, "decreasing", "percent", 0.0013, "-2% - (-2,13%) = +0,13% (decrescente: target - risultato)"],
    ["STRAT ind. 3", 6190000, 1800000, "increasing", "euro", 4390000, "€ 6.190.000,00 - € 1.800.000,00 = € +4.390.000,00 (crescente: risultato - target)"],
    ["2.2 ind. 2", 606, 10000, "increasing", "number", -9394, "606 - 10.000 = -9.394 (crescente: risultato - target)"],
    ["AS ind. 1", 36, 20, "increasing", "number", 16, "36 - 20 = +16 (crescente: risultato - target)"],
  ])("explains %s with the numbers used", (_label, result, target, polarity, unit, expected, explanation) => {
    expect(computeDeviation(result, target, polarity, unit)).toEqual({ ok: true, value: expected, explanation });
  });

  it("reads a numeric milestone as a level to reach, and says so", () => {
    const outcome = computeDeviation(3, 2, "milestone");
    expect(outcome).toEqual({ ok: true, value: 1, explanation: "3 - 2 = +1 (milestone, letta come crescente: risultato - target)" });
  });

  it("gives exactly 0 when the result equals the target, whatever the polarity", () => {
    expect(computeDeviation(0.88, 0.88, "decreasing")).toMatchObject({ ok: true, value: 0 });
    expect(computeDeviation(-5, -5, "increasing")).toMatchObject({ ok: true, value: 0 });
  });

  it.each<[string, number, number, string]>([
    ["a NaN result", NaN, 32, "il risultato deve essere un numero finito, non NaN"],
    ["an infinite target", 56, Infinity, "il target deve essere un numero finito, non infinito"],
    ["a minus-infinite result", -Infinity, 32, "il risultato deve essere un numero finito, non meno infinito"],
    ["a text smuggled in as a number", "56" as unknown as number, 32, "il risultato deve essere un numero finito, non il testo '56'"],
  ])("refuses %s, naming the input", (_label, result, target, message) => {
    const outcome = computeDeviation(result, target, "increasing");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe("invalidArgument");
      expect(outcome.message).toContain(message);
    }
  });

  it("refuses an unknown polarity", () => {
    const outcome = computeDeviation(1, 2, "crescente" as Polarity);
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toContain("'crescente'");
  });

  it("refuses a deviation too large to be a finite number instead of returning Infinity", () => {
    expect(computeDeviation(Number.MAX_VALUE, -Number.MAX_VALUE, "increasing")).toMatchObject({ ok: false, code: "invalidArgument" });
  });
});
