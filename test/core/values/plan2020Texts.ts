/**
 * What each worded value of the seed plan (assets/plan-2020.json) reads as, by hand, keyed by the text
 * exactly as written: amounts with labels, thresholds, milestones, placeholders and ambiguous texts.
 */
import { ambiguous, milestone, placeholder, quantity, threshold, type Expected } from "./expectedValues";

export const PLAN_2020_TEXTS: Readonly<Record<string, Expected>> = {
  "+11 agenzie avviate tra le già convenzionate +7 nuovi intermediari":
    ambiguous(["11 agenzie", "7 nuovi intermediari"]),
  "-": placeholder(),
  "--": placeholder(),
  "-----": placeholder(),
  "//": placeholder(),
  "1% delle risorse stabili": quantity(0.01, "percent", "delle risorse stabili"),
  "1% delle risorse stabili x ciascun punto rilevato 4.469 euro x 5 = 22.345 euro":
    ambiguous(["1% delle risorse", "€ 4.469,00", "5", "€ 22.345,00"]),
  "1.000 posizioni": quantity(1000, "number", "posizioni"),
  "1.200 posizioni": quantity(1200, "number", "posizioni"),
  "1.430 posizioni": quantity(1430, "number", "posizioni"),
  "100% delle posizioni potenzialmente a rischio corruzione":
    quantity(1, "percent", "delle posizioni potenzialmente a rischio corruzione"),
  "2% delle risorse stabili": quantity(0.02, "percent", "delle risorse stabili"),
  "2% delle risorse stabili x ciascun punto rilevato 3.106 euro x 5 = 15.530 euro":
    ambiguous(["2% delle risorse", "€ 3.106,00", "5", "€ 15.530,00"]),
  "2.870 campioni": quantity(2870, "number", "campioni"),
  "2301 iscritti ai 36 eventi a distanza\n1361 partecipanti collegati ai 36 eventi a distanza":
    ambiguous(["2.301 iscritti", "36 eventi", "1.361 partecipanti"]),
  "3 persone formate": quantity(3, "number", "persone formate"),
  "6 eventi": quantity(6, "number", "eventi"),
  "700 posizioni": quantity(700, "number", "posizioni"),
  "720 posizioni": quantity(720, "number", "posizioni"),
  "75% delle richieste del periodo": quantity(0.75, "percent", "delle richieste del periodo"),
  "Adozione protocollo": milestone("done"),
  "Adozione protocollo aziendale": milestone("done"),
  "Aggiornamento almeno del 95% dei dati pubblicati sul sito web e prescritti dal D.Lgs. n. 33/2013":
    threshold("atLeast", 0.95, "percent", "dei dati pubblicati sul sito web e prescritti dal D.Lgs. n. 33/2013"),
  "Almeno 3 iniziative": threshold("atLeast", 3, "number", "iniziative"),
  "Almeno una convenzione per il supporto alle aggregazioni":
    threshold("atLeast", 1, "number", "convenzione per il supporto alle aggregazioni"),
  "Attività da realizzare nel 2 semestre": milestone("notDone"),
  "Avviato": milestone("started"),
  "Avviato il servizio con 12 delle agenzie già convenzionate (compresa l'agenzia pilota) e con 7 nuovi intermediari e realizzati i necessari corsi di formazione":
    ambiguous(["12 delle agenzie", "7 nuovi intermediari"]),
  "Avvio": milestone("started"),
  "Avvio a regime del servizio con l'estensione a tutte le agenzie attualmente convenzionate e ad almeno 20 nuovi intermediari e realizzazioni e della formazione":
    threshold("atLeast", 20, "number", "nuovi intermediari e realizzazioni e della formazione"),
  "Avvio a regime del servizio con l'estensione a tutte le agenzie attualmente convenzionate e della formazione":
    milestone("done"),
  "Avvio a regime del servizio con l'estensione a tutte le agenzie attualmente convenzionate e realizzazione della formazione":
    milestone("done"),
  "Avvio attività": milestone("started"),
  "Avvio del processo": milestone("started"),
  "Avvio del servizio": milestone("started"),
  "Avvio del servizio con un'agenzia pilota a titolo sperimentale e realizzazione dei corsi di formazione":
    milestone("started"),
  "Avvio del servizio con un'agenzia pilota a titolo sperimentale e realizzazioni e dei corsi di formazione":
    milestone("started"),
  "Avvio dell'attività": milestone("started"),
  "Creazione di almeno due aree FAQ a disposizione dell'utenza (relative agli esami mediatori e alla costituzione delle start up innovative)":
    threshold(
      "atLeast",
      2,
      "number",
      "aree FAQ a disposizione dell'utenza (relative agli esami mediatori e alla costituzione delle start up innovative)",
    ),
  "Creazione di almeno una aree FAQ a disposizione dell'utenza":
    threshold("atLeast", 1, "number", "aree FAQ a disposizione dell'utenza"),
  "Creazione di una FAQ (relativa agli esami mediatori)":
    quantity(1, "number", "FAQ (relativa agli esami mediatori)"),
  "Eventuale aggiornamento": milestone("done"),
  "Formalizzazione di almeno 2 accordi di collaborazione e/o convenzioni con altre pubbliche amministrazioni":
    threshold(
      "atLeast",
      2,
      "number",
      "accordi di collaborazione e/o convenzioni con altre pubbliche amministrazioni",
    ),
  "Inizio processo di attivazione": milestone("started"),
  "Monitoraggio del 100% delle attività ad alto rischio corruzione e trasmissione all'ANAC relativa ai controlli effettuati":
    quantity(
      1,
      "percent",
      "delle attività ad alto rischio corruzione e trasmissione all'ANAC relativa ai controlli effettuati",
    ),
  "Nessuno": placeholder(),
  "Nuova attività": placeholder(),
  "Nuovo progetto": placeholder(),
  "Nuovo regolamento": milestone("done"),
  "Realizzazione di almeno 15 eventi": threshold("atLeast", 15, "number", "eventi"),
  "Realizzazione di almeno 4 eventi": threshold("atLeast", 4, "number", "eventi"),
  "Rilascio di almeno 300 dispositivi": threshold("atLeast", 300, "number", "dispositivi"),
  "Rotazione degli incarichi all'Ufficio Provveditorato e agli Sportelli anagrafici": milestone("done"),
  "Vecchio regolamento": milestone("notDone"),
  "attivazione": milestone("done"),
  "avvio": milestone("started"),
  "esame di un campione di almeno 2.500 istanze di test sul Quality Check":
    threshold("atLeast", 2500, "number", "istanze di test sul Quality Check"),
  "esame di un campione di almeno 8.000 istanze di test sul Quality Check":
    threshold("atLeast", 8000, "number", "istanze di test sul Quality Check"),
  "esame di un campione di almeno 8.500 istanze di test sul Quality Check":
    threshold("atLeast", 8500, "number", "istanze di test sul Quality Check"),
  "nessuno": placeholder(),
  "riorganizzazione": milestone("done"),
  "risoluzione di almeno 10.000 posizioni che presentano dati incongruenti":
    threshold("atLeast", 10000, "number", "posizioni che presentano dati incongruenti"),
  "risoluzione di almeno 12.000 posizioni che presentano dati incongruenti":
    threshold("atLeast", 12000, "number", "posizioni che presentano dati incongruenti"),
  "risoluzione di almeno 3.000 posizioni che presentano dati incongruenti":
    threshold("atLeast", 3000, "number", "posizioni che presentano dati incongruenti"),
  "si": milestone("done"),
  "sì": milestone("done"),
};
