/**
 * Integration: the seed's cells, read by the product's reader (src/core/values/readCellValue),
 * evaluated by the calculations at 30/6. The only calc test that depends on the reader.
 */
import type { CalcFailureCode } from "../../../src/core/calc/calcTypes";
import type { Polarity } from "../../../src/core/plan/polarity";
import { computeWeightedScore } from "../../../src/core/calc/computeWeightedScore";
import { evaluateIndicator as evaluateIndicatorExplained } from "../../../src/core/calc/evaluateIndicator";
import { readCellValue } from "../../../src/core/values/readCellValue";
import { seedIndicator, seedObjective } from "./seedPlan";
import { withExplanation } from "../../../src/core/calc/calcOutcome";

/** evaluateIndicator with its explanation written, as the assertions below compare it. */
const evaluateIndicator = (...args: Parameters<typeof evaluateIndicatorExplained>) => withExplanation(evaluateIndicatorExplained(...args));

type Expected = { achievement: number; deviation?: number } | { code: CalcFailureCode };

function evaluateSeed(code: string, n: number) {
  const indicator = seedIndicator(code, n);
  // The seed's one reduction indicator ("% riduzione delle pratiche critiche") is decrescente.
  const polarity: Polarity = code === "2.2" && n === 1 ? "decreasing" : "increasing";
  return evaluateIndicator({ result: readCellValue(indicator.resultText), target: readCellValue(indicator.target30_6Text), polarity });
}

describe("the seed's indicators at 30/6, read from their texts and evaluated", () => {
  it.each<[string, number, Expected]>([
    ["STRAT", 1, { achievement: 1, deviation: 0.0155 }],
    ["STRAT", 3, { achievement: 1, deviation: 4390000 }],
    ["STRAT", 4, { code: "invalidArgument" }], // "2301 iscritti … 1361 partecipanti": ambiguous
    ["1.1", 1, { achievement: 1, deviation: 24 }],
    ["1.1", 2, { achievement: 1, deviation: 45 }],
    ["1.2", 1, { achievement: 1, deviation: 0.0537 }],
    ["2.1", 1, { achievement: 1 }], // 'Avviato' meets 'Avvio del servizio'
    ["2.1", 3, { achievement: 1, deviation: 2 }], // 6 eventi against "almeno 4 eventi"
    ["2.1", 4, { achievement: 1, deviation: 0.25 }], // 100,00% against "75% delle richieste del periodo"
    ["2.2", 1, { achievement: 1, deviation: 0.0013 }],
    ["2.2", 2, { achievement: 0.0606, deviation: -9394 }],
    ["2.2", 3, { achievement: 1, deviation: 370 }],
    ["2.2", 4, { achievement: 1, deviation: 20 }],
    ["3.3", 4, { achievement: 1 }], // si / si
    ["3.4", 1, { code: "notEvaluable" }], // no target at 30/6
    ["3.5", 2, { code: "notEvaluable" }], // result "//"
    ["AS", 1, { achievement: 1, deviation: 16 }],
    ["AS", 3, { code: "notEvaluable" }], // result "-"
  ])("%s indicator %i", (code, n, expected) => {
    const outcome = evaluateSeed(code, n);
    if ("code" in expected) {
      expect(outcome).toMatchObject({ ok: false, code: expected.code });
      return;
    }
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.achievement).toBeCloseTo(expected.achievement, 12);
    if (expected.deviation !== undefined) expect(outcome.value.deviation).toBeCloseTo(expected.deviation, 9);
  });

  it("says why 3.3 indicator 1 cannot be evaluated at 31/12: 'Avvio' against '100,00%'", () => {
    const indicator = seedIndicator("3.3", 1);
    const outcome = evaluateIndicator({ result: readCellValue(indicator.resultText), target: readCellValue(indicator.target31_12Text), polarity: "increasing" });
    expect(outcome).toEqual({
      ok: false,
      code: "incompatible",
      message: "Il risultato 'Avvio' è una milestone, il target '100,00%' è una percentuale: non si possono confrontare.",
    });
  });

  it.each<[string, number, number]>([
    ["2.2", 0.76515, 0],
    ["3.5", 1, 2],
    ["1.1", 1, 0],
  ])("scores objective %s at %p with %i indicators excluded", (code, score, excluded) => {
    const items = seedObjective(code).indicators.map((indicator) => {
      const outcome = evaluateSeed(code, indicator.n);
      return { achievement: outcome.ok ? outcome.value.achievement : null, weight: indicator.weight ?? NaN };
    });
    const outcome = computeWeightedScore(items);
    expect(outcome.ok && outcome.value.score).toBeCloseTo(score, 12);
    expect(outcome.ok && outcome.value.excluded).toBe(excluded);
  });

  it("finds objective 3.6 not evaluable at 30/6: every result is '//'", () => {
    const items = seedObjective("3.6").indicators.map((indicator) => {
      const outcome = evaluateSeed("3.6", indicator.n);
      return { achievement: outcome.ok ? outcome.value.achievement : null, weight: indicator.weight ?? NaN };
    });
    expect(computeWeightedScore(items)).toMatchObject({ ok: false, code: "notEvaluable" });
  });
});

describe("a result exactly at a bound written in words meets it", () => {
  it.each<[string, string, Polarity]>([
    ["90%", "uguale o superiore al 90%", "increasing"],
    ["90%", "maggiore o uguale a 90,00%", "increasing"],
    ["30 giorni", "uguale o inferiore a 30 giorni", "decreasing"],
    ["10", "almeno pari a 10", "increasing"],
  ])("%s against «%s»", (result, target, polarity) => {
    const outcome = evaluateIndicator({ result: readCellValue(result), target: readCellValue(target), polarity });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1 } });
  });
});
