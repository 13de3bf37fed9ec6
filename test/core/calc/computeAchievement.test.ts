import { computeAchievement as computeAchievementExplained, type AchievementInput } from "../../../src/core/calc/computeAchievement";
import type { AchievementOptions } from "../../../src/core/calc/calcTypes";
import { figureIn, seedIndicator } from "./seedPlan";
import { withExplanation } from "../../../src/core/calc/calcOutcome";

/** computeAchievement with its explanation written, as the assertions below compare it. */
const computeAchievement = (...args: Parameters<typeof computeAchievementExplained>) => withExplanation(computeAchievementExplained(...args));

type Row = [string, AchievementInput, AchievementOptions | undefined, number, string];

function expectAchievement(input: AchievementInput, options: AchievementOptions | undefined, value: number, explanation: string): void {
  const outcome = computeAchievement(input, options);
  expect(outcome.ok).toBe(true);
  if (outcome.ok) {
    expect(outcome.value).toBeCloseTo(value, 12);
    expect(outcome.explanation).toBe(explanation);
  }
}

describe("computeAchievement: the linear form", () => {
  it.each<Row>([
    ["1.1 ind. 1: 56 against 32, capped", { result: 56, target: 32, polarity: "increasing" }, undefined, 1, "1 + (56 - 32) / 32 = 175%, limitato al 100%"],
    ["2.2 ind. 2: 606 against 10.000", { result: 606, target: 10000, polarity: "increasing" }, undefined, 0.0606, "1 + (606 - 10.000) / 10.000 = 6,06%"],
    [
      "2.2 ind. 1: a reduction of -2,13% against -2,00%",
      { result: -0.0213, target: -0.02, polarity: "decreasing", unit: "percent" },
      undefined,
      1,
      "1 + (-2% - (-2,13%)) / 2% = 106,5%, limitato al 100% (decrescente: target - risultato)",
    ],
    [
      "a reduction that falls short: -1,00% against -2,00%",
      { result: -0.01, target: -0.02, polarity: "decreasing", unit: "percent" },
      undefined,
      0.5,
      "1 + (-2% - (-1%)) / 2% = 50% (decrescente: target - risultato)",
    ],
    ["a negative target, crescente: -6 against -5", { result: -6, target: -5, polarity: "increasing" }, undefined, 0.8, "1 + (-6 - (-5)) / 5 = 80%"],
    ["lower is better: 12 days against 10", { result: 12, target: 10, polarity: "decreasing" }, undefined, 0.8, "1 + (10 - 12) / 10 = 80% (decrescente: target - risultato)"],
    ["a cap of 120%", { result: 56, target: 32, polarity: "increasing" }, { cap: 1.2 }, 1.2, "1 + (56 - 32) / 32 = 175%, limitato al 120%"],
    ["a cap of 120% not reached", { result: 36, target: 32, polarity: "increasing" }, { cap: 1.2 }, 1.125, "1 + (36 - 32) / 32 = 112,5%"],
    ["a floor at 0", { result: -10, target: 32, polarity: "increasing" }, undefined, 0, "1 + (-10 - 32) / 32 = -31,25%, riportato a 0%"],
    ["a threshold of 50% not met", { result: 10, target: 32, polarity: "increasing" }, { threshold: 0.5 }, 0, "1 + (10 - 32) / 32 = 31,25%, sotto la soglia del 50%: conta 0%"],
    ["a threshold of 50% met exactly", { result: 16, target: 32, polarity: "increasing" }, { threshold: 0.5 }, 0.5, "1 + (16 - 32) / 32 = 50%"],
  ])("%s", (_label, input, options, value, explanation) => {
    expectAchievement(input, options, value, explanation);
  });

  it("equals result / target for a positive target, crescente (the seed's 1.2 ind. 1)", () => {
    const indicator = seedIndicator("1.2", 1);
    const result = figureIn(indicator.resultText).value;
    const target = figureIn(indicator.target30_6Text).value;
    const outcome = computeAchievement({ result, target, polarity: "increasing" }, { cap: 2 });
    expect(outcome.ok && outcome.value).toBeCloseTo(result / target, 12);
  });
});

