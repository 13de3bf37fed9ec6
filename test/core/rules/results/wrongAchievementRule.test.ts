import fc from "fast-check";
import { formatItalianPercent } from "../../../../src/core/wording/formatNumbers";
import { wrongAchievementRule } from "../../../../src/core/rules/results/wrongAchievementRule";
import { renderMessage } from "../../../../src/core/wording/renderMessage";
import "../../../../src/core/wording/english";
import { buildPlan, formatted, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (spec: IndicatorSpec, settings = {}) => runRule(wrongAchievementRule, buildPlan({ indicators: [spec] }), settings);

describe("raggiungimento-errato", () => {
  it("reports a declared achievement that no usual way gives, with both figures and the computation", () => {
    const anomalies = run({ objective: "1.1", target30: 80, result30: 60, achievement: "90%" });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!Q2 1.1/1 avviso"]);
    expect(anomalies[0]?.message).toBe("Il raggiungimento dichiarato al 30/6 dell'indicatore 1 dell'obiettivo 1.1 è 90%, quello calcolato da risultato e target è 75%.");
    expect(anomalies[0]?.detail).toContain("raggiungimento 1 + (60 - 80) / 80 = 75%");
    expect(anomalies[0]?.suggestion).toContain("Correggere il raggiungimento in 75%");
  });

  it("says it in English too", () => {
    const [anomaly] = run({ objective: "1.1", target30: 80, result30: 60, achievement: "90%" });
    if (anomaly === undefined) throw new Error("no anomaly");
    expect(renderMessage(anomaly, "en").message).toBe("The declared achievement at 30/6 of indicator 1 of objective 1.1 is 90%, the one computed from result and target is 75%.");
  });

  it.each<[string, IndicatorSpec]>([
    ["the same figure", { objective: "1.1", target30: 80, result30: 60, achievement: "75%" }],
    ["the figure rounded to whole points (97% for 97,09%)", { objective: "1.1", target30: "103%", result30: "100%", achievement: "97%" }],
    ["two decimals, as the Salerno report writes them (97,09%)", { objective: "1.1", target30: "103%", result30: "100%", achievement: "97,09%" }],
    ["a fraction written as a plain number (0,75)", { objective: "1.1", target30: 80, result30: 60, achievement: 0.75 }],
    ["points written as a plain number (75)", { objective: "1.1", target30: 80, result30: 60, achievement: 75 }],
    ["a percent-formatted number, as Excel stores it", { objective: "1.1", target30: 80, result30: 60, achievement: formatted(0.75, "0,00%") }],
    ["the figure not capped (125% for 100 against 80)", { objective: "1.1", target30: 80, result30: 100, achievement: "125%" }],
    ["a decreasing indicator's ratio (80%: target 40 over result 50) where the profile is linear (75%)", { objective: "1.1", polarity: "decreasing", target30: 40, result30: 50, achievement: "80%" }],
    ["a milestone reached", { objective: "2.1", polarity: "milestone", target30: "Avvio del servizio", result30: "Avviato", achievement: "100%" }],
  ])("agrees with %s", (_case, spec) => {
    expect(run(spec)).toEqual([]);
  });

  it.each<[string, IndicatorSpec]>([
    ["a blank achievement", { objective: "1.1", target30: 80, result30: 60 }],
    ["a placeholder", { objective: "1.1", target30: 80, result30: 60, achievement: "-" }],
    ["a text", { objective: "1.1", target30: 80, result30: 60, achievement: "Raggiunto" }],
    ["an indicator with no result yet", { objective: "1.1", target30: 80, result30: "//", achievement: "0%" }],
  ])("does not judge %s", (_case, spec) => {
    expect(run(spec)).toEqual([]);
  });

  it("agrees with the scoring profile's cap: 120% for 100 against 80 under a cap of 120%, but not 110%", () => {
    expect(run({ objective: "1.1", target30: 80, result30: 100, achievement: "120%" }, { achievement: { cap: 1.2 } })).toEqual([]);
    expect(run({ objective: "1.1", target30: 80, result30: 100, achievement: "110%" }, { achievement: { cap: 1.2 } }).map(placeOf)).toEqual(["Indicatori!Q2 1.1/1 avviso"]);
  });

  it("never reports the achievement the computation gives, written with two decimals, for any result and target", () => {
    const amount = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("increasing" as const, "decreasing" as const), (result, target, polarity) => {
        const computed = polarity === "increasing" ? Math.min(1, Math.max(0, 1 + (result - target) / target)) : Math.min(1, Math.max(0, 1 + (target - result) / target));
        expect(run({ objective: "1.1", polarity, target30: target, result30: result, achievement: formatItalianPercent(computed, 2) })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("raggiungimento-errato, with results at two dates", () => {
  it("agrees with the achievement at the other date: one undated column may be the 30/6 one (the template's PERF.RAGGIUNGIMENTO)", () => {
    const plan = buildPlan({ period: "31/12", indicators: [{ objective: "1.1", target30: 80, result30: 60, target31: 100, result31: 90, achievement: "75%" }] });
    expect(runRule(wrongAchievementRule, plan)).toEqual([]);
  });

  it("still reports a figure no date gives", () => {
    const plan = buildPlan({ period: "31/12", indicators: [{ objective: "1.1", target30: 80, result30: 60, target31: 100, result31: 90, achievement: "50%" }] });
    expect(runRule(wrongAchievementRule, plan).map(placeOf)).toEqual(["Indicatori!Q2 1.1/1 avviso"]);
  });
});
