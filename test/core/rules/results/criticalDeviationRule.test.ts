import { criticalDeviationRule } from "../../../../src/core/rules/results/criticalDeviationRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's 2.2 ind.2: 606 positions resolved against at least 10.000 at 30/6. */
const positions: IndicatorSpec = {
  objective: "2.2",
  number: "2",
  baseline: "risoluzione di almeno 3.000 posizioni",
  target30: "risoluzione di almeno 10.000 posizioni che presentano dati incongruenti",
  target31: "risoluzione di almeno 12.000 posizioni",
  result30: "606",
};

describe("scostamento-critico", () => {
  it("reports the seed's 2.2 ind.2 at 6,06% of its 30/6 target", () => {
    const anomalies = runRule(criticalDeviationRule, buildPlan({ indicators: [positions] }));
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 2.2/2 avviso"]);
    expect(anomalies[0]?.message).toContain("raggiunto al 6,06% (risultato 606, target almeno 10.000), sotto la soglia critica del 50%");
  });

  it("reports a milestone not started against a start", () => {
    const plan = buildPlan({ indicators: [{ objective: "3.2", target30: "Avvio del processo", result30: "Non avviato" }] });
    expect(runRule(criticalDeviationRule, plan).map(placeOf)).toEqual(["Indicatori!L2 3.2/1 avviso"]);
  });

  it("reads the threshold from the settings", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", target30: 32, result30: 20 }] });
    expect(runRule(criticalDeviationRule, plan)).toEqual([]);
    expect(runRule(criticalDeviationRule, plan, { criticalAchievement: 0.7 }).map(placeOf)).toEqual(["Indicatori!L2 1.1/1 avviso"]);
  });

  it("uses the baseline only when asked to", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", baseline: 40, target30: 100, result30: 60 }] });
    expect(runRule(criticalDeviationRule, plan)).toEqual([]);
    expect(runRule(criticalDeviationRule, plan, { useBaseline: true })[0]?.message).toContain("raggiunto al 33,33%");
  });

  it.each<[string, IndicatorSpec]>([
    ["a result above target (the seed's 1.1 ind.1: 56 against 32)", { objective: "1.1", target30: 32, result30: 56 }],
    ["the seed's 2.2 ind.1, decrescente, -2,13% against -2%", { objective: "2.2", polarity: "decreasing", target30: "-2,00%", result30: "-2,13%" }],
    ["a placeholder result", { objective: "3.5", target30: "", result30: "//" }],
    ["an ambiguous result", { objective: "STRAT", target30: 500, result30: "2301 iscritti e 1361 partecipanti" }],
  ])("stays quiet for %s", (_case, spec) => {
    expect(runRule(criticalDeviationRule, buildPlan({ indicators: [spec] }))).toEqual([]);
  });
});
