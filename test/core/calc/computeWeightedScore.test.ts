import { computeWeightedScore, type WeightedItem } from "../../../src/core/calc/computeWeightedScore";
import type { CalcFailureCode } from "../../../src/core/calc/calcTypes";
import { seedObjective } from "./seedPlan";

describe("computeWeightedScore: an objective's score", () => {
  it("scores 1.1 with the seed's weights 70% and 30% and both indicators reached", () => {
    const weights = seedObjective("1.1").indicators.map((indicator) => indicator.weight ?? NaN);
    expect(weights).toEqual([0.7, 0.3]);
    const outcome = computeWeightedScore([{ achievement: 1, weight: 0.7 }, { achievement: 1, weight: 0.3 }]);
    expect(outcome).toEqual({ ok: true, value: { score: 1, evaluatedWeight: 1, excluded: 0 }, explanation: "70% × 100% + 30% × 100% = 100%" });
  });

  it("scores 2.2: 30% × 100% + 25% × 6,06% + 20% × 100% + 25% × 100% = 76,515%", () => {
    const outcome = computeWeightedScore([
      { achievement: 1, weight: 0.3 },
      { achievement: 0.0606, weight: 0.25 },
      { achievement: 1, weight: 0.2 },
      { achievement: 1, weight: 0.25 },
    ]);
    expect(outcome.ok && outcome.value.score).toBeCloseTo(0.76515, 12);
    expect(outcome.ok && outcome.explanation).toBe("30% × 100% + 25% × 6,06% + 20% × 100% + 25% × 100% = 76,52%");
  });

  it("excludes the indicators of 3.5 not yet evaluable and shares their weight", () => {
    const outcome = computeWeightedScore([
      { achievement: 1, weight: 0.2 },
      { achievement: null, weight: 0.3 },
      { achievement: null, weight: 0.5 },
    ]);
    expect(outcome).toEqual({
      ok: true,
      value: { score: 1, evaluatedWeight: 0.2, excluded: 2 },
      explanation: "100% × 100% = 100%; 2 elementi non valutabili esclusi, pesi ripartiti sugli altri",
    });
  });

  it("renormalises over the evaluated weights: 50% × 80% and an excluded 50% give 80%", () => {
    const outcome = computeWeightedScore([{ achievement: 0.8, weight: 0.5 }, { achievement: null, weight: 0.5 }]);
    expect(outcome).toMatchObject({ ok: true, value: { score: 0.8, evaluatedWeight: 0.5, excluded: 1 } });
  });

  it("accepts weights as whole numbers (70 and 30) with the same result", () => {
    const outcome = computeWeightedScore([{ achievement: 0.5, weight: 70 }, { achievement: 1, weight: 30 }]);
    expect(outcome).toMatchObject({ ok: true, value: { score: 0.65, evaluatedWeight: 100 } });
  });

  it("caps each achievement when asked, and says so", () => {
    const outcome = computeWeightedScore([{ achievement: 1.5, weight: 0.5 }, { achievement: 0.5, weight: 0.5 }], 1);
    expect(outcome).toMatchObject({ ok: true, value: { score: 0.75 } });
    expect(outcome.ok && outcome.explanation).toContain("1 raggiungimento limitato al 100%");
  });

  it("does not cap without a cap: 150% and 50% average 100%", () => {
    const outcome = computeWeightedScore([{ achievement: 1.5, weight: 0.5 }, { achievement: 0.5, weight: 0.5 }]);
    expect(outcome).toMatchObject({ ok: true, value: { score: 1 } });
  });

  it.each<[string, WeightedItem[], number | undefined, CalcFailureCode, string]>([
    ["3.6, where nothing is evaluable yet", [{ achievement: null, weight: 0.3333 }, { achievement: null, weight: 0.3333 }, { achievement: null, weight: 0.3333 }], undefined, "notEvaluable", "nessun elemento valutabile (3 non valutabili)"],
    ["an empty objective", [], undefined, "notEvaluable", "nessun elemento da pesare"],
    ["evaluated weights summing to 0", [{ achievement: 1, weight: 0 }, { achievement: null, weight: 1 }], undefined, "divisionByZero", "i pesi degli elementi valutati sommano a 0"],
    ["a negative weight", [{ achievement: 1, weight: -0.2 }], undefined, "invalidArgument", "il peso n. 1 deve essere un numero finito non negativo, non -0,2"],
    ["a NaN weight", [{ achievement: 1, weight: 0.5 }, { achievement: 1, weight: NaN }], undefined, "invalidArgument", "il peso n. 2 deve essere un numero finito non negativo, non NaN"],
    ["an infinite achievement", [{ achievement: Infinity, weight: 1 }], undefined, "invalidArgument", "il raggiungimento n. 1 deve essere un numero finito non negativo, non infinito"],
    ["a negative achievement", [{ achievement: -0.5, weight: 1 }], undefined, "invalidArgument", "il raggiungimento n. 1 deve essere un numero finito non negativo, non -0,5"],
    ["a cap of 0", [{ achievement: 1, weight: 1 }], 0, "invalidArgument", "il tetto deve essere un numero maggiore di 0, non 0"],
  ])("refuses %s", (_label, items, cap, code, message) => {
    const outcome = computeWeightedScore(items, cap);
    expect(outcome).toMatchObject({ ok: false, code });
    expect(!outcome.ok && outcome.message).toContain(message);
  });

  it("keeps huge weights finite by scaling them", () => {
    const outcome = computeWeightedScore([{ achievement: 1, weight: Number.MAX_VALUE / 2 }, { achievement: 0, weight: Number.MAX_VALUE / 2 }]);
    expect(outcome).toMatchObject({ ok: true, value: { score: 0.5 } });
  });
});
