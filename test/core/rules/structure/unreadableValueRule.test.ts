import { unreadableValueRule } from "../../../../src/core/rules/structure/unreadableValueRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const base: IndicatorSpec = { objective: "1.1", target30: 32, target31: 70, weight: "100%", result30: 56, declared30: 24 };

describe("valore-illeggibile", () => {
  it.each([
    ["an Excel error in the result", { result30: "#N/D" }, "Indicatori!L2 1.1/1 errore", "errore di Excel (#N/D)"],
    ["noise in the weight", { weight: "???" }, "Indicatori!K2 1.1/1 errore", "«???»"],
    ["an Excel error in the declared deviation", { declared30: "#VALUE!" }, "Indicatori!M2 1.1/1 errore", "#VALUE!"],
    ["noise in the baseline, as avviso", { baseline: "xyz" }, "Indicatori!G2 1.1/1 avviso", "La baseline"],
  ])("reports %s", (_case, change, place, quoted) => {
    const anomalies = runRule(unreadableValueRule, buildPlan({ indicators: [{ ...base, ...change }] }));
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("reports an Excel error in a weight of the Pesi table", () => {
    const plan = buildPlan({ indicators: [base], weights: [{ manager: "Rossi", objective: "1.1", weights: ["100%", "#REF!"] }] });
    expect(runRule(unreadableValueRule, plan).map(placeOf)).toEqual(["Pesi!D2 1.1 errore"]);
  });

  it.each([
    ["descriptive targets (milestones)", { target30: "Adozione protocollo aziendale", target31: "Eventuale aggiornamento", result30: "Adozione protocollo", declared30: "--" }],
    ["placeholders", { result30: "//", declared30: "-", baseline: "Nuova attività" }],
    ["noise in the 31/12 result of a mid-year report", { result31: "???" }],
    ["noise in the declared deviation of a milestone", { target30: "Avvio", result30: "Avviato", declared30: "???" }],
  ])("stays quiet on %s", (_case, change) => {
    expect(runRule(unreadableValueRule, buildPlan({ indicators: [{ ...base, ...change }] }))).toEqual([]);
  });
});
