/**
 * Scores under a scoring profile: bands, «tutti-raggiunti», the strategic objective's own share,
 * and one verdict per figure (the Riepilogo's status and scostamento-critico read the same
 * thresholds: the seed's 2.2 ind.2 at 6,06% is «Non raggiunto» and critical, never «Parzialmente»).
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { defaultValidationSettings, type ValidationSettings } from "../../../src/core/settings";
import { resolveSettings } from "../../../src/core/readSettings";
import { RULE_IDS } from "../../../src/core/rules/ruleCatalogue";
import { buildPlan } from "../rules/planBuilder";
import { loadSeedPlan, seedWorkbook } from "../plan/seedPlanGrids";

function settingsOf(keys: Record<string, unknown>): ValidationSettings {
  const resolved = resolveSettings(keys, RULE_IDS);
  expect(resolved.errors).toEqual([]);
  return resolved.settings;
}

const twoIndicators = buildPlan({
  indicators: [
    { objective: "1.1", weight: "50%", target30: 100, result30: 100 },
    { objective: "1.1", weight: "50%", target30: 100, result30: 70 },
  ],
});

describe("scores under a scoring profile", () => {
  it.each([
    ["the default: the weighted mean of the achievements", {}, 0.85],
    ["bands 60% → proporzionale; 95% → 100%: 100% and 70%", { fasce: "60% → proporzionale; 95% → 100%" }, 0.85],
    ["bands from 80%: 70% scores 0", { fasce: "80% → proporzionale" }, 0.5],
    ["the Ecocerved preset: met or not met", { preset: "ecocerved-2023" }, 0.5],
    ["tutti-raggiunti, not all met: the weighted mean", { aggregazione: "tutti-raggiunti" }, 0.85],
    ["«raggiunto» from 70% and tutti-raggiunti: all met, 100%", { aggregazione: "tutti-raggiunti", stati: { raggiunto: "70%", parziale: "50%" } }, 1],
  ])("scores an objective with %s", (_label, keys, expected) => {
    const [objective] = scorePlan(twoIndicators, settingsOf(keys)).objectives;
    expect(objective?.score).toBeCloseTo(expected, 12);
  });

  it("explains a banded score beside the achievement", () => {
    const scores = scorePlan(twoIndicators, settingsOf({ fasce: "80% → proporzionale" }));
    expect(scores.indicators[1]?.score).toBe(0);
    expect(scores.indicators[1]?.explanation).toContain("punteggio per fasce: 70% è sotto la prima fascia (da 80%): punteggio 0%");
  });

  it("says why «tutti-raggiunti» gave 100% or the mean", () => {
    const all = scorePlan(twoIndicators, settingsOf({ aggregazione: "tutti-raggiunti", stati: { raggiunto: "70%" } })).objectives[0];
    expect(all?.explanation).toContain("tutti gli indicatori raggiunti: 100%");
    const mean = scorePlan(twoIndicators, settingsOf({ aggregazione: "tutti-raggiunti" })).objectives[0];
    expect(mean?.explanation).toContain("non tutti gli indicatori raggiunti");
  });

  it("takes the strategic objective's own share from the profile when the plan writes none", () => {
    const plan = buildPlan({
      objectives: [{ code: "S", kind: "strategic" }, { code: "1.1", parentCode: "S" }],
      indicators: [
        { objective: "S", weight: "15%", target30: 10, result30: 10 },
        { objective: "S", weight: "25%", target30: 10, result30: 10 },
        { objective: "1.1", weight: "100%", target30: 10, result30: 5 },
      ],
    });
    const strat = scorePlan(plan, settingsOf({ quotaIndicatoriPropri: "30%" })).objectives[0];
    expect(strat?.strategic?.ownShareSource).toBe("profilo");
    expect(strat?.score).toBeCloseTo(0.3 * 1 + 0.7 * 0.5, 12);
    expect(strat?.explanation).toContain("quota degli indicatori propri fissata dalle regole di valutazione a 30%");
  });

  it("measures achievements with the profile's method: rapporto for decreasing indicators", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", polarity: "decreasing", target30: 10, result30: 15 }] });
    expect(scorePlan(plan).indicators[0]?.achievement).toBeCloseTo(0.5, 12);
    expect(scorePlan(plan, settingsOf({ metodoDecrescente: "rapporto" })).indicators[0]?.achievement).toBeCloseTo(10 / 15, 12);
  });
  it("credits a milestone started where the target asks it done with the profile's «milestoneParziale»", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", target30: "Adozione del regolamento", result30: "Avviato" }] });
    expect(scorePlan(plan).indicators[0]?.achievement).toBe(0);
    const partial = scorePlan(plan, settingsOf({ milestoneParziale: "50%" })).indicators[0];
    expect(partial?.achievement).toBe(0.5);
    expect(partial?.status).toBe("Parzialmente raggiunto");
  });
});

describe("one figure, one verdict", () => {
  const read = readPlan(seedWorkbook(loadSeedPlan()));
  if (!read.ok) throw new Error(read.message);
  const { plan } = read;

  it.each([
    ["the default thresholds", defaultValidationSettings],
    ["«parziale» from 5%", settingsOf({ stati: { parziale: "5%" } })],
    ["«parziale» from 80%, «raggiunto» from 95%", settingsOf({ stati: { raggiunto: "95%", parziale: "80%" } })],
  ])("the seed's indicators are critical exactly when the Riepilogo calls them «Non raggiunto», under %s", (_label, settings) => {
    const scores = scorePlan(plan, settings);
    const critical = new Set(validatePlan(plan, settings).filter((a) => a.rule === "scostamento-critico").map((a) => `${a.objective}/${a.indicator}`));
    const notReached = scores.indicators.filter((i) => i.status === "Non raggiunto").map((i) => `${i.objective}/${i.indicator}`);
    expect(new Set(notReached)).toEqual(critical);
  });

  it("calls the seed's 2.2 ind.2 (606 against at least 10.000, 6,06%) «Non raggiunto» under the defaults, as the pane's critical anomaly does", () => {
    const indicator = scorePlan(plan).indicators.find((i) => i.objective === "2.2" && i.indicator === "2");
    expect(indicator?.achievement).toBeCloseTo(0.0606, 12);
    expect(indicator?.status).toBe("Non raggiunto");
  });
});
