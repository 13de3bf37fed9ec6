/**
 * The plan's evaluation (planEvaluation.ts) holds, for every indicator, what evaluateIndicator says of
 * its result against its target: the achievement, the status and the reason it has none from the
 * evaluation with the settings' options (baseline when asked, the milestone reading of an ambiguous
 * result), and the deviation from the result against the target alone. Checked on the seed and on
 * generated plans under several scoring profiles; an explanation asked for one indicator is the one
 * evaluateIndicator writes.
 */
import fc from "fast-check";
import type { Explained } from "../../../src/core/calc/calcTypes";
import { computeStatus } from "../../../src/core/calc/computeStatus";
import { evaluateIndicator, type IndicatorEvaluation } from "../../../src/core/calc/evaluateIndicator";
import {
  EVALUATED,
  failureReason,
  milestoneReading,
  NO_RESULT,
  NO_TARGET,
  planEvaluation,
  POLARITIES,
  STATUSES,
  UNITS,
  type PlanEvaluation,
} from "../../../src/core/calc/planEvaluation";
import type { Period, Plan } from "../../../src/core/plan/planModel";
import type { Polarity } from "../../../src/core/plan/polarity";
import { resultAt, targetAt } from "../../../src/core/plan/planQueries";
import { readPlan } from "../../../src/core/plan/readPlan";
import { mergeSettings, statusThresholds, type ValidationSettings } from "../../../src/core/settings";
import { buildPlan, type IndicatorSpec, type Raw } from "../rules/planBuilder";
import { loadSeedPlan, seedWorkbook } from "../plan/seedPlanGrids";

const PROFILES: [name: string, settings: ValidationSettings][] = [
  ["the defaults", mergeSettings()],
  ["the baseline", mergeSettings({ useBaseline: true })],
  ["a cap of 120%, a threshold of 30% and half credit for a started milestone", mergeSettings({ achievement: { cap: 1.2, threshold: 0.3, milestonePartial: 0.5 } })],
  ["the ratio for crescente and the baseline for decrescente", mergeSettings({ achievement: { cap: 1, methods: { increasing: "ratio", decreasing: "baseline" } } })],
  ["other status thresholds", mergeSettings({ criticalAchievement: 0.6, profile: { ...mergeSettings().profile, achieved: 0.9 } })],
];

/** What evaluateIndicator says of indicator `index`: the evaluation (options, baseline, reading) and the comparison alone. */
function expected(plan: Plan, index: number, settings: ValidationSettings, targetDate: Period) {
  const indicator = plan.indicators[index];
  if (indicator === undefined) throw new Error(`no indicator ${index}`);
  const result = resultAt(indicator, plan.period);
  const target = targetAt(indicator, targetDate);
  if (!result || !target) return { missing: result ? NO_TARGET : NO_RESULT, polarity: indicator.polarity } as const;
  const reading = milestoneReading(result.value, target.value);
  const method = indicator.polarity === "milestone" ? undefined : settings.achievement.methods?.[indicator.polarity];
  const baseline = settings.useBaseline === true || method === "baseline" ? indicator.baseline?.value : undefined;
  const polarity = indicator.polarity;
  const evaluation = evaluateIndicator({ result: reading ?? result.value, target: target.value, polarity, ...(baseline ? { baseline } : {}) }, settings.achievement);
  const comparison = evaluateIndicator({ result: result.value, target: target.value, polarity }, settings.achievement);
  return { evaluation, comparison, reading, polarity } as const;
}

function same(actual: number | undefined, wanted: number | undefined): void {
  if (wanted === undefined) expect(actual).toBeNaN();
  else expect(actual).toBe(wanted);
}

/** Every array entry of indicator `index` against evaluateIndicator, and its explanations written on demand. */
function expectAgreement(plan: Plan, evaluation: PlanEvaluation, index: number, settings: ValidationSettings, targetDate: Period): void {
  const wanted = expected(plan, index, settings, targetDate);
  if ("missing" in wanted) {
    expect(evaluation.reason[index]).toBe(wanted.missing);
    expect(evaluation.achievement[index]).toBeNaN();
    expect(evaluation.deviation[index]).toBeNaN();
    expect(STATUSES[evaluation.status[index] ?? -1]).toBe("Non valutabile");
    expect(POLARITIES[evaluation.polarity[index] ?? -1]).toBe(wanted.polarity);
    expect(evaluation.explain(index)).toMatchObject({ ok: false, code: "notEvaluable" });
    return;
  }
  const { evaluation: full, comparison, reading } = wanted;
  const { partial, achieved } = statusThresholds(settings);
  expect(evaluation.reason[index]).toBe(full.ok ? EVALUATED : failureReason(full.code));
  same(evaluation.achievement[index], full.ok ? full.value.achievement : undefined);
  expect(STATUSES[evaluation.status[index] ?? -1]).toBe(computeStatus(full.ok ? { ok: true, value: full.value.achievement } : full, partial, achieved));
  const compared = comparison.ok ? comparison.value : undefined;
  same(evaluation.deviation[index], compared?.deviation);
  same(evaluation.relativeDeviation[index], compared?.relativeDeviation);
  expect(UNITS[evaluation.unit[index] ?? -1]).toBe(compared?.unit);
  expect(POLARITIES[evaluation.polarity[index] ?? -1]).toBe(compared?.polarity ?? (full.ok ? full.value.polarity : wanted.polarity));
  expectSameExplanation(evaluation.explain(index), full, reading === null ? "" : "; ");
  expectSameExplanation(evaluation.explainDeviation(index), comparison, "");
}

