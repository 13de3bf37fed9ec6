import fc from "fast-check";
import { bandScore, readScoreBands, type ScoreBand, type ScoreBands } from "../../../src/core/calc/scoreBands";

function checked(bands: ScoreBand[]): ScoreBands {
  const read = readScoreBands(bands);
  if (!read.ok) throw new Error(read.message);
  return read.bands;
}

/** The issue's example: 0 → 0; 60% → proporzionale; 95% → 100%. */
const ISSUE_EXAMPLE = checked([
  { from: 0, score: 0 },
  { from: 0.6, score: "proportional" },
  { from: 0.95, score: 1 },
]);

function scoreOf(achievement: number, bands: ScoreBands): number {
  const outcome = bandScore(achievement, bands);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

describe("an achievement scored by bands", () => {
  it.each([
    [0.5, 0],
    [0.5999, 0],
    [0.6, 0.6],
    [0.7, 0.7],
    [0.9499, 0.9499],
    [0.95, 1],
    [0.96, 1],
    [1.2, 1],
    [0, 0],
  ])("scores %p as %p under 0 → 0; 60%% → proporzionale; 95%% → 100%%", (achievement, score) => {
    expect(scoreOf(achievement, ISSUE_EXAMPLE)).toBeCloseTo(score, 12);
  });

  it("scores 0 below the first band", () => {
    expect(scoreOf(0.3, checked([{ from: 0.4, score: "proportional" }]))).toBe(0);
  });

  it.each([
    [0.7, "70% è nella fascia da 60% a meno di 95%: punteggio proporzionale, 70%"],
    [0.96, "96% è nella fascia da 95% in su: punteggio 100%"],
    [-0.1, "-10% è sotto la prima fascia (da 0%): punteggio 0%"],
  ])("explains the score of %p in Italian", (achievement, explanation) => {
    const outcome = bandScore(achievement, achievement < 0 ? checked([{ from: 0, score: 0 }]) : ISSUE_EXAMPLE);
    expect(outcome.ok && outcome.explain()).toBe(explanation);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses an achievement of %p with an Italian message", (achievement) => {
    const outcome = bandScore(achievement, ISSUE_EXAMPLE);
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toMatch(/^Punteggio non calcolabile: il raggiungimento deve essere un numero finito/);
  });
});

describe("bands typed by a user", () => {
  it.each<[string, ScoreBand[], string]>([
    ["no band", [], "Fasce non valide: serve almeno una fascia (soglia e punteggio)."],
    ["bounds that do not rise", [{ from: 0.6, score: 0.5 }, { from: 0.6, score: 1 }], "Fasce non valide: le soglie devono crescere, ma la 2ª fascia parte da 60% dopo 60%."],
    ["a bound that is not a number", [{ from: Number.NaN, score: 1 }], "Fasce non valide: la soglia della 1ª fascia deve essere un numero, non NaN."],
    ["a negative score", [{ from: 0, score: -0.1 }], "Fasce non valide: il punteggio della 1ª fascia deve essere una percentuale non negativa o «proporzionale», non -10%."],
  ])("are refused with %s", (_case, bands, message) => {
    expect(readScoreBands(bands)).toEqual({ ok: false, message });
  });
});

/** Bands whose fixed scores never fall below what the band before can give: the usual SMVP shape. */
const risingBands = fc
  .uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 6 })
  .chain((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b).map((b) => b / 100);
    return fc.tuple(fc.constant(sorted), fc.array(fc.boolean(), { minLength: sorted.length, maxLength: sorted.length }), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: sorted.length, maxLength: sorted.length }));
  })
  .map(([bounds, proportional, extras]) => {
    let ceiling = 0;
    return bounds.map((from, i): ScoreBand => {
      const next = bounds[i + 1] ?? Number.POSITIVE_INFINITY;
      if (proportional[i] === true && Number.isFinite(next)) {
        ceiling = Math.max(ceiling, next);
        return { from, score: "proportional" };
      }
      const score = Math.max(ceiling, from) + (extras[i] ?? 0) / 100;
      ceiling = score;
      return { from, score };
    });
  });

describe("bands, for any achievement", () => {
  it("never score below 0 nor above the best a band can give", () => {
    fc.assert(
      fc.property(risingBands, fc.double({ min: -2, max: 3, noNaN: true }), (bands, achievement) => {
        const read = checked(bands);
        const score = scoreOf(achievement, read);
        const best = Math.max(0, ...bands.map((band, i) => (band.score === "proportional" ? (bands[i + 1]?.from ?? achievement) : band.score)));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(best + 1e-12);
      }),
    );
  });

  it("score a better achievement at least as well when fixed scores do not fall", () => {
    fc.assert(
      fc.property(risingBands, fc.double({ min: -1, max: 2, noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true }), (bands, a, b) => {
        const read = checked(bands);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scoreOf(high, read)).toBeGreaterThanOrEqual(scoreOf(low, read) - 1e-12);
      }),
    );
  });

  it("are continuous inside a proportional band", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.6, max: 0.94, noNaN: true }), fc.double({ min: 0, max: 0.001, noNaN: true }), (achievement, step) => {
        const delta = scoreOf(achievement + step, ISSUE_EXAMPLE) - scoreOf(achievement, ISSUE_EXAMPLE);
        expect(Math.abs(delta)).toBeLessThanOrEqual(step + 1e-12);
      }),
    );
  });
});