describe("computeAchievement: with a baseline", () => {
  it.each<Row>([
    ["half-way from 3.000 to 10.000", { result: 6500, target: 10000, polarity: "increasing", baseline: 3000 }, undefined, 0.5, "(6.500 - 3.000) / (10.000 - 3.000) = 50% (dalla base al target)"],
    ["half-way down from 10 to 6", { result: 8, target: 6, polarity: "decreasing", baseline: 10 }, undefined, 0.5, "(8 - 10) / (6 - 10) = 50% (dalla base al target)"],
    ["at the baseline", { result: 3000, target: 10000, polarity: "increasing", baseline: 3000 }, undefined, 0, "(3.000 - 3.000) / (10.000 - 3.000) = 0% (dalla base al target)"],
    [
      "STRAT ind. 1: 89,55% from 7% towards 88%",
      { result: 0.8955, target: 0.88, polarity: "increasing", baseline: 0.07, unit: "percent" },
      { cap: 1.2 },
      (0.8955 - 0.07) / (0.88 - 0.07),
      "(89,55% - 7%) / (88% - 7%) = 101,91% (dalla base al target)",
    ],
    [
      "a baseline equal to the target (STRAT ind. 2: 100% and 100%)",
      { result: 1, target: 1, polarity: "increasing", baseline: 1, unit: "percent" },
      undefined,
      1,
      "1 + (100% - 100%) / 100% = 100%; la base 100% è uguale al target: formula senza base",
    ],
    [
      "a baseline beyond the target for a crescente indicator (2.2 ind. 4: 1.000 last year, 700 at 30/6)",
      { result: 720, target: 700, polarity: "increasing", baseline: 1000 },
      undefined,
      1,
      "1 + (720 - 700) / 700 = 102,86%, limitato al 100%; la base 1.000 è sopra il target 700 ma l'indicatore è crescente: base non usata",
    ],
    [
      "a baseline below the target for a decrescente indicator",
      { result: 9, target: 10, polarity: "decreasing", baseline: 5 },
      undefined,
      1,
      "1 + (10 - 9) / 10 = 110%, limitato al 100% (decrescente: target - risultato); la base 5 è sotto il target 10 ma l'indicatore è decrescente: base non usata",
    ],
  ])("%s", (_label, input, options, value, explanation) => {
    expectAchievement(input, options, value, explanation);
  });
});

describe("computeAchievement: a target of 0", () => {
  it.each<Row>([
    ["crescente, result above zero", { result: 5, target: 0, polarity: "increasing" }, undefined, 1, "target 0: il risultato 5 non è sotto lo zero (crescente), quindi 100%"],
    ["crescente, result equal to zero", { result: 0, target: 0, polarity: "increasing" }, undefined, 1, "target 0: il risultato 0 non è sotto lo zero (crescente), quindi 100%"],
    ["crescente, result below zero", { result: -3, target: 0, polarity: "increasing" }, undefined, 0, "target 0: il risultato -3 è sotto lo zero (crescente), quindi 0%"],
    ["decrescente, result below zero", { result: -0.01, target: 0, polarity: "decreasing", unit: "percent" }, undefined, 1, "target 0%: il risultato -1% non è sopra lo zero (decrescente), quindi 100%"],
    ["decrescente, result above zero", { result: 2, target: 0, polarity: "decreasing" }, undefined, 0, "target 0: il risultato 2 è sopra lo zero (decrescente), quindi 0%"],
    ["with a cap below 100%", { result: 5, target: 0, polarity: "increasing" }, { cap: 0.9 }, 0.9, "target 0: il risultato 5 non è sotto lo zero (crescente), quindi 100%, limitato al 90%"],
  ])("%s", (_label, input, options, value, explanation) => {
    expectAchievement(input, options, value, explanation);
  });
});

describe("computeAchievement: bad input is a failure, never NaN", () => {
  it.each<[string, AchievementInput, AchievementOptions | undefined, string]>([
    ["a NaN result", { result: NaN, target: 32, polarity: "increasing" }, undefined, "il risultato deve essere un numero finito, non NaN"],
    ["an infinite target", { result: 1, target: Infinity, polarity: "increasing" }, undefined, "il target deve essere un numero finito, non infinito"],
    ["a NaN baseline", { result: 1, target: 2, polarity: "increasing", baseline: NaN }, undefined, "la base deve essere un numero finito, non NaN"],
    ["a milestone polarity", { result: 1, target: 2, polarity: "milestone" as "increasing" }, undefined, "crescente o decrescente, non 'milestone'"],
    ["a cap of 0", { result: 1, target: 2, polarity: "increasing" }, { cap: 0 }, "il tetto deve essere un numero maggiore di 0, non 0%"],
    ["a NaN cap", { result: 1, target: 2, polarity: "increasing" }, { cap: NaN }, "il tetto deve essere un numero maggiore di 0, non NaN"],
    ["a negative threshold", { result: 1, target: 2, polarity: "increasing" }, { threshold: -0.1 }, "la soglia deve essere un numero non negativo, non -10%"],
    ["a threshold above the cap", { result: 1, target: 2, polarity: "increasing" }, { threshold: 1.1 }, "la soglia 110% supera il tetto 100%"],
    ["a partial credit above 100%", { result: 1, target: 2, polarity: "increasing" }, { milestonePartial: 1.5 }, "deve essere tra 0% e 100%, non 150%"],
  ])("refuses %s", (_label, input, options, message) => {
    const outcome = computeAchievement(input, options);
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toContain(message);
  });

  it("caps an overflowing ratio instead of returning Infinity", () => {
    expect(computeAchievement({ result: Number.MAX_VALUE, target: Number.MIN_VALUE, polarity: "increasing" })).toMatchObject({ ok: true, value: 1 });
  });

  it("interpolates between a baseline and a target at the ends of the number range", () => {
    const outcome = computeAchievement({ result: 0, target: Number.MAX_VALUE, polarity: "increasing", baseline: -Number.MAX_VALUE });
    expect(outcome.ok && outcome.value).toBeCloseTo(0.5, 12);
  });
});
