import { unmeasurableTargetRule } from "../../../../src/core/rules/targets/unmeasurableTargetRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>) =>
  runRule(unmeasurableTargetRule, buildPlan({ indicators: [{ objective: "3.1", target30: "Adozione protocollo aziendale", target31: "sì", ...change }] }));

describe("target-non-misurabile", () => {
  it("reports a conditional target (the seed's 3.1 ind.1 at 31/12, 'Eventuale aggiornamento') as avviso", () => {
    const anomalies = run({ target31: "Eventuale aggiornamento" });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 3.1/1 avviso"]);
    expect(anomalies[0]?.message).toContain("«Eventuale aggiornamento», è condizionato");
  });

  it("reports an ongoing activity with no outcome as info", () => {
    const anomalies = run({ target30: "Monitoraggio delle attività a rischio" });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!I2 3.1/1 info"]);
    expect(anomalies[0]?.message).toContain("attività continuativa");
  });

  it.each([
    ["an act to adopt", { target30: "Adozione protocollo aziendale", target31: "Nuovo regolamento" }],
    ["a start and a completion", { target30: "Inizio processo di attivazione", target31: "attivazione" }],
    ["an activity with a quantity (the seed's 3.6 ind.1)", { target31: "Monitoraggio del 100% delle attività ad alto rischio corruzione" }],
    ["a bound", { target31: "Almeno una convenzione per il supporto alle aggregazioni" }],
    ["placeholders", { target30: "-----", target31: "-" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