/** The same outcome, worded the same in both languages (after `joiner`, a remark on how an ambiguous result was read). */
function expectSameExplanation(actual: Explained<IndicatorEvaluation>, wanted: Explained<IndicatorEvaluation>, joiner: string): void {
  if (!wanted.ok) {
    expect(actual).toEqual(wanted);
    return;
  }
  expect(actual.ok).toBe(true);
  if (!actual.ok) return;
  expect(actual.value).toEqual(wanted.value);
  for (const locale of ["it", "en"] as const) {
    if (joiner === "") expect(actual.explain(locale)).toBe(wanted.explain(locale));
    else expect(actual.explain(locale).startsWith(`${wanted.explain(locale)}${joiner}`)).toBe(true);
  }
}

const seed = readPlan(seedWorkbook(loadSeedPlan()));
if (!seed.ok) throw new Error(seed.message);
const seedPlan = seed.plan;

describe("the seed's evaluation", () => {
  it.each(PROFILES)("agrees with evaluateIndicator for every indicator, under %s", (_name, settings) => {
    const evaluation = planEvaluation(seedPlan, settings);
    expect(evaluation.achievement).toHaveLength(seedPlan.indicators.length);
    seedPlan.indicators.forEach((_indicator, index) => expectAgreement(seedPlan, evaluation, index, settings, seedPlan.period));
  });

  it("measures the results against the year's target when asked, as target-gia-raggiunto does", () => {
    const settings = mergeSettings({ achievement: { cap: 1 } });
    const evaluation = planEvaluation(seedPlan, settings, { targetDate: "31/12" });
    expect(evaluation.targetDate).toBe("31/12");
    seedPlan.indicators.forEach((_indicator, index) => expectAgreement(seedPlan, evaluation, index, settings, "31/12"));
  });

  it("reads 2.1 ind.2's ambiguous result as the milestone its target asks for, and says so", () => {
    const index = seedPlan.indicators.findIndex((indicator) => indicator.objectiveCode === "2.1" && indicator.number === "2");
    const evaluation = planEvaluation(seedPlan, mergeSettings());
    expect(STATUSES[evaluation.status[index] ?? -1]).toBe("Raggiunto");
    const explained = evaluation.explain(index);
    expect(explained.ok && explained.explain()).toMatch(/avviat/i);
  });

  it("is made once per plan, dates and options, and shared", () => {
    const first = planEvaluation(seedPlan, mergeSettings());
    expect(planEvaluation(seedPlan, mergeSettings())).toBe(first);
    expect(planEvaluation(seedPlan, mergeSettings({ useBaseline: true }))).not.toBe(first);
    expect(planEvaluation(seedPlan, mergeSettings(), { targetDate: "31/12" })).not.toBe(first);
  });
});

/** Cell contents as clerks write them: figures, bounds, milestones, placeholders, ambiguous and unreadable texts. */
const WRITTEN: Raw[] = [
  "45%", "89,55%", "-2,13%", "-2%", "0", "€ 1.800.000,00", "€ 6.190.000", "2.870 campioni", "6 eventi", "almeno 4 eventi",
  "non oltre 10 giorni", "Almeno una convenzione", "Avvio", "Avviato", "sì", "si", "Nuova attività", "Adozione protocollo", "//", "-", "--",
  "nessuno", "", "2301 iscritti ai 36 eventi / 1361 partecipanti", "Avviato il servizio con 12 agenzie e con 7 nuovi intermediari", "???", "#N/D",
];

const raw: fc.Arbitrary<Raw | undefined> = fc.oneof(
  fc.constantFrom(...WRITTEN),
  fc.constant(undefined),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

interface GeneratedIndicator {
  polarity: Polarity;
  baseline: Raw | undefined;
  target30: Raw | undefined;
  target31: Raw | undefined;
  result30: Raw | undefined;
}

const indicator: fc.Arbitrary<GeneratedIndicator> = fc.record({
  polarity: fc.constantFrom<Polarity>("increasing", "decreasing", "milestone"),
  baseline: raw,
  target30: raw,
  target31: raw,
  result30: raw,
});

function withoutAbsent(spec: GeneratedIndicator, n: number): IndicatorSpec {
  const entries = Object.entries({ ...spec, objective: "1.1", number: String(n + 1) }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as unknown as IndicatorSpec;
}

describe("a generated plan's evaluation", () => {
  it("agrees with evaluateIndicator for every indicator, at the date and against the year's target, under every profile", () => {
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 12 }), fc.constantFrom(...PROFILES), (specs, [, settings]) => {
        const plan = buildPlan({ indicators: specs.map(withoutAbsent), period: "30/6" });
        for (const targetDate of ["30/6", "31/12"]) {
          const evaluation = planEvaluation(plan, settings, { targetDate });
          plan.indicators.forEach((_indicator, index) => expectAgreement(plan, evaluation, index, settings, targetDate));
        }
      }),
      { numRuns: 300 },
    );
  });
});
