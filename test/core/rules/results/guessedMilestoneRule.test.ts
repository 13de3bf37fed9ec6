import { guessedMilestoneRule } from "../../../../src/core/rules/results/guessedMilestoneRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>) =>
  runRule(guessedMilestoneRule, buildPlan({ indicators: [{ objective: "3.1", polarity: "milestone", target30: "Nuovo regolamento", target31: "Nuovo regolamento", ...change }] }));

describe("milestone-dedotta", () => {
  it.each(["in lavorazione", "Bozza pronta", "Problemi con il fornitore"])(
    "warns that %j is read as reached only because it names an outcome",
    (result) => {
      const anomalies = run({ result30: result });
      expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 3.1/1 avviso"]);
      expect(anomalies[0]?.message).toContain(`«${result}», è letto come milestone realizzata (100%) solo perché descrive un esito`);
      expect(anomalies[0]?.message).toContain("non riprende il target «Nuovo regolamento»");
    },
  );

  it.each([
    ["a result that restates the target (the seed's 3.1 ind.1)", { target30: "Adozione protocollo aziendale", result30: "Adozione protocollo" }],
    ["a result that shares the target's word stem", { target30: "Attivazione del servizio", result30: "Servizio attivo" }],
    ["«sì»", { result30: "sì" }],
    ["«Avviato»", { result30: "Avviato" }],
    ["«Non avviato»", { result30: "Non avviato" }],
    ["an act stated as done", { result30: "Approvato dalla Giunta" }],
    ["a numeric target (unita-incoerenti's)", { target30: 100, result30: "in lavorazione" }],
    ["a result not yet written", { result30: "//" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
