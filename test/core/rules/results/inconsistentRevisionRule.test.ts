import { inconsistentRevisionRule } from "../../../../src/core/rules/results/inconsistentRevisionRule";
import { buildPlan, type IndicatorSpec, type RevisionSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's 1.2 ind.2 and its revision row, which restates the 30/6 result as 80,00%. */
const adp: IndicatorSpec = { objective: "1.2", number: "2", target30: "50,00%", target31: "90,00%", result30: "85,86%" };
const adpRevision: RevisionSpec = { objective: "1.2", indicator: "Indicatore 2", forecast30: "50,00%", actual30: "80,00%", forecast31: "90,00%", newForecast31: "100,00%" };

const run = (revision: RevisionSpec, indicators: IndicatorSpec[] = [adp]) =>
  runRule(inconsistentRevisionRule, buildPlan({ indicators, revisions: [revision] }));

describe("revisione-incoerente", () => {
  it("reports the seed's 1.2 ind.2: realizzazione 80,00% against a result of 85,86%", () => {
    const anomalies = run(adpRevision);
    expect(anomalies.map(placeOf)).toEqual(["Revisioni!D2 1.2/Indicatore 2 errore"]);
    expect(anomalies[0]?.message).toContain("la realizzazione al 30/6 è 80%, mentre il risultato al 30/6 del piano è 85,86%");
  });

  it("reports the seed's AS 'Nuovo Indicatore 3': a 31/12 forecast of 2 where the plan says 3", () => {
    const bandi: IndicatorSpec = { objective: "AS", number: "3", target30: "-", target31: "3", result30: "-" };
    const anomalies = run({ objective: "AS", indicator: "Nuovo Indicatore 3", forecast30: "//", actual30: "//", forecast31: "2", newForecast31: "2" }, [bandi]);
    expect(anomalies.map(placeOf)).toEqual(["Revisioni!E2 AS/Nuovo Indicatore 3 errore"]);
    expect(anomalies[0]?.message).toContain("la previsione al 31/12 è 2, mentre il target al 31/12 del piano è 3");
    expect(anomalies[0]?.message).toContain("indicatore nuovo");
  });

  it.each([
    ["an unknown objective", { objective: "9.9", indicator: "1" }, "Revisioni!A2 9.9/1 errore", "«9.9», che non esiste"],
    ["an unknown indicator", { objective: "1.2", indicator: "Indicatore 7" }, "Revisioni!A2 1.2/Indicatore 7 errore", "(indicatori del piano: 2)"],
  ])("reports a revision pointing to %s", (_case, revision, place, quoted) => {
    const anomalies = run(revision);
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it.each<[string, RevisionSpec, IndicatorSpec[]]>([
    ["a faithful restatement", { ...adpRevision, actual30: "85,86%" }, [adp]],
    [
      "amounts restated without € (the seed's STRAT ind.3)",
      { objective: "STRAT", indicator: "Indicatore 3", forecast30: "1.800.000,00", actual30: "6.190.000,00", forecast31: "3.200.000,00", newForecast31: "6.490.000,00" },
      [{ objective: "STRAT", number: "3", target30: "€ 1.800.000,00", target31: "€ 3.200.000,00", result30: "€ 6.190.000,00" }],
    ],
    [
      "the realizzazione picking one figure of an ambiguous result (the seed's STRAT ind.4: 1361)",
      { objective: "STRAT", indicator: "Indicatore 4", forecast30: "500", actual30: "1361", forecast31: "800", newForecast31: "1600" },
      [{ objective: "STRAT", number: "4", target30: "500", target31: "800", result30: "2301 iscritti ai 36 eventi\n1361 partecipanti collegati ai 36 eventi" }],
    ],
    ["a plan whose 31/12 target already holds the new forecast", { ...adpRevision, actual30: "85,86%" }, [{ ...adp, target31: "100,00%" }]],
    [
      "restated texts with typos (the seed's 2.1 ind.2)",
      { objective: "2.1", indicator: "2", forecast30: "Avvio del servizio con un'agenzia pilota e realizzazioni e dei corsi" },
      [{ objective: "2.1", number: "2", target30: "Avvio del servizio con un'agenzia pilota e realizzazione dei corsi" }],
    ],
    ["labels on counts (the seed's 2.2 ind.4: 720 posizioni for 720)", { objective: "2.2", indicator: "4", actual30: "720 posizioni" }, [{ objective: "2.2", number: "4", result30: "720" }]],
  ])("stays quiet for %s", (_case, revision, indicators) => {
    expect(run(revision, indicators)).toEqual([]);
  });
});
