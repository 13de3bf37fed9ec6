import { missingResultRule } from "../../../../src/core/rules/results/missingResultRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>, period: "30/6" | "31/12" = "30/6") =>
  runRule(missingResultRule, buildPlan({ period, indicators: [{ objective: "1.1", target30: 32, target31: 70, ...change }] }));

describe("risultato-mancante", () => {
  it.each([
    ["a placeholder", { result30: "//" }, "(è scritto «//»)"],
    ["a blank cell", { result30: "" }, "ma nessun risultato."],
  ])("reports a 30/6 target with %s as result", (_case, change, quoted) => {
    const anomalies = run(change);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 1.1/1 errore"]);
    expect(anomalies[0]?.message).toContain("ha un target al 30/6 (32)");
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("reports a missing result at 31/12", () => {
    expect(run({ result30: 56, result31: "-" }, "31/12").map(placeOf)).toEqual(["Indicatori!N2 1.1/1 errore"]);
  });

  it.each([
    ["a result", { result30: 56 }],
    ["a second-half activity: no 30/6 target, '//' result (the seed's 3.5 ind.2)", { target30: "", result30: "//" }],
    ["'-' for both (the seed's AS ind.3)", { target30: "-", result30: "-" }],
    ["a milestone result saying the activity has not started", { target30: "Avvio", result30: "Non avviato" }],
    ["the 31/12 result of a mid-year report", { result30: 56, result31: "" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
