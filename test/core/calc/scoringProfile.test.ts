/**
 * The scoring profile: the published SMVP examples of test/fixtures/smvp (each table cites its
 * folder and the example's origin), the issue's own examples, the reader's Italian messages, and
 * properties: achievements rise with the result for each polarity and method and stay within
 * [0, cap]; bands whose fixed scores equal their bounds never fall and are continuous where a
 * proportional band ends (60% → proporzionale; 100% → 100%), while a fixed score above its bound is a
 * jump the SMVPs want (95% → 100%).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeAchievement } from "../../../src/core/calc/computeAchievement";
import { readProfileKeys } from "../../../src/core/calc/readScoringProfile";
import { bandIndex, bandScore, readScoreBands, type ScoreBand } from "../../../src/core/calc/scoreBands";
import { DEFAULT_SCORING_PROFILE, indicatorScore } from "../../../src/core/calc/scoringProfile";
import { SCORING_PRESETS } from "../../../src/core/calc/scoringPresets";
import { computeWeightedScore } from "../../../src/core/calc/computeWeightedScore";
import type { AchievementOptions } from "../../../src/core/calc/calcTypes";

const SMVP = join(__dirname, "../../fixtures/smvp");
const fixture = <T>(folder: string, file: string): T => JSON.parse(readFileSync(join(SMVP, folder, file), "utf8")) as T;

function profileOf(keys: Record<string, unknown>) {
  const reading = readProfileKeys(keys);
  expect(reading.errors).toEqual([]);
  return { ...DEFAULT_SCORING_PROFILE, ...reading.profile };
}

describe("the scoring profile on published SMVP examples", () => {
  // test/fixtures/smvp/ecocerved-premi-2023: objectives of equal weight, each met or not; the bonus share is the share met.
  const ecocerved = fixture<{ esempi: { obiettivi: number; raggiunti: number; cancello: boolean; nominale: number; coefficiente: number; premio: number; origine: string }[] }>(
    "ecocerved-premi-2023",
    "esempi.json",
  );
  it.each(ecocerved.esempi.filter((e) => e.cancello).map((e) => [e.raggiunti, e.obiettivi, e.premio / (e.nominale * e.coefficiente), e.origine] as const))(
    "Ecocerved preset: %i objectives met of %i give a share of %d (%s)",
    (met, count, share) => {
      const profile = profileOf({ preset: "ecocerved-2023" });
      // One objective just short of its target (99%) scores 0 under the preset's single band from 100%.
      const achievements = Array.from({ length: count }, (_, i) => (i < met ? 1 : 0.99));
      const scores = achievements.map((a) => {
        const score = indicatorScore(a, profile);
        return score.ok ? score.value : NaN;
      });
      const mean = computeWeightedScore(scores.map((achievement) => ({ achievement, weight: 1 })));
      expect(mean.ok && mean.value.score).toBeCloseTo(share, 12);
    },
  );

  // test/fixtures/smvp/avvocatura-stato-smvp-2021: 76–90% and 91–100% bands, lower bound inclusive.
  const avvocatura = fixture<{ esempi: { realizzazione: number; puntiMin: number; origine: string }[] }>("avvocatura-stato-smvp-2021", "esempi.json");
  const avvocaturaBands = readScoreBands([
    { from: 0.76, score: 15 },
    { from: 0.91, score: 19 },
  ]);
  it.each(avvocatura.esempi.map((e) => [e.realizzazione, e.puntiMin, e.origine] as const))("Avvocatura: %d of realisation falls in the band starting at %i points (%s)", (realisation, points) => {
    if (!avvocaturaBands.ok) throw new Error(avvocaturaBands.message);
    const score = bandScore(realisation, avvocaturaBands.bands);
    expect(score.ok && score.value).toBe(points);
    expect(bandIndex(realisation, avvocaturaBands.bands)).toBe(points === 15 ? 0 : 1);
  });

  // test/fixtures/smvp/regione-liguria-dg-sanita-2025: the balance objective scored by bands on the result (loss / FSR).
  const liguria = fixture<{ esempi: { risultatoSuFsr: number; quota: number; origine: string }[] }>("regione-liguria-dg-sanita-2025", "esempi.json");
  const liguriaBands = fixture<{ proposte: { fasceObiettivoCondizione: { fasce: unknown } } }>("regione-liguria-dg-sanita-2025", "profile.json").proposte.fasceObiettivoCondizione.fasce;
  it.each(liguria.esempi.map((e) => [e.risultatoSuFsr, e.quota, e.origine] as const))("Liguria: a result of %d of the FSR scores %d (%s)", (result, expected) => {
    const profile = profileOf({ fasce: liguriaBands });
    const score = indicatorScore(result, profile);
    expect(score.ok && score.value).toBe(expected);
  });
});

describe("the issue's own examples", () => {
  it("scores 50% → 0, 70% → 70%, 96% → 100% under 0 → 0; 60% → proporzionale; 95% → 100%, written as a clerk writes it", () => {
    const profile = profileOf({ fasce: "0% → 0%; 60% → proporzionale; 95% → 100%" });
    expect([0.5, 0.7, 0.96].map((a) => indicatorScore(a, profile)).map((s) => s.ok && s.value)).toEqual([0, 0.7, 1]);
  });

  it.each([
    ["rapporto, decrescente: target 10, result 15", { result: 15, target: 10, polarity: "decreasing" as const }, "ratio" as const, 10 / 15],
    ["lineare, decrescente: target 10, result 15", { result: 15, target: 10, polarity: "decreasing" as const }, "linear" as const, 0.5],
    ["rapporto, crescente: target 80, result 60", { result: 60, target: 80, polarity: "increasing" as const }, "ratio" as const, 0.75],
    ["rapporto, decrescente at a result of 0: the cap", { result: 0, target: 10, polarity: "decreasing" as const }, "ratio" as const, 1],
    ["baseline, crescente: 0 → 100 from 50, result 75", { result: 75, target: 100, baseline: 50, polarity: "increasing" as const }, "baseline" as const, 0.5],
    ["lineare ignores a baseline", { result: 75, target: 100, baseline: 50, polarity: "increasing" as const }, "linear" as const, 0.75],
  ])("%s", (_label, input, method, expected) => {
    const outcome = computeAchievement(input, { methods: { increasing: method, decreasing: method } });
    expect(outcome.ok && outcome.value).toBeCloseTo(expected, 12);
  });

  it("explains the ratio and says when it falls back to the linear form", () => {
    const ratio = computeAchievement({ result: 15, target: 10, polarity: "decreasing" }, { methods: { decreasing: "ratio" } });
    expect(ratio.ok && ratio.explain()).toBe("10 / 15 = 66,67% (rapporto target / risultato)");
    const negative = computeAchievement({ result: -2.13, target: -2, polarity: "decreasing" }, { methods: { decreasing: "ratio" } });
    expect(negative.ok && negative.explain()).toContain("rapporto non applicabile a un target negativo: formula lineare");
  });
});

describe("reading the profile's keys", () => {
  it("reads every key, Italian or English, as a clerk writes the values", () => {
    const reading = readProfileKeys({
      metodo: "Rapporto",
      decreasingMethod: "lineare",
      massimo: "120%",
      minimo: "30%",
      milestonePartial: "50%",
      fasce: [{ da: "60%", punteggio: "proporzionale" }, { da: "95%", punteggio: "100%" }],
      stati: { raggiunto: "95%", parziale: "60%" },
      aggregazione: "tutti-raggiunti",
      quotaIndicatoriPropri: "30%",
      deviationConvention: "realizzato-meno-atteso",
    });
    expect(reading.errors).toEqual([]);
    expect(reading.achievement).toEqual({ cap: 1.2, threshold: 0.3, milestonePartial: 0.5, methods: { increasing: "ratio", decreasing: "linear" } });
    expect(reading.criticalAchievement).toBe(0.6);
    expect([...(reading.profile.bands ?? [])]).toEqual([{ from: 0.6, score: "proportional" }, { from: 0.95, score: 1 }]);
    expect(reading.profile).toMatchObject({
      achieved: 0.95,
      aggregation: "allMet",
      strategicOwnShare: 0.3,
      deviationConvention: "resultMinusTarget",
    });
  });

  it("lets the other keys override a preset, whatever their order", () => {
    const reading = readProfileKeys({ aggregazione: "tutti-raggiunti", preset: "ecocerved-2023" });
    expect(reading.profile.aggregation).toBe("allMet");
    expect([...(reading.profile.bands ?? [])]).toEqual([{ from: 1, score: 1 }]);
    expect(reading.profile.source).toBe("preset «ecocerved-2023»");
  });

  it.each([
    [{ metodo: "proporzionale" }, "«metodo» deve essere lineare, rapporto o baseline, non «proporzionale»."],
    [{ metodoDecrescente: 3 }, "«metodoDecrescente» deve essere lineare, rapporto o baseline, non «3»."],
    [{ massimo: "0%" }, "«massimo» deve essere una percentuale maggiore di 0%"],
    [{ minimo: "abc" }, "«minimo» deve essere una percentuale da 0%"],
    [{ fasce: [{ da: "95%", punteggio: "100%" }, { da: "60%", punteggio: "proporzionale" }] }, "«fasce»: Fasce non valide: le soglie devono crescere"],
    [{ fasce: [{ da: "60%", punteggio: "tanto" }] }, "«fasce», 1ª fascia: il punteggio «tanto» non è una percentuale"],
    [{ fasce: 7 }, "«fasce» deve essere un elenco di fasce"],
    [{ stati: { raggiunto: "80%", parziale: "90%" } }, "«stati»: «parziale» (90%) non può superare «raggiunto» (80%)."],
    [{ stati: { ottimo: "100%" } }, "Stato sconosciuto «ottimo» in «stati»: usare raggiunto e parziale."],
    [{ aggregazione: "media" }, "«aggregazione» deve essere media-pesata o tutti-raggiunti, non «media»."],
    [{ convenzioneScostamento: "dfp" }, "«convenzioneScostamento» deve essere positivo-meglio o realizzato-meno-atteso, non «dfp»."],
    [{ quotaIndicatoriPropri: "150%" }, "«quotaIndicatoriPropri» deve essere una percentuale da 0% a 100%"],
    [{ milestoneParziale: "120%" }, "«milestoneParziale» deve essere una percentuale da 0% a 100%"],
    [{ preset: "ecocerved-2022" }, "Preset sconosciuto «ecocerved-2022»: forse «ecocerved-2023»? Preset disponibili: ecocerved-2023, agenzia-entrate-2001."],
  ])("says in Italian what is wrong with %j", (keys, message) => {
    const reading = readProfileKeys(keys);
    expect(reading.errors.map((e) => e.message).join(" | ")).toContain(message);
  });

  it("names each preset's source and fixture", () => {
    for (const preset of Object.values(SCORING_PRESETS)) {
      expect(preset.source).toMatch(/^https:\/\//);
      expect(readFileSync(join(SMVP, preset.fixture, "source.md"), "utf8")).toContain(preset.source);
      expect(readProfileKeys(preset.keys).errors).toEqual([]);
    }
  });
});

describe("properties of the profile's calculations", () => {
  const method = fc.constantFrom("linear" as const, "ratio" as const, "baseline" as const);
  const direction = fc.constantFrom("increasing" as const, "decreasing" as const);
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const options: fc.Arbitrary<AchievementOptions> = fc.record({ cap: fc.constantFrom(1, 1.1, 1.2), threshold: fc.constantFrom(0, 0.3) });

  it("an achievement never falls when the result gets better, for each polarity and method, and stays within [0, cap]", () => {
    fc.assert(
      fc.property(method, direction, figure, figure, figure, fc.option(figure, { nil: undefined }), options, (m, polarity, a, b, target, baseline, opts) => {
        const [worse, better] = polarity === "increasing" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const run = (result: number) => computeAchievement({ result, target, polarity, ...(baseline === undefined ? {} : { baseline }) }, { ...opts, methods: { [polarity]: m } });
        const low = run(worse);
        const high = run(better);
        if (!low.ok || !high.ok) return low.ok === high.ok;
        const cap = opts.cap ?? 1;
        return high.value >= low.value - 1e-12 && low.value >= 0 && high.value <= cap + 1e-12;
      }),
    );
  });

  it("bands whose fixed scores equal their bounds never fall as the achievement rises, and leave no jump where a proportional band ends", () => {
    const bounds = fc.uniqueArray(fc.double({ min: 0.01, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 5 }).map((list) => [...list].sort((x, y) => x - y));
    fc.assert(
      fc.property(bounds, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (list, proportional, x, y) => {
        const bands: ScoreBand[] = list.map((from, i) => ({ from, score: proportional[i] === true ? "proportional" : from }));
        const checked = readScoreBands(bands);
        if (!checked.ok) return false;
        const score = (a: number) => {
          const s = bandScore(a, checked.bands);
          return s.ok ? s.value : NaN;
        };
        const continuous = list.every((from, i) => {
          const previous = list[i - 1];
          if (previous === undefined || proportional[i - 1] !== true) return true;
          const below = from - Math.min(1e-9, (from - previous) / 2);
          return Math.abs(score(from) - score(below)) <= 1e-6;
        });
        return continuous && score(Math.max(x, y)) >= score(Math.min(x, y));
      }),
    );
  });
});
