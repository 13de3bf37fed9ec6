import { missingTargetRule } from "../../../../src/core/rules/targets/missingTargetRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>, period: "30/6" | "31/12" = "30/6") =>
  runRule(missingTargetRule, buildPlan({ period, indicators: [{ objective: "1.1", target30: 32, target31: 70, ...change }] }));

describe("target-mancante", () => {
  it.each([
    ["a placeholder", "-", "è scritto «-»"],
    ["a blank cell", "", "non ha un target al 31/12:"],
  ])("reports a 31/12 target that is %s", (_case, target31, quoted) => {
    const anomalies = run({ target31 });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!J2 1.1/1 errore"]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("reports it at 31/12 too", () => {
    expect(run({ target31: "//" }, "31/12").map(placeOf)).toEqual(["Indicatori!J2 1.1/1 errore"]);
  });

  it.each([
    ["a placeholder 30/6 target of an annual indicator (the seed's 3.6, '-----')", { target30: "-----", target31: "Aggiornamento almeno del 95% dei dati" }],
    ["a blank 30/6 target of a second-half activity (the seed's 3.1 ind.2)", { target30: "", target31: "Nuovo regolamento", result30: "Attività da realizzare nel 2 semestre" }],
    ["a milestone year-end target", { target31: "sì" }],
    ["a missing target column (left to struttura-colonne)", { target31: undefined }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
