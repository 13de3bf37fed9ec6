import { wrongDeviationRule } from "../../../../src/core/rules/results/wrongDeviationRule";
import { defaultValidationSettings } from "../../../../src/core/settings";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (spec: IndicatorSpec, settings = {}) => runRule(wrongDeviationRule, buildPlan({ indicators: [spec] }), settings);

describe("scostamento-errato", () => {
  it("reports a declared deviation that differs from the computed one, showing both and the computation", () => {
    const anomalies = run({ objective: "1.1", target30: 32, result30: 56, declared30: 25 });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!M2 1.1/1 errore"]);
    expect(anomalies[0]?.message).toContain("è 25, quello calcolato è +24 (convenzione positivo = meglio).");
    expect(anomalies[0]?.detail).toContain("Scostamento 56 - 32 = +24");
    expect(anomalies[0]?.suggestion).toBe("Correggere lo scostamento in +24.");
  });

  it("reads a decrescente deviation written as result - target as the DFP convention (realizzato - atteso): info, not an error", () => {
    const anomalies = run({ objective: "2.2", polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "-0,13%" });
    expect(anomalies.map((a) => a.severity)).toEqual(["info"]);
    expect(anomalies[0]?.message).toContain("(-0,13%) è scritto come realizzato - atteso");
    expect(anomalies[0]?.message).toContain("lo scostamento calcolato qui (positivo = meglio) è +0,13%");
  });

  it("still reports a decrescente deviation that is neither convention", () => {
    const anomalies = run({ objective: "2.2", polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "-0,50%" });
    expect(anomalies.map((a) => a.severity)).toEqual(["errore"]);
    expect(anomalies[0]?.message).toContain("è -0,5%, quello calcolato è +0,13%");
  });

  it("reports a deviation left out when result and target differ, as avviso", () => {
    const anomalies = run({ objective: "1.3", target30: "100,00%", result30: "90%", declared30: "-" });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!M2 1.3/1 avviso"]);
    expect(anomalies[0]?.message).toContain("lo scostamento calcolato è -10%");
  });

  it("reports an ambiguous result when none of its figures gives the declared deviation", () => {
    const anomalies = run({ objective: "STRAT", target30: 500, result30: "2301 iscritti e 1361 partecipanti", declared30: 900 });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!M2 STRAT/1 errore"]);
    expect(anomalies[0]?.detail).toContain("2.301 dà +1.801; 1.361 dà +861");
  });

  it("uses the tolerance setting", () => {
    const spec: IndicatorSpec = { objective: "1.1", target30: 100, result30: 150, declared30: 49 };
    expect(run(spec)).toHaveLength(1);
    expect(run(spec, { deviationTolerance: 0.02 })).toEqual([]);
  });

  it.each<[string, IndicatorSpec]>([
    ["the seed's STRAT ind.1: +1,55% for 89,55% against 88%", { objective: "STRAT", target30: "88,00%", result30: "89,55%", declared30: "+1,55%" }],
    ["the seed's STRAT ind.2: '--' for 100% against 100%", { objective: "STRAT", target30: "100,00%", result30: "100%", declared30: "--" }],
    ["the seed's STRAT ind.3: € 4.390.000,00", { objective: "STRAT", target30: "€ 1.800.000,00", result30: "€ 6.190.000,00", declared30: "€ 4.390.000,00" }],
    ["the seed's STRAT ind.4: 861, one reading of the ambiguous result", { objective: "STRAT", target30: "500", result30: "2301 iscritti ai 36 eventi a distanza\n1361 partecipanti collegati ai 36 eventi a distanza", declared30: "861" }],
    ["the seed's 2.1 ind.3: 2 for '6 eventi' against 'almeno 4 eventi'", { objective: "2.1", target30: "Realizzazione di almeno 4 eventi", result30: "6 eventi", declared30: "2" }],
    ["the seed's 2.2 ind.1, decrescente: 0,13% for -2,13% against -2%", { objective: "2.2", polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "0,13%" }],
    ["the seed's 2.2 ind.2: -9394 for 606 against at least 10.000", { objective: "2.2", target30: "risoluzione di almeno 10.000 posizioni", result30: "606", declared30: "-9394" }],
    ["percentage points written without %", { objective: "1.2", target30: "45,00%", result30: "50,37%", declared30: "5,37" }],
    ["a relative deviation written as a percentage of the target", { objective: "2.2", target30: 2500, result30: 2870, declared30: "+14,8%" }],
    ["a milestone with a descriptive deviation (the seed's 2.1 ind.2)", { objective: "2.1", target30: "Avvio del servizio", result30: "Avviato il servizio con 12 agenzie e 7 intermediari", declared30: "+11 agenzie +7 intermediari" }],
    ["no declared deviation column", { objective: "1.1", target30: 32, result30: 56 }],
  ])("stays quiet for %s", (_case, spec) => {
    expect(run(spec)).toEqual([]);
  });
});

describe("scostamento-errato under the scoring profile's deviation convention", () => {
  const resultMinusTarget = { profile: { ...defaultValidationSettings.profile, deviationConvention: "resultMinusTarget" as const } };
  const runPlan = (specs: IndicatorSpec[], settings = {}) => runRule(wrongDeviationRule, buildPlan({ indicators: specs }), settings);
  const dfp = (objective: string, number: string): IndicatorSpec => ({ objective, number, polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "-0,13%" });
  const positive = (objective: string, number: string): IndicatorSpec => ({ objective, number, polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "0,13%" });

  it.each([
    ["realizzato − atteso, in a plan with that convention", dfp("2.2", "1"), resultMinusTarget, []],
    ["positivo = meglio, in a plan with that convention (the default)", positive("2.2", "1"), {}, []],
    ["positivo = meglio, in a plan that uses realizzato − atteso: an info", positive("2.2", "1"), resultMinusTarget, ["Indicatori!M2 2.2/1 info"]],
  ])("accepts or flags a decrescente deviation written %s", (_label, spec, settings, expected) => {
    expect(runPlan([spec], settings).map(placeOf)).toEqual(expected);
  });

  it("says which convention it used when the figure is wrong in both", () => {
    const [anomaly] = runPlan([{ objective: "2.2", polarity: "decreasing", target30: "-2,00%", result30: "-2,13%", declared30: "-0,50%" }], resultMinusTarget);
    expect(anomaly?.message).toContain("quello calcolato è -0,13% (convenzione realizzato - atteso)");
  });

  it("reports a plan that consistently uses the other convention once, not once per row", () => {
    const anomalies = runPlan([dfp("2.2", "1"), dfp("2.2", "2"), dfp("2.3", "1")]);
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]?.severity).toBe("info");
    expect(anomalies[0]?.indicator).toBeUndefined();
    expect(anomalies[0]?.message).toContain("In tutti i 3 indicatori decrescenti con uno scostamento dichiarato (2.2 ind. 1, 2.2 ind. 2, 2.3 ind. 1)");
    expect(anomalies[0]?.suggestion).toContain("«convenzioneScostamento»: «realizzato-meno-atteso»");
  });

  it("keeps one info per row when the plan mixes the two conventions", () => {
    const anomalies = runPlan([dfp("2.2", "1"), dfp("2.2", "2"), positive("2.3", "1")]);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!M2 2.2/1 info", "Indicatori!M3 2.2/2 info"]);
  });
});
