import { computeStrategicScore, type StrategicScoreInput } from "../../../src/core/calc/computeStrategicScore";
import { seedObjective } from "./seedPlan";

describe("computeStrategicScore: own indicators and the operational objectives' contribution", () => {
  const ownShare = seedObjective("STRAT").strategicComposition?.ownIndicatorsWeight ?? NaN;

  it("takes the seed's share of the own indicators: 50%", () => {
    expect(ownShare).toBe(0.5);
    expect(seedObjective("STRAT").strategicComposition?.operationalContributionWeight).toBe(1 - ownShare);
  });

  it("combines 50% × 95% with 50% × the mean of the contributions", () => {
    const outcome = computeStrategicScore({ ownScore: 0.95, ownShare, contributions: [1, 0.95, null] });
    expect(outcome).toEqual({
      ok: true,
      value: 0.9625,
      explanation: "50% × 95% + 50% × 97,5% = 96,25%, dove 97,5% è la media di 2 obiettivi operativi (100%, 95%; 1 non valutabile escluso)",
    });
  });

  it("weighs the two sides by any share: 30% own, 70% contributions", () => {
    const outcome = computeStrategicScore({ ownScore: 1, ownShare: 0.3, contributions: [0.5, 0.5] });
    expect(outcome).toMatchObject({ ok: true, value: 0.65 });
  });

  it("uses only the contributions when the own indicators are not evaluable, and says so", () => {
    const outcome = computeStrategicScore({ ownScore: null, ownShare, contributions: [1, 0.8] });
    expect(outcome).toEqual({
      ok: true,
      value: 0.9,
      explanation: "indicatori propri non valutabili: conta solo la media di 2 obiettivi operativi (100%, 80%), 90%",
    });
  });

  it("uses only the own indicators when no contribution is evaluable, and says so", () => {
    const outcome = computeStrategicScore({ ownScore: 0.7, ownShare, contributions: [null, null] });
    expect(outcome).toEqual({
      ok: true,
      value: 0.7,
      explanation: "nessun obiettivo operativo valutabile (2 non valutabili): conta solo il punteggio degli indicatori propri, 70%",
    });
  });

  it("uses only the own indicators when no operational objective contributes", () => {
    const outcome = computeStrategicScore({ ownScore: 0.7, ownShare, contributions: [] });
    expect(outcome.ok && outcome.explanation).toMatch(/^nessun obiettivo operativo indicato: conta solo/);
  });

  it("is not evaluable when neither side is", () => {
    expect(computeStrategicScore({ ownScore: null, ownShare, contributions: [null] })).toMatchObject({ ok: false, code: "notEvaluable" });
  });

  it.each<[string, StrategicScoreInput, string]>([
    ["a share above 100%", { ownScore: 1, ownShare: 1.5, contributions: [1] }, "deve essere tra 0% e 100%, non 150%"],
    ["a NaN share", { ownScore: 1, ownShare: NaN, contributions: [1] }, "non NaN"],
    ["a negative own score", { ownScore: -0.1, ownShare: 0.5, contributions: [1] }, "non -10%"],
    ["an infinite contribution", { ownScore: 1, ownShare: 0.5, contributions: [1, Infinity] }, "il contributo n. 2 deve essere un numero finito non negativo, non infinito"],
    ["contributions that are not a list", { ownScore: 1, ownShare: 0.5, contributions: 0.8 as unknown as number[] }, "devono essere un elenco"],
  ])("refuses %s", (_label, input, message) => {
    const outcome = computeStrategicScore(input);
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toContain(message);
  });
});
