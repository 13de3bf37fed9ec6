import { orphanIndicatorRule } from "../../../../src/core/rules/structure/orphanIndicatorRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

describe("indicatore-orfano", () => {
  it.each([
    ["1,2", "Forse il codice è «1.2»"],
    ["9.9", "aggiungere l'obiettivo"],
  ])("reports an indicator pointing to the unknown objective %s", (code, suggestion) => {
    const plan = buildPlan({ objectives: [{ code: "1.2" }], indicators: [{ objective: "1.2" }, { objective: code, name: "numero eventi" }] });
    const anomalies = runRule(orphanIndicatorRule, plan);
    expect(anomalies.map(placeOf)).toEqual([`Indicatori!C3 ${code}/1 errore`]);
    expect(anomalies[0]?.message).toContain(`«${code}»`);
    expect(anomalies[0]?.suggestion).toContain(suggestion);
  });

  it("stays quiet when codes differ only in case and spacing", () => {
    const plan = buildPlan({ objectives: [{ code: "STRAT" }], indicators: [{ objective: " strat" }] });
    expect(runRule(orphanIndicatorRule, plan)).toEqual([]);
  });
});
