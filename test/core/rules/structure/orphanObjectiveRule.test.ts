import { orphanObjectiveRule } from "../../../../src/core/rules/structure/orphanObjectiveRule";
import { buildPlan, type ObjectiveSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const STRAT: ObjectiveSpec = { code: "STRAT", kind: "strategic", ownShare: "50%" };
const run = (...objectives: ObjectiveSpec[]) =>
  runRule(orphanObjectiveRule, buildPlan({ objectives: [STRAT, ...objectives], indicators: [{ objective: "STRAT" }, { objective: "1.1" }, { objective: "1.2" }] }));

describe("obiettivo-orfano", () => {
  it.each([
    ["a strategic objective that does not exist", "STRAT-X", "all'obiettivo strategico «STRAT-X», che non esiste nel piano", "Indicare uno degli obiettivi strategici del piano («STRAT»)"],
    ["a code that differs only in punctuation", "S.T.R.A.T", "che non esiste nel piano", "Forse il codice è «STRAT»"],
    ["another operational objective", "1.2", "a «1.2», che è un obiettivo operativo, non strategico", "«STRAT»"],
    ["itself", "1.1", "a «1.1», che è l'obiettivo stesso, non strategico", "«STRAT»"],
  ])("reports an operational objective pointing to %s", (_case, parentCode, quoted, suggestion) => {
    const anomalies = run({ code: "1.1", parentCode }, { code: "1.2" });
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!A3 1.1 errore"]);
    expect(anomalies[0]?.message).toContain(quoted);
    expect(anomalies[0]?.message).toContain("il suo punteggio non contribuisce ad alcun obiettivo strategico");
    expect(anomalies[0]?.suggestion).toContain(suggestion);
  });

  it.each([
    ["its strategic objective, in another case and spacing", { code: "1.1", parentCode: " strat " }],
    ["no strategic objective at all (the column left blank)", { code: "1.1" }],
    ["a blank reference", { code: "1.1", parentCode: "  " }],
  ])("stays quiet for an objective naming %s", (_case, objective) => {
    expect(run(objective, { code: "1.2", parentCode: "STRAT" })).toEqual([]);
  });

  it("suggests adding the strategic objective when the plan has none", () => {
    const plan = buildPlan({ objectives: [{ code: "1.1", parentCode: "STRAT" }], indicators: [{ objective: "1.1" }] });
    expect(runRule(orphanObjectiveRule, plan)[0]?.suggestion).toContain("Aggiungere l'obiettivo strategico");
  });
});
