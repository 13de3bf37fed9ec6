import { computeManagerScore } from "../../../src/core/calc/computeManagerScore";
import { seedManagerWeights } from "./seedPlan";

describe("computeManagerScore: the weighted sum of a manager's objectives", () => {
  const ziletti = seedManagerWeights.find((row) => row.manager.includes("Ziletti"));
  const weights = (ziletti?.objectives ?? []).map((objective) => objective.weightAfter ?? NaN);

  it("reads the seed's weights for dr Ziletti: 30, 10, 10, 15, 20, 10, 5 (per cent)", () => {
    expect(weights).toEqual([0.3, 0.1, 0.1, 0.15, 0.2, 0.1, 0.05]);
  });

  it("sums the scores by those weights without normalising (they sum to 100%)", () => {
    const scores = [0.9, 1, 1, 1, 1, 0.5, 1];
    const outcome = computeManagerScore(scores.map((score, index) => ({ score, weight: weights[index] ?? NaN })));
    // 0,3 × 0,9 + 0,1 + 0,1 + 0,15 + 0,2 + 0,1 × 0,5 + 0,05 = 0,92
    expect(outcome.ok && outcome.value).toBeCloseTo(0.92, 12);
    expect(outcome.ok && outcome.explanation).toBe("30% × 90% + 10% × 100% + 10% × 100% + 15% × 100% + 20% × 100% + 10% × 50% + 5% × 100% = 92%");
  });

  it("normalises weights that do not sum to 100%, and says so with the sum", () => {
    const outcome = computeManagerScore([
      { score: 1, weight: 0.3333 },
      { score: 0.5, weight: 0.3333 },
      { score: 0.8, weight: 0.3333 },
    ]);
    expect(outcome.ok && outcome.value).toBeCloseTo(2.3 / 3, 12);
    expect(outcome.ok && outcome.explanation).toMatch(/; pesi normalizzati: sommano a 99,99%, non a 100%$/);
  });

  it("excludes an objective not evaluable and shares its weight, and says so", () => {
    const outcome = computeManagerScore([{ score: 0.8, weight: 0.5 }, { score: null, weight: 0.5 }]);
    expect(outcome).toMatchObject({ ok: true, value: 0.8 });
    expect(outcome.ok && outcome.explanation).toContain("1 elemento non valutabile escluso");
  });

  it("is not evaluable when no objective is", () => {
    const outcome = computeManagerScore([{ score: null, weight: 1 }]);
    expect(outcome).toMatchObject({ ok: false, code: "notEvaluable" });
    expect(!outcome.ok && outcome.message).toMatch(/^Punteggio del responsabile non calcolabile/);
  });

  it("refuses a negative weight and a NaN score, naming them", () => {
    const negative = computeManagerScore([{ score: 1, weight: -0.3 }]);
    expect(!negative.ok && negative.message).toContain("il peso n. 1");
    const nan = computeManagerScore([{ score: 1, weight: 0.5 }, { score: NaN, weight: 0.5 }]);
    expect(nan).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!nan.ok && nan.message).toContain("il punteggio n. 2 deve essere un numero finito non negativo, non NaN");
  });
});
