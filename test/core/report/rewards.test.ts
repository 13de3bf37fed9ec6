/**
 * From scores to rewards, proved on the published examples of test/fixtures/smvp (each table cites its
 * esempi.json) and by properties: a share never falls as the score rises, the amounts stay within the
 * fund when the check passes and add up to the total distributed, the classes count every evaluated person.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildPlan } from "../rules/planBuilder";
import { scorePlan } from "../../../src/core/report/scorePlan";
import {
  computeRewards,
  distributeByClass,
  planRewards,
  type RewardRules,
  readRewardBands,
  rewardShare,
  type RewardBand,
  type RewardBands,
  type RewardPerson,
} from "../../../src/core/report/rewards";

const SMVP = join(__dirname, "../../fixtures/smvp");

function esempi<T>(folder: string): T {
  return JSON.parse(readFileSync(join(SMVP, folder, "esempi.json"), "utf8")) as T;
}

function checked(bands: RewardBand[]): RewardBands {
  const read = readRewardBands(bands);
  if (!read.ok) throw new Error(read.message);
  return read.bands;
}

function shareOf(score: number, bands: RewardBands): number {
  const outcome = rewardShare(score, bands);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

function person(name: string, score: number | null, extra: Partial<RewardPerson> = {}): RewardPerson {
  return { name, score, scoreSource: "given", ...extra };
}

/**
 * Agenzia delle Entrate, Convenzione 2001, Allegato 2 (fixtures/smvp/agenzia-entrate-convenzione-2001):
 * below 90 points 0; from 90, 60% + 1% a point; from 110,1, 80,1% + 0,715% a point; from 131, 100%.
 * Points are percentage points of score (90 points = 90%).
 */
const AGENZIA_2001 = checked([
  { from: 0, score: 0 },
  { from: 0.9, score: 0.6, perPoint: 0.01 },
  { from: 1.101, score: 0.801, perPoint: 0.00715 },
  { from: 1.31, score: 1 },
]);

describe("a score turned into a share of the bonus (Agenzia delle Entrate 2001, esempi.json)", () => {
  const { esempi: examples } = esempi<{ esempi: { punteggio: number; quota: number }[] }>("agenzia-entrate-convenzione-2001");

  it.each(examples.map((example) => [example.punteggio, example.quota] as const))("gives %p points a share of %p", (points, share) => {
    expect(shareOf(points / 100, AGENZIA_2001)).toBeCloseTo(share, 9);
  });

  it("jumps from nothing to 60% at 90 points", () => {
    expect(shareOf(0.8999, AGENZIA_2001)).toBe(0);
    expect(shareOf(0.9, AGENZIA_2001)).toBeCloseTo(0.6, 12);
  });

  it("jumps from about 95% to 100% at 131 points", () => {
    expect(shareOf(1.3099, AGENZIA_2001)).toBeLessThan(0.951);
    expect(shareOf(1.31, AGENZIA_2001)).toBe(1);
  });

  it("explains the growth per point in Italian", () => {
    const outcome = rewardShare(1, AGENZIA_2001);
    expect(outcome.ok && outcome.explain()).toBe("100% è nella fascia da 90% a meno di 110,1%: quota 60% + 1% × 10 punti = 70%");
  });
});

describe("shares under the issue's bands, fixed or proportional", () => {
  const bands = checked([
    { from: 0.6, score: "proportional" },
    { from: 0.95, score: 1 },
  ]);

  it.each([
    [0.5, 0, "50% è sotto la prima fascia (da 60%): quota 0%"],
    [0.7, 0.7, "70% è nella fascia da 60% a meno di 95%: quota proporzionale, 70%"],
    [0.96, 1, "96% è nella fascia da 95% in su: quota 100%"],
  ])("gives a score of %p a share of %p", (score, share, explanation) => {
    const outcome = rewardShare(score, bands);
    expect(outcome.ok && outcome.value).toBeCloseTo(share, 12);
    expect(outcome.ok && outcome.explain()).toBe(explanation);
  });

  it("never gives more than the whole bonus, even for a score above 100%", () => {
    const outcome = rewardShare(1.2, checked([{ from: 0, score: "proportional" }]));
    expect(outcome.ok && outcome.value).toBe(1);
    expect(outcome.ok && outcome.explain()).toBe("120% è nella fascia da 0% in su: quota proporzionale, 100%, limitata al 100%");
  });

  it("refuses a score that is not a number with an Italian message", () => {
    expect(rewardShare(Number.NaN, bands)).toMatchObject({ ok: false, message: "Quota del premio non calcolabile: il punteggio deve essere un numero finito, non NaN." });
  });
});

