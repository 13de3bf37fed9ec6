import { ambiguousValueRule } from "../../../../src/core/rules/structure/ambiguousValueRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's STRAT ind.4, as written. */
const participants: IndicatorSpec = {
  objective: "STRAT",
  number: "4",
  baseline: "//",
  target30: "500",
  target31: "800",
  weight: "5,00%",
  result30: "2301 iscritti ai 36 eventi a distanza\n1361 partecipanti collegati ai 36 eventi a distanza",
  declared30: "861",
};

describe("valore-ambiguo", () => {
  it("reports the seed's STRAT ind.4 result, quoting every figure, and names 1.361 from the declared deviation and the revision", () => {
    const plan = buildPlan({
      objectives: [{ code: "STRAT", kind: "strategic" }],
      indicators: [participants],
      revisions: [{ objective: "STRAT", indicator: "Indicatore 4", forecast30: "500", actual30: "1361", forecast31: "800", newForecast31: "1600" }],
    });
    const [anomaly, ...rest] = runRule(ambiguousValueRule, plan);
    expect(rest).toEqual([]);
    expect(anomaly && placeOf(anomaly)).toBe("Indicatori!L2 STRAT/4 errore");
    expect(anomaly?.message).toContain("2.301 iscritti");
    expect(anomaly?.message).toContain("1.361 partecipanti");
    expect(anomaly?.detail).toContain("Lo scostamento dichiarato 861 si ottiene da 1.361 - 500");
    expect(anomaly?.detail).toContain("la tabella delle revisioni riporta 1.361");
    expect(anomaly?.suggestion).toContain("Scrivere solo 1.361 nel risultato");
  });

  it("gives no reading when the evidence points nowhere", () => {
    const plan = buildPlan({ indicators: [{ ...participants, declared30: "100" }] });
    const [anomaly] = runRule(ambiguousValueRule, plan);
    expect(anomaly?.suggestion).toBe("Scrivere nella cella un solo valore, quello che l'indicatore misura, e spostare il resto nelle note.");
  });

  it("reports a result with numbers against a milestone target as info, read as the milestone", () => {
    const plan = buildPlan({
      indicators: [
        {
          objective: "2.1",
          number: "2",
          target30: "Avvio del servizio con un'agenzia pilota a titolo sperimentale e realizzazione dei corsi di formazione",
          target31: "Avvio a regime del servizio",
          result30: "Avviato il servizio con 12 delle agenzie già convenzionate e con 7 nuovi intermediari",
          declared30: "+11 agenzie avviate tra le già convenzionate +7 nuovi intermediari",
        },
      ],
    });
    const anomalies = runRule(ambiguousValueRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!L2 2.1/2 info"]);
    expect(anomalies[0]?.message).toContain("letto come «avviato»");
  });

  it("reports an ambiguous baseline as avviso", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", baseline: "133 eventi e 20 webinar", target31: 70 }] });
    expect(runRule(ambiguousValueRule, plan).map(placeOf)).toEqual(["Indicatori!G2 1.1/1 avviso"]);
  });

  it.each([
    ["a single figure with words", { result30: "1361 partecipanti", declared30: "861" }],
    ["a legal reference next to the figure", { result30: "1361", target31: "Aggiornamento almeno del 95% dei dati prescritti dal D.Lgs. n. 33/2013" }],
  ])("stays quiet on %s", (_case, change) => {
    expect(runRule(ambiguousValueRule, buildPlan({ indicators: [{ ...participants, ...change }] }))).toEqual([]);
  });
});
