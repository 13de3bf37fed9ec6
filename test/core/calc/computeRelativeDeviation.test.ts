import { computeRelativeDeviation as computeRelativeDeviationExplained } from "../../../src/core/calc/computeRelativeDeviation";
import { withExplanation } from "../../../src/core/calc/calcOutcome";
import type { Polarity } from "../../../src/core/plan/polarity";

/** computeRelativeDeviation with its explanation written, as the assertions below compare it. */
const computeRelativeDeviation = (...args: Parameters<typeof computeRelativeDeviationExplained>) => withExplanation(computeRelativeDeviationExplained(...args));

describe("computeRelativeDeviation: the deviation as a share of the target", () => {
  it.each<[string, number, number, Polarity, "number" | "percent" | "euro", number, string]>([
    ["1.1 ind. 1: +24 on 32", 56, 32, "increasing", "number", 0.75, "+24 / 32 = +75% (crescente)"],
    ["2.2 ind. 2: -9.394 on 10.000", 606, 10000, "increasing", "number", -0.9394, "-9.394 / 10.000 = -93,94% (crescente)"],
    ["2.2 ind. 1: a reduction measured on |target|", -0.0213, -0.02, "decreasing", "percent", 0.065, "+0,13% / 2% = +6,5% (decrescente)"],
    ["a negative target, crescente", -4, -5, "increasing", "number", 0.2, "+1 / 5 = +20% (crescente)"],
  ])("computes %s", (_label, result, target, polarity, unit, expected, explanation) => {
    expect(computeRelativeDeviation(result, target, polarity, unit)).toEqual({ ok: true, value: expected, explanation });
  });

  it("reports a division by zero, in Italian, when the target is 0", () => {
    expect(computeRelativeDeviation(5, 0, "increasing")).toEqual({
      ok: false,
      code: "divisionByZero",
      message: "Scostamento relativo non calcolabile: il target è 0 e lo scostamento (+5) non si può dividere per zero.",
    });
  });

  it("passes on an invalid input as a relative-deviation failure", () => {
    const outcome = computeRelativeDeviation(NaN, 4, "increasing");
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toMatch(/^Scostamento relativo non calcolabile: il risultato/);
  });

  it("refuses a ratio too large for a finite number", () => {
    expect(computeRelativeDeviation(Number.MAX_VALUE, Number.MIN_VALUE, "increasing")).toMatchObject({ ok: false, code: "invalidArgument" });
  });
});
