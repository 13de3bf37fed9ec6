import { inconsistentUnitsRule } from "../../../../src/core/rules/targets/inconsistentUnitsRule";
import { buildPlan, formatted, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (change: Partial<IndicatorSpec>) =>
  runRule(inconsistentUnitsRule, buildPlan({ indicators: [{ objective: "1.2", baseline: "-", target30: "45,00%", target31: "80,00%", result30: "50,37%", ...change }] }));

describe("unita-incoerenti", () => {
  it.each([
    ["a result as a number against a percentage target", { result30: 50.37 }, "Indicatori!L2 1.2/1 errore", "il risultato al 30/6 è 50,37 (numero) e il target al 30/6 45% (percentuale)"],
    ["a baseline as a number against a percentage target", { baseline: 40 }, "Indicatori!G2 1.2/1 errore", "la baseline è 40 (numero) e il target al 31/12 80% (percentuale)"],
    ["an amount without € against one with it", { target30: "€ 1.800.000,00", target31: "€ 3.200.000,00", result30: "6.190.000" }, "Indicatori!L2 1.2/1 errore", "manca il simbolo «€»"],
    ["a result against the 31/12 target when the 30/6 one is a placeholder", { target30: "-", result30: 3 }, "Indicatori!L2 1.2/1 errore", "il target al 31/12 80%"],
  ])("reports %s", (_case, change, place, quoted) => {
    const anomalies = run(change);
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it.each([
    ["a milestone result («sì») against a percentage target", { result30: "sì" }, "Il risultato 'sì' è una milestone, il target '45,00%' è una percentuale"],
    ["a ticked box (TRUE) against a percentage target", { result30: true }, "Il risultato 'VERO' è una milestone"],
    ["a number against a milestone target", { target30: "Avvio del servizio", result30: 3 }, "il target 'Avvio del servizio' è una milestone"],
    ["a bound written as the result", { result30: "almeno 50%" }, "è un limite, non un valore raggiunto"],
  ])("reports %s: the indicator would drop out of the scores", (_case, change, quoted) => {
    const anomalies = run(change);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 1.2/1 errore"]);
    expect(anomalies[0]?.message).toContain("Al 30/6 l'indicatore 1 dell'obiettivo 1.2 non è valutabile.");
    expect(anomalies[0]?.message).toContain(quoted);
    expect(anomalies[0]?.suggestion).toContain("nella forma del target");
  });

  it.each([
    ["percentages throughout", {}],
    ["a percent-formatted number", { result30: formatted(0.5037, "0,00%") }],
    ["counts with different labels (the seed's 2.2 ind.3: campioni, istanze)", { baseline: "almeno 8.500 istanze", target30: "almeno 2.500 istanze", target31: "almeno 8.000 istanze", result30: "2.870 campioni" }],
    ["a milestone result", { target30: "Avvio", result30: "Avviato" }],
    ["a milestone result when the period has no target of its own", { target30: "-", target31: "Avvio", result30: "Avviato" }],
    ["a result not yet available", { result30: "//" }],
    ["a count against a target of none («nessun reclamo»: 0 reclami)", { target30: "nessun reclamo", target31: "nessun reclamo", result30: "2 reclami" }],
    ["a result of none («nessun reclamo») against a bound", { target30: "non oltre 5 reclami", target31: "non oltre 5 reclami", result30: "nessun reclamo" }],
    ["the seed's ambiguous result against a milestone target (read as the milestone)", { target30: "Avvio del servizio con un'agenzia pilota", result30: "Avviato il servizio con 12 delle agenzie e con 7 nuovi intermediari" }],
  ])("stays quiet for %s", (_case, change) => {
    expect(run(change)).toEqual([]);
  });
});