describe("reward bands written by a user", () => {
  it.each<[string, RewardBand[], string]>([
    ["no band", [], "Fasce dei premi non valide: serve almeno una fascia (soglia e quota)."],
    ["falling bounds", [{ from: 0.9, score: 1 }, { from: 0.6, score: 0.5 }], "Fasce dei premi non valide: le soglie devono crescere, ma la 2ª fascia parte da 60% dopo 90%."],
    ["a share above 100%", [{ from: 0.9, score: 1.2 }], "Fasce dei premi non valide: la quota della 1ª fascia è 120%, ma una quota del premio è al più 100%."],
    [
      "a lower share for a higher score",
      [{ from: 0.6, score: 0.8 }, { from: 0.9, score: 0.7 }],
      "Fasce dei premi non valide: la 2ª fascia (da 90%) dà 70%, meno dell'80% a cui arriva la 1ª fascia: un punteggio più alto non può avere una quota più bassa.",
    ],
    [
      "a growth per point that overtakes the next band",
      [{ from: 0.6, score: 0.6, perPoint: 0.02 }, { from: 0.9, score: 0.9 }],
      "Fasce dei premi non valide: la 2ª fascia (da 90%) dà 90%, meno del 100% a cui arriva la 1ª fascia: un punteggio più alto non può avere una quota più bassa.",
    ],
    ["a proportional band with a growth per point", [{ from: 0.6, score: "proportional", perPoint: 0.01 }], "Fasce dei premi non valide: la 1ª fascia è proporzionale e non può avere anche una quota per punto."],
    ["a negative share", [{ from: 0.6, score: -0.5 }], "Fasce dei premi non valide: la quota della 1ª fascia deve essere una percentuale non negativa o «proporzionale», non -50%."],
    ["a negative growth per point", [{ from: 0.6, score: 0.5, perPoint: -0.01 }], "Fasce dei premi non valide: la quota per punto della 1ª fascia deve essere una percentuale non negativa, non -1%."],
  ])("refuses %s", (_case, bands, message) => {
    expect(readRewardBands(bands)).toEqual({ ok: false, message });
  });
});

describe("amounts from a fund or a nominal bonus (Ecocerved, esempi.json)", () => {
  type Example = { obiettivi: number; raggiunti: number; cancello: boolean; nominale: number; coefficiente: number; premio: number };
  const { esempi: examples } = esempi<{ esempi: Example[] }>("ecocerved-premi-2023");
  /** Each common objective met or not; the share is the share of objectives met (a proportional band from 0). */
  const proportional = checked([{ from: 0, score: "proportional" }]);

  it.each(examples.map((e) => [e.raggiunti, e.obiettivi, e.cancello, e.coefficiente, e.nominale, e.premio] as const))(
    "pays %p of %p objectives met (gate met: %p), coefficient %p, on a nominal bonus of %p: %p €",
    (met, objectives, gate, coefficient, nominal, amount) => {
      // The on/off objective is the rewards' condition: missed, nobody gets a bonus whatever the others.
      const condition = { objective: "ON/OFF", minimum: 1, score: gate ? 1 : 0, status: gate ? ("met" as const) : ("missed" as const) };
      const report = computeRewards({ people: [person("Impiegato", met / objectives, { nominal, coefficient })], bands: proportional, condition });
      expect(report.people[0]?.amount).toBe(amount);
    },
  );

  it("checks the amounts against the fund and reports the excess with both figures (Ecocerved 2022: 350.918 paid, 348.000 allocated)", () => {
    const report = computeRewards({
      people: [person("A", 1, { nominal: 200_000 }), person("B", 1, { nominal: 150_918 })],
      bands: proportional,
      fund: 348_000,
    });
    expect(report.fundCheck).toEqual({ fund: 348_000, distributed: 350_918, excess: 2_918, withinFund: false });
  });

  it("passes the check when the amounts stay within the fund (the local authority's staff, 2017: 24.789,51 of 27.782,66)", () => {
    const report = computeRewards({ people: [person("Personale", 1, { nominal: 24_789.51 })], bands: proportional, fund: 27_782.66 });
    expect(report.fundCheck).toEqual({ fund: 27_782.66, distributed: 24_789.51, excess: 0, withinFund: true });
  });

  it("computes the full bonus as weight × fund when no nominal bonus is given", () => {
    const report = computeRewards({ people: [person("dr Rossi", 0.8, { weight: 0.25 })], bands: proportional, fund: 15_530 });
    expect(report.people[0]).toMatchObject({ fullBonus: 3_882.5, share: 0.8, amount: 3_106 });
  });

  it("says what is missing when the amounts cannot be computed", () => {
    const report = computeRewards({ people: [person("dr Rossi", 0.8), person("dr Bianchi", null)], bands: proportional });
    expect(report.people.map((p) => p.missing)).toEqual([["weight", "fund"], ["score", "weight", "fund"]]);
    expect(report).toMatchObject({ distributed: null, fundCheck: null, missing: ["weight", "fund"] });
  });
});

