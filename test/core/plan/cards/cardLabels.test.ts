import { cardHeading, cardLabel, checkedWords, indicatorLabel } from "../../../../src/core/plan/cards/cardLabels";

describe("card labels", () => {
  it.each([
    ["Aree", { concept: "area" }],
    ["Aree:", { concept: "area" }],
    ["RESPONSABILI", { concept: "manager" }],
    ["Peso: 50%", { concept: "weight", inline: "50%" }],
    ["Peso  20%", { concept: "weight", inline: "20%" }],
    ["Peso: 20 %", { concept: "weight", inline: "20 %" }],
    ["Peso-", { concept: "weight" }],
    ["Peso dell'obiettivo dirigenziale", { concept: "objectiveWeight" }],
    ["Indicatori dell'obiettivo strategico", { concept: "ownShare" }],
    ["Contributo degli obiettivi operativi al raggiungimento dell'obiettivo strategico", { concept: "contribution" }],
    ["Tipo Indicatore:", { concept: "indicatorType" }],
    ["Base Line", { concept: "baseline" }],
    ["Target storico di riferimento: anno 2019", { concept: "baseline", inline: "anno 2019" }],
    ["Valore Target:", { concept: "target" }],
    ["al 31/12", { concept: "target", date: "31/12" }],
    ["Risultati raggiunti", { concept: "result" }],
    ["Scostamenti", { concept: "deviation" }],
    ["Nuova previsione al 31.12.2020", { concept: "newForecast", date: "31/12" }],
  ])("reads «%s» as a label", (text, expected) => {
    expect(cardLabel(text)).toEqual(expected);
  });

  it.each([
    ["a value that starts like a label", "Area amministrativa"],
    ["prose naming a manager and expected values", "Eventuale proposta del Dirigente in merito alla variazione dei valori attesi per alcuni indicatori"],
    ["a label longer than six meaningful words", "Peso dell'obiettivo Trasversale da realizzare con il contributo di tutte le aree dirigenziali"],
    ["a heading", "OBIETTIVO OPERATIVO 2.2"],
    ["an indicator's label", "Indicatore 1: numero di eventi"],
    ["«al» alone", "al"],
    ["a figure", "88,00%"],
    ["a blank", ""],
  ])("does not read %s as a label", (_what, text) => {
    expect(cardLabel(text)).toBeNull();
  });
});

describe("card headings", () => {
  it.each([
    ["OBIETTIVO OPERATIVO 2.2", { kind: "operativo", code: "2.2" }],
    ["OBIETTIVO STRATEGICO", { kind: "strategico" }],
    ["Obiettivo operativo: 2.2 – Miglioramento della qualità", { kind: "operativo", code: "2.2", title: "Miglioramento della qualità" }],
    ["Obiettivo strategico AS-STRAT", { kind: "strategico", code: "AS-STRAT" }],
    ["Scheda obiettivo operativo 3.1", { kind: "operativo", code: "3.1" }],
    ["Obiettivo operativo", { kind: "operativo" }],
  ])("reads «%s»", (text, expected) => {
    expect(cardHeading(text)).toEqual(expected);
  });

  it.each(["Obiettivi operativi", "SCHEDE OBIETTIVI OPERATIVI", "Contributo degli obiettivi operativi", "Area Anagrafica"])("does not take «%s» for a heading", (text) => {
    expect(cardHeading(text)).toBeNull();
  });
});

describe("indicator labels and checkboxes", () => {
  it.each([
    ["Indicatore 1: numero potenziale dipendenti", { number: "1", name: "numero potenziale dipendenti" }],
    ["Indicatore 3:", { number: "3", name: "" }],
    ["Nuovo Indicatore 3: «Realizzazione di 2 eventi»", { number: "3", name: "«Realizzazione di 2 eventi»" }],
    ["Indicatore n. 2 - tempi medi", { number: "2", name: "tempi medi" }],
  ])("reads «%s»", (text, expected) => {
    expect(indicatorLabel(text)).toEqual(expected);
  });

  it.each(["Indicatore", "Indicatori dell'obiettivo strategico", "indicatori"])("does not take «%s» for an indicator's block", (text) => {
    expect(indicatorLabel(text)).toBeNull();
  });

  it.each([
    ["☒ efficacia interna", ["efficacia interna"]],
    ["[x] qualità", ["qualità"]],
    ["☐ efficienza", []],
    ["efficienza", []],
    ["☐ efficacia esterna ☒ efficacia interna ☒ efficienza ☐ qualità", ["efficacia interna", "efficienza"]],
  ])("reads the ticked words of «%s»", (text, expected) => {
    expect(checkedWords(text)).toEqual(expected);
  });
});
