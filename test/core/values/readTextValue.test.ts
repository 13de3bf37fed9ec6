import { readCellValue } from "../../../src/core/values/readCellValue";
import { ambiguous, milestone, quantity, shapeOf, threshold } from "./expectedValues";

function read(text: string) {
  return shapeOf(readCellValue(text));
}

describe("reading amounts written with their unit", () => {
  it.each([
    ["€ 6.190.000,00", quantity(6190000, "euro")],
    ["6.190.000 euro", quantity(6190000, "euro")],
    ["EUR 300", quantity(300, "euro")],
    ["1,5 milioni di euro", quantity(1500000, "euro")],
    ["3 mila euro", quantity(3000, "euro")],
    ["89,55%", quantity(0.8955, "percent")],
    ["-2,13%", quantity(-0.0213, "percent")],
    ["20 %", quantity(0.2, "percent")],
    ["20 per cento", quantity(0.2, "percent")],
    ["5‰", quantity(0.005, "percent")],
    ["0,5 per mille", quantity(0.0005, "percent")],
    ["5‰ dei casi", quantity(0.005, "percent", "dei casi")],
    ["2.870 campioni", quantity(2870, "number", "campioni")],
    ["6 eventi", quantity(6, "number", "eventi")],
    ["720", quantity(720, "number")],
    ["1.000 posizioni", quantity(1000, "number", "posizioni")],
    ["75% delle richieste del periodo", quantity(0.75, "percent", "delle richieste del periodo")],
    ["1 800 000", quantity(1800000, "number")],
    ["n. 2 eventi", quantity(2, "number", "eventi")],
    ["zero incidenti", quantity(0, "number", "incidenti")],
    ["- 3", quantity(-3, "number")],
    ["n. 5 (cinque) eventi", quantity(5, "number", "(cinque) eventi")],
    ["2 (due)", quantity(2, "number", "(due)")],
    ["\u22122,5%", quantity(-0.025, "percent")],
    ["-€ 500", quantity(-500, "euro")],
    ["-€500", quantity(-500, "euro")],
    ["– € 20.000", quantity(-20000, "euro")],
    ["\u2212€ 1.250,50", quantity(-1250.5, "euro")],
    ["- € 1.000,00", quantity(-1000, "euro")],
    ["€ - 500", quantity(-500, "euro")],
    ["€ − 1.250,50", quantity(-1250.5, "euro")],
    ["(1.234)", quantity(-1234, "number")],
    ["( 1.234,50 )", quantity(-1234.5, "number")],
    ["(€ 500)", quantity(-500, "euro")],
    ["€ (500)", quantity(-500, "euro")],
    ["(500) €", quantity(-500, "euro")],
    ["(500) euro", quantity(-500, "euro")],
    ["(5%)", quantity(-0.05, "percent")],
    ["(1,5 milioni)", quantity(-1500000, "number")],
    ["(-5)", quantity(-5, "number")],
    ["Totale (1.234)", quantity(1234, "number")],
    ["1.234 (stima)", quantity(1234, "number", "(stima)")],
    ["(5 eventi)", quantity(5, "number", "eventi")],
    ["[5 eventi]", quantity(5, "number", "eventi")],
    ["5 eventi (stima)", quantity(5, "number", "eventi (stima)")],
    ["(almeno 5 eventi)", threshold("atLeast", 5, "number", "eventi")],
    ["(≥ 90% delle pratiche)", threshold("atLeast", 0.9, "percent", "delle pratiche")],
    ["1,5 M€", quantity(1500000, "euro")],
    ["500 k€", quantity(500000, "euro")],
    ["5 m di pista ciclabile", quantity(5, "number", "m di pista ciclabile")],
    ["entro 30gg", threshold("atMost", 30, "number", "gg")],
    ["Avvio del servizio con 3 agenzie", quantity(3, "number", "agenzie")],
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("reading thresholds", () => {
  it.each([
    ["Rilascio di almeno 300 dispositivi", threshold("atLeast", 300, "number", "dispositivi")],
    ["Realizzazione di almeno 4 eventi", threshold("atLeast", 4, "number", "eventi")],
    ["Almeno 3 iniziative", threshold("atLeast", 3, "number", "iniziative")],
    ["Almeno una convenzione per il supporto alle aggregazioni", threshold("atLeast", 1, "number", "convenzione per il supporto alle aggregazioni")],
    ["Creazione di almeno una aree FAQ a disposizione dell'utenza", threshold("atLeast", 1, "number", "aree FAQ a disposizione dell'utenza")],
    ["Creazione di almeno due aree FAQ", threshold("atLeast", 2, "number", "aree FAQ")],
    ["risoluzione di almeno 10.000 posizioni che presentano dati incongruenti", threshold("atLeast", 10000, "number", "posizioni che presentano dati incongruenti")],
    ["esame di un campione di almeno 2.500 istanze di test", threshold("atLeast", 2500, "number", "istanze di test")],
    ["Formalizzazione di almeno 2 accordi di collaborazione", threshold("atLeast", 2, "number", "accordi di collaborazione")],
    ["almeno un'iniziativa", threshold("atLeast", 1, "number", "iniziativa")],
    ["≥ 95%", threshold("atLeast", 0.95, "percent")],
    ["95%+", threshold("atLeast", 0.95, "percent")],
    ["10+ eventi", threshold("atLeast", 10, "number", "eventi")],
    ["€ 500+", threshold("atLeast", 500, "euro")],
    ["≤ 3‰", threshold("atMost", 0.003, "percent")],
    ["90% o più", threshold("atLeast", 0.9, "percent")],
    ["90 % o superiore", threshold("atLeast", 0.9, "percent")],
    ["5 o più eventi", threshold("atLeast", 5, "number", "eventi")],
    ["5 eventi o più", threshold("atLeast", 5, "number", "eventi")],
    ["10 e oltre", threshold("atLeast", 10, "number")],
    ["30 giorni o meno", threshold("atMost", 30, "number", "giorni")],
    ["€ 1.000 o meno", threshold("atMost", 1000, "euro")],
    [">= 95%", threshold("atLeast", 0.95, "percent")],
    ["≥95%", threshold("atLeast", 0.95, "percent")],
    ["almeno il 90%", threshold("atLeast", 0.9, "percent")],
    ["almeno l'80% delle pratiche", threshold("atLeast", 0.8, "percent", "delle pratiche")],
    ["non meno di 5 corsi", threshold("atLeast", 5, "number", "corsi")],
    ["pari o superiore al 90%", threshold("atLeast", 0.9, "percent")],
    ["uguale o superiore al 90%", threshold("atLeast", 0.9, "percent")],
    ["maggiore o uguale a 90,00%", threshold("atLeast", 0.9, "percent")],
    ["valore uguale o inferiore a 30 giorni", threshold("atMost", 30, "number", "giorni")],
    ["non oltre 10 giorni", threshold("atMost", 10, "number", "giorni")],
    ["entro 30 giorni", threshold("atMost", 30, "number", "giorni")],
    ["non più di 5", threshold("atMost", 5, "number")],
    ["massimo 5", threshold("atMost", 5, "number")],
    ["min 85%", threshold("atLeast", 0.85, "percent")],
    ["max 10 gg", threshold("atMost", 10, "number", "gg")],
    ["10 min", quantity(10, "number", "min")],
    ["al massimo il 10%", threshold("atMost", 0.1, "percent")],
    ["fino a 10 giorni", threshold("atMost", 10, "number", "giorni")],
    ["≤ 3", threshold("atMost", 3, "number")],
    ["oltre 100", threshold("moreThan", 100, "number")],
    ["più del 50%", threshold("moreThan", 0.5, "percent")],
    ["> 7", threshold("moreThan", 7, "number")],
    ["meno di 3", threshold("lessThan", 3, "number")],
    ["inferiore al 2%", threshold("lessThan", 0.02, "percent")],
    ["almeno € 1.000", threshold("atLeast", 1000, "euro")],
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads the percentage of a threshold and ignores the law it cites", () => {
    expect(
      read("Aggiornamento almeno del 95% dei dati pubblicati sul sito web e prescritti dal D.Lgs. n. 33/2013"),
    ).toEqual(threshold("atLeast", 0.95, "percent", "dei dati pubblicati sul sito web e prescritti dal D.Lgs. n. 33/2013"));
  });
});

describe("reading amounts written as words", () => {
  it.each([
    ["due", quantity(2, "number")],
    ["tre eventi", quantity(3, "number", "eventi")],
    ["dieci corsi", quantity(10, "number", "corsi")],
    ["undici", quantity(11, "number")],
    ["quindici imprese", quantity(15, "number", "imprese")],
    ["venti persone", quantity(20, "number", "persone")],
    ["Creazione di una FAQ (relativa agli esami mediatori)", quantity(1, "number", "FAQ (relativa agli esami mediatori)")],
    ["Una convenzione", quantity(1, "number", "convenzione")],
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["Avvio del servizio con un'agenzia pilota a titolo sperimentale", milestone("started")],
    ["Stipula della convenzione con un ente pilota", milestone("done")],
    ["esame di un campione di almeno 8.000 istanze", threshold("atLeast", 8000, "number", "istanze")],
  ])("takes the article 'un/una' of %j for an article, not an amount", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("telling references and dates from amounts", () => {
  it.each([
    ["Adozione del piano ai sensi della L. 190/2012", milestone("done")],
    ["Pubblicazione ai sensi dell'art. 5 comma 2", milestone("done")],
    ["Approvazione entro il 22 luglio 2020", milestone("done")],
    ["Adozione entro il 30/6", milestone("done")],
    ["Attività da realizzare nel 2 semestre", milestone("notDone")],
    ["Misure anti COVID-19 per la fase 2 e 3", milestone("done")],
    ["Progetto Impresa 4.0 avviato", milestone("started")],
    ["Programmazione del triennio 2020-2022", milestone("done")],
    ["Relazione nel 2021 su 3 progetti", quantity(3, "number", "progetti")],
    ["3 eventi entro il 31 dicembre", quantity(3, "number", "eventi entro il 31 dicembre")],
    ["Servizi B2B per 4 imprese", quantity(4, "number", "imprese")],
    ["2 semestri", quantity(2, "number", "semestri")],
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(["22 luglio 2020", "30/06/2020", "L. 190/2012", "art. 5", "nel 2021"])(
    "reports %j alone as a date or reference, not a value",
    (text) => {
      const value = readCellValue(text);
      expect(value).toMatchObject({ kind: "failure", code: "unreadable" });
      expect(value.kind === "failure" && value.message).toContain("solo date o riferimenti");
    },
  );
});

describe("reading texts with several amounts", () => {
  it("reports the 2301 iscritti / 1361 partecipanti text as ambiguous and quotes the candidates", () => {
    const value = readCellValue(
      "2301 iscritti ai 36 eventi a distanza\n1361 partecipanti collegati ai 36 eventi a distanza",
    );
    expect(value).toMatchObject({
      kind: "failure",
      code: "ambiguous",
      message: "Il testo contiene più quantità (2.301 iscritti, 36 eventi, 1.361 partecipanti): indicare un solo valore.",
    });
    expect(value.kind === "failure" && value.candidates).toEqual([
      { kind: "quantity", value: 2301, unit: "number", label: "iscritti", text: "2301 iscritti" },
      { kind: "quantity", value: 36, unit: "number", label: "eventi", text: "36 eventi" },
      { kind: "quantity", value: 1361, unit: "number", label: "partecipanti", text: "1361 partecipanti" },
    ]);
  });

  it.each([
    ["+11 agenzie avviate tra le già convenzionate +7 nuovi intermediari", ambiguous(["11 agenzie", "7 nuovi intermediari"])],
    ["36 eventi, di cui 36 in presenza", ambiguous(["36 eventi", "36 in presenza"])],
    ["tra 10 e 20 giorni", ambiguous(["10", "20 giorni"])],
    ["5+3", ambiguous(["5", "3"])],
    ["5 (sei)", ambiguous(["5", "6"])],
    ["3 (tre) eventi e 4 (quattro) corsi", ambiguous(["3", "4"])],
  ])("reports %j as ambiguous", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["≥ 95% entro 30 giorni", threshold("atLeast", 0.95, "percent", "entro 30 giorni")],
    ["100% delle pratiche entro 30 gg", quantity(1, "percent", "delle pratiche entro 30 gg")],
    ["95% delle pratiche evase in 20 giorni lavorativi", quantity(0.95, "percent", "delle pratiche evase in 20 giorni lavorativi")],
    ["Almeno 2 iniziative entro 60 giorni", threshold("atLeast", 2, "number", "iniziative entro 60 giorni")],
    ["entro 30 giorni, il 90% delle richieste", quantity(0.9, "percent", "delle richieste")],
    ["96% entro il termine di 30 giorni", quantity(0.96, "percent", "entro il termine di 30 giorni")],
  ])("reads %j as the amount whose condition is the time limit", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["entro 30 giorni", threshold("atMost", 30, "number", "giorni")],
    ["tra 10 e 20 giorni", ambiguous(["10", "20 giorni"])],
    ["20 giorni in media, entro 30 giorni", ambiguous(["20 giorni", "30 giorni"])],
  ])("keeps %j as written: a time limit alone, or beside another time", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reports a threshold next to another amount as ambiguous, naming the bound in the message", () => {
    const value = readCellValue("Realizzazione di almeno 4 eventi con 100 partecipanti");
    expect(shapeOf(value)).toEqual(ambiguous(["4 eventi", "100 partecipanti"]));
    expect(value.kind === "failure" && value.message).toContain("(almeno 4 eventi, 100 partecipanti)");
  });

  it("quotes the same amount of the same thing once among the candidates: '36 eventi' twice", () => {
    const value = readCellValue("2301 iscritti ai 36 eventi e 1361 partecipanti ai 36 eventi");
    expect(shapeOf(value)).toEqual(ambiguous(["2.301 iscritti", "36 eventi", "1.361 partecipanti"]));
  });

  it("does not add up nor pick an amount only repeated: '36 eventi in presenza e 36 eventi a distanza'", () => {
    const value = readCellValue("36 eventi in presenza e 36 eventi a distanza");
    expect(shapeOf(value)).toEqual(ambiguous(["36 eventi"]));
    expect(value.kind === "failure" && value.message).toBe(
      "Il testo riporta 2 volte la quantità 36 eventi: indicare un solo valore (o il totale).",
    );
  });
});