describe("the condition («obiettivo condizione»): below its minimum nobody gets a bonus (Ecocerved's on/off objective)", () => {
  const plan = buildPlan({
    indicators: [
      { objective: "ON", weight: "100%", target30: 10, result30: 10 },
      { objective: "HALF", weight: "100%", target30: 10, result30: 5 },
      { objective: "LATER", weight: "100%", target30: 10, result30: "-" },
    ],
  });
  const scores = scorePlan(plan);
  const rules = (condition: RewardRules["condition"], split: RewardRules["split"] = "share"): RewardRules => ({
    bands: checked([{ from: 0, score: "proportional" }]),
    ...(condition === undefined ? {} : { condition }),
    split,
    classes: [0.9, 0.6],
    people: [
      { name: "Rossi", score: 0.8, nominal: 1_000 },
      { name: "Bianchi", score: 0.95, nominal: 2_000 },
    ],
  });

  it.each<[string, RewardRules["condition"], string, (number | null)[], (number | null)[]]>([
    ["no condition", undefined, "none", [0.8, 0.95], [800, 1_900]],
    ["an objective at 100% against a minimum of 100%", { objective: "on", minimum: 1 }, "met", [0.8, 0.95], [800, 1_900]],
    ["an objective at 50% against a minimum of 50%", { objective: "HALF", minimum: 0.5 }, "met", [0.8, 0.95], [800, 1_900]],
    ["an objective at 50% against a minimum of 100%", { objective: "HALF", minimum: 1 }, "missed", [0, 0], [0, 0]],
    ["an objective not evaluable yet", { objective: "LATER", minimum: 1 }, "notEvaluable", [null, null], [null, null]],
    ["an objective the plan does not have", { objective: "9.9", minimum: 1 }, "notFound", [null, null], [null, null]],
  ])("with %s: condition %s, shares %p, amounts %p", (_case, condition, status, shares, amounts) => {
    const report = planRewards(scores, rules(condition));
    expect(report.condition?.status ?? "none").toBe(status);
    expect(report.people.map((p) => p.share)).toEqual(shares);
    expect(report.people.map((p) => p.amount)).toEqual(amounts);
  });

  it("says in each person's explanation why the share is 0, and keeps the classes of the scores", () => {
    const report = planRewards(scores, rules({ objective: "HALF", minimum: 1 }));
    expect(report.people[0]?.explanation).toBe("80% è nella fascia da 0% in su: quota proporzionale, 80%; condizione non soddisfatta (l'obiettivo HALF ha 50%, sotto il minimo di 100%): quota 0%");
    expect(report.classes.map((c) => c.count)).toEqual([1, 1, 0]);
  });

  it("gives nothing of the fund when the condition is missed, also shared pro rata", () => {
    const report = planRewards(scores, { ...rules({ objective: "HALF", minimum: 1 }, "proRata"), fund: { amount: 10_000 } });
    expect(report.people.map((p) => p.amount)).toEqual([0, 0]);
    expect(report.fundCheck).toEqual({ fund: 10_000, distributed: 0, excess: 0, withinFund: true });
  });
});

describe("a fund shared pro rata (Giustizia 2009, esempi.json, under its stated pro-rata assumption)", () => {
  const { fondo, esempi: examples } = esempi<{ fondo: number; esempi: { giudizi: string[]; importi: number[] }[] }>("giustizia-dirigenti-risultato-2009");
  const coefficients: Record<string, number> = { Eccellente: 1.2, "Oltre la media": 1, Distinto: 0.8, Adeguato: 0.6, Minimo: 0.2 };
  const whole = checked([{ from: 0, score: 1 }]);

  it.each(examples.map((e) => [e.giudizi, e.importi] as const))("splits the fund among %p as %p", (judgements, amounts) => {
    const people = judgements.map((judgement) => person(judgement, 1, { coefficient: coefficients[judgement] ?? 0 }));
    const report = computeRewards({ people, bands: whole, fund: fondo, split: "proRata" });
    expect(report.people.map((p) => p.amount)).toEqual(amounts);
    expect(report.distributed).toBe(fondo);
  });
});

