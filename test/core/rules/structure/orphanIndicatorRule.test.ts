import { orphanIndicatorRule } from "../../../../src/core/rules/structure/orphanIndicatorRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";
import { renderMessage } from "../../../../src/core/wording/renderMessage";

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

  it("says that an indicator written without an objective names none, in Italian and English", () => {
    const plan = buildPlan({ objectives: [{ code: "1.2" }], indicators: [{ objective: "1.2" }, { objective: "", name: "pratiche evase" }] });
    const [italian] = runRule(orphanIndicatorRule, plan);
    expect(italian?.message).toBe("L'indicatore 1 («pratiche evase») non indica a quale obiettivo appartiene.");
    expect(italian?.suggestion).toContain("Scrivere il codice dell'obiettivo nella riga dell'indicatore");
    const english = italian && renderMessage(italian, "en");
    expect(english && english.message).toBe("Indicator 1 (“pratiche evase”) does not say which objective it belongs to.");
  });

  it("stays quiet when codes differ only in case and spacing", () => {
    const plan = buildPlan({ objectives: [{ code: "STRAT" }], indicators: [{ objective: " strat" }] });
    expect(runRule(orphanIndicatorRule, plan)).toEqual([]);
  });
});
