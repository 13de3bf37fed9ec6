import fc from "fast-check";
import { HEADER_SYNONYMS, type HeaderConcept } from "../../../src/core/plan/headerSynonyms";
import { matchHeader } from "../../../src/core/plan/matchHeader";

describe("matching headers to concepts", () => {
  it.each<[string, HeaderConcept, string | undefined]>([
    // the seed's own headers (Brescia 2020)
    ["Target storico di riferimento:", "baseline", undefined],
    ["Target storico di riferimento: anno 2019", "baseline", undefined],
    ["Base Line", "baseline", undefined],
    ["Baseline", "baseline", undefined],
    ["Valore Target: al 30/6", "target", "30/6"],
    ["al 30/6", "target", "30/6"],
    ["al 31/12", "target", "31/12"],
    ["Risultati raggiunti", "result", undefined],
    ["Scostamenti", "deviation", undefined],
    ["Peso", "weight", undefined],
    ["Peso-", "weight", undefined],
    ["Peso dell'obiettivo", "objectiveWeight", undefined],
    ["Peso dell'obiettivo dirigenziale", "objectiveWeight", undefined],
    ["Peso per obiettivo", "objectiveWeight", undefined],
    ["Ridefinizione pesi a seguito aggiunta nuovi obiettivi", "objectiveWeight", undefined],
    ["Tipo Indicatore:", "indicatorType", undefined],
    ["indicatori", "indicator", undefined],
    ["Previsione al 30.6.2020", "forecast", "30/6/2020"],
    ["Realizzazione al 30.6.2020", "result", "30/6/2020"],
    ["Previsione al 31.12.2020", "forecast", "31/12/2020"],
    ["Nuova previsione al 31.12.2020", "newForecast", "31/12/2020"],
    ["Breve descrizione dei risultati conseguiti e segnalazione delle criticità/opportunità", "notes", undefined],
    // «%» is a unit: the words that name something decide
    ["Peso obiettivo %", "objectiveWeight", undefined],
    ["Peso %", "weight", undefined],
    ["% raggiungimento target", "achievement", undefined],
    ["Target %", "target", undefined],
    ["Risultato %", "result", undefined],
    ["% realizzazione", "achievement", undefined],
    // an objective's achievement is not its indicators'
    ["Grado di Raggiungimento Obiettivo al semestre (valore compreso tra 0 e 100%)", "objectiveAchievement", undefined],
    ["% raggiungimento obiettivo", "objectiveAchievement", undefined],
    ["Grado di raggiungimento", "achievement", undefined],
    ["Grado di raggiungimento indicatore", "achievement", undefined],
    // a PIAO's three objective levels: the public value one is recognised, never a «Valore obiettivo» (target)
    ["Obiettivo di Valore Pubblico", "publicValue", undefined],
    ["Valore pubblico", "publicValue", undefined],
    ["Valore obiettivo", "target", undefined],
    // other spellings users write
    ["Valore obiettivo 2023", "target", "31/12/2023"],
    ["Valore conseguito", "result", undefined],
    ["Dato rilevato al 30/06", "result", "30/6"],
    ["% di conseguimento", "achievement", undefined],
    ["Percentuale di conseguimento", "achievement", undefined],
    ["Centro di responsabilità", "area", undefined],
    ["CdR", "area", undefined],
    ["Cause dello scostamento", "notes", undefined],
    ["Analisi degli scostamenti", "notes", undefined],
    ["Target conseguito nell'esercizio precedente", "baseline", undefined],
    ["Risultato anno precedente", "baseline", undefined],
    ["Target al 30.06", "target", "30/6"],
    ["Valore target 31.12.2020", "target", "31/12/2020"],
    ["Target 2027", "target", "31/12/2027"],
    ["2013", "target", "31/12/2013"],
    ["Valore atteso al 31/07/2013", "target", "31/7/2013"],
    ["Risultato al 31 marzo", "result", "31/3"],
    ["Risultato al 30/6", "result", "30/6"],
    ["Scostamento al 30/06", "deviation", "30/6"],
    ["Scostamento dichiarato 30/6", "declaredDeviation", "30/6"],
    ["Scostamento calcolato", "computedDeviation", undefined],
    ["Peso %", "weight", undefined],
    ["Peso indicatore", "indicatorWeight", undefined],
    ["Polarità", "polarity", undefined],
    ["POLARITA'", "polarity", undefined],
    ["Polarity", "polarity", undefined],
    ["Indicatore", "indicator", undefined],
    ["Indicator", "indicator", undefined],
    ["Descrizione indicatore", "indicator", undefined],
    ["Obiettivo", "objective", undefined],
    ["Obiettivo operativo", "objective", undefined],
    ["Obiettivo strategico di riferimento", "parent", undefined],
    ["Codice", "code", undefined],
    ["Cod.", "code", undefined],
    ["Codice obiettivo", "code", undefined],
    ["N.", "number", undefined],
    ["N°", "number", undefined],
    ["Nr", "number", undefined],
    ["N. indicatore", "number", undefined],
    ["Responsabile", "manager", undefined],
    ["Dirigente", "manager", undefined],
    ["Area", "area", undefined],
    ["Unità di misura", "unit", undefined],
    ["U.M.", "unit", undefined],
    ["Anno baseline", "baselineYear", undefined],
    ["Baseline (anno 2022)", "baseline", undefined],
    ["Anno baseline 2022", "baseline", undefined],
    ["Valore programmato", "target", undefined],
    ["Tipo (Strategico/Operativo)", "kind", undefined],
    ["Tipo", "type", undefined],
    ["Quota indicatori propri", "ownShare", undefined],
    ["Raggiungimento", "achievement", undefined],
    ["Grado di raggiungimento", "achievement", undefined],
    ["Risultato atteso al 31/12", "target", "31/12"],
    ["Note", "notes", undefined],
    ["Motivazione", "reason", undefined],
    ["Peso rideterminato", "weight", undefined],
    // A half-year, four-month period or quarter written short is still that part of the year, not the year's end.
    ["Risultato 1° sem. 2024", "result", "30/6"],
    ["Risultato I sem. 2024", "result", "30/6"],
    ["Risultato 1 sem 2024", "result", "30/6"],
    ["Risultato II sem.", "result", "31/12"],
    ["Risultato 1° trim. 2024", "result", "31/3"],
    ["Risultato II quadrim.", "result", "31/8"],
    ["Risultato 1^ semestre", "result", "30/6"],
    ["Risultato 1 semplificazione", "result", undefined],
    // A value at a day is the value measured then, a result; at a year alone it says nothing.
    ["Valore al 30/06/2024", "result", "30/6/2024"],
    ["Dato al 30.06", "result", "30/6"],
    // An indicator's code abbreviated is its number, not the objective's code.
    ["Cod. indicatore", "number", undefined],
    ["Cod. ind.", "number", undefined],
    ["Codice ind.", "number", undefined],
    ["Cod. ob.", "code", undefined],
    // The expected trend is the polarity («crescente», «↑»), not a target, whatever «atteso» says.
    ["Trend atteso", "polarity", undefined],
    ["Andamento atteso", "polarity", undefined],
    ["Tendenza attesa", "polarity", undefined],
    ["Valore atteso", "target", undefined],
    // English
    ["Objective code", "code", undefined],
    ["Type (Strategic/Operational)", "kind", undefined],
    ["Parent strategic objective", "parent", undefined],
    ["Own indicators share", "ownShare", undefined],
    ["Indicator No.", "number", undefined],
    ["Result 30/6", "result", "30/6"],
    ["Declared deviation 31/12", "declaredDeviation", "31/12"],
    ["Target year-end", "target", "31/12"],
    ["New forecast 31/12", "newForecast", "31/12"],
    ["Initial weight", "weight", undefined],
  ])("reads %p as %p (date %p)", (header, concept, date) => {
    const match = matchHeader(header);
    expect(match?.concept).toBe(concept);
    expect(match?.date).toBe(date);
  });

  it.each([["Fonte dei dati"], ["Piano della Performance 2020"], [""], ["2019-2021"], ["Servizi"], [42], ["Valore"], ["Valore 2023"]])(
    "names no plan column with %p",
    (header) => {
      expect(matchHeader(header)).toBeNull();
    },
  );

  it("takes a header of more than a dozen words for prose, not a header", () => {
    const prose = "Il risultato raggiunto nel semestre è stato superiore al target per effetto di eventi non previsti e di nuove risorse assegnate all ufficio";
    expect(matchHeader(prose)).toBeNull();
  });

  it("leaves the date out when a header names both", () => {
    expect(matchHeader("Target 30/6 e 31/12")).toEqual({ concept: "target", words: ["target"] });
  });

  it("reads every synonym of the dictionary as its own concept", () => {
    for (const [concept, synonyms] of Object.entries(HEADER_SYNONYMS)) {
      for (const synonym of synonyms) expect([synonym, matchHeader(synonym)?.concept]).toEqual([synonym, concept]);
    }
  });

  it("never throws, whatever the header", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (header) => {
        const match = matchHeader(header);
        expect(match === null || typeof match.concept === "string").toBe(true);
      }),
    );
  });
});