describe("the distribution by class («dati relativi ai premi»)", () => {
  type Row = { classe: string; dipendenti: number };
  const data = esempi<{ distribuzione: Row[]; personeCompatibili: { totale: number; perClasse: number[] } }>("ente-locale-dati-premi-2017");

  it("gives the unidentified local authority's 2017 shares for 80 people, 69 / 10 / 1 (ente-locale-dati-premi-2017)", () => {
    const [high = 0, middle = 0, low = 0] = data.personeCompatibili.perClasse;
    const scores = [...Array<number>(high).fill(0.95), ...Array<number>(middle).fill(0.75), ...Array<number>(low).fill(0.4)];
    const { classes, notEvaluated } = distributeByClass(scores);
    expect(classes.map((c) => c.share)).toEqual(data.distribuzione.map((row) => row.dipendenti));
    expect(classes.map((c) => [c.from, c.to])).toEqual([[0.9, null], [0.6, 0.9], [null, 0.6]]);
    expect(notEvaluated).toBe(0);
  });

  it.each([
    [0.9, 0],
    [0.8999, 1],
    [0.6, 1],
    [0.5999, 2],
  ])("puts a score of %p in class %p (lower bounds inclusive)", (score, index) => {
    expect(distributeByClass([score]).classes[index]?.count).toBe(1);
  });

  it("counts people without a score apart", () => {
    expect(distributeByClass([0.95, null]).notEvaluated).toBe(1);
    expect(distributeByClass([0.95, null]).classes[0]?.share).toBe(1);
  });
});

/** Reward bands that readRewardBands accepts: rising bounds, rising fixed shares, some proportional. */
const bandsArbitrary: fc.Arbitrary<RewardBands> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 1, maxLength: 5 })
  .map((raw) => {
    const froms = [...new Set(raw.map(([from]) => from / 100))].sort((a, b) => a - b);
    const shares = raw.map(([, share]) => share / 100).sort((a, b) => a - b);
    return froms.map((from, i): RewardBand => ({ from, score: raw[i]?.[2] && (shares[i] ?? 0) <= from ? "proportional" : (shares[i] ?? 0) }));
  })
  .filter((bands) => readRewardBands(bands).ok)
  .map(checked);

const scoreArbitrary = fc.double({ min: 0, max: 1.6, noNaN: true });

describe("reward properties", () => {
  it("never gives a lower share to a higher score", () => {
    fc.assert(
      fc.property(bandsArbitrary, scoreArbitrary, scoreArbitrary, (bands, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(shareOf(low, bands)).toBeLessThanOrEqual(shareOf(high, bands) + 1e-12);
      }),
    );
  });

  it("keeps every share between 0 and 100%", () => {
    fc.assert(
      fc.property(bandsArbitrary, scoreArbitrary, (bands, score) => {
        const share = shareOf(score, bands);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });

  const peopleArbitrary = fc.array(
    fc.record({
      score: fc.option(scoreArbitrary, { nil: null }),
      weight: fc.double({ min: 0, max: 0.5, noNaN: true }),
      coefficient: fc.double({ min: 0, max: 1.5, noNaN: true }),
    }),
    { maxLength: 12 },
  );

  it("adds the amounts up to the total distributed, and stays within the fund when the check passes", () => {
    fc.assert(
      fc.property(bandsArbitrary, peopleArbitrary, fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("share" as const, "proRata" as const), (bands, raw, fundCents, split) => {
        const fund = fundCents / 100;
        const people = raw.map((p, i) => person(`P${i}`, p.score, { weight: p.weight, coefficient: p.coefficient }));
        const report = computeRewards({ people, bands, fund, split });
        const cents = report.people.reduce((sum, p) => sum + Math.round((p.amount ?? 0) * 100), 0);
        if (report.distributed !== null) expect(Math.round(report.distributed * 100)).toBe(cents);
        if (report.fundCheck?.withinFund) expect(cents).toBeLessThanOrEqual(fundCents);
        if (report.fundCheck && !report.fundCheck.withinFund) expect(Math.round(report.fundCheck.excess * 100)).toBe(cents - fundCents);
        if (split === "proRata" && report.people.some((p) => (p.amount ?? 0) > 0)) expect(cents).toBe(fundCents);
      }),
    );
  });

  it("counts every person once: the classes and the people without a score add up to the people", () => {
    fc.assert(
      fc.property(fc.array(fc.option(scoreArbitrary, { nil: null })), fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), { maxLength: 4 }), (scores, bounds) => {
        const { classes, notEvaluated } = distributeByClass(scores, bounds.length > 0 ? bounds : undefined);
        expect(classes.reduce((sum, c) => sum + c.count, 0) + notEvaluated).toBe(scores.length);
      }),
    );
  });
});
