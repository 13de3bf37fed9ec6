import { readCellValue } from "../../../src/core/values/readCellValue";
import { readMilestone, readsAsWords } from "../../../src/core/values/readMilestone";
import type { MilestoneState } from "../../../src/core/values/valueTypes";

const milestones: [string, MilestoneState][] = [
  ["Avvio", "started"],
  ["avvio", "started"],
  ["Avviato", "started"],
  ["Avvio del servizio", "started"],
  ["Avvio attività", "started"],
  ["Avvio dell'attività", "started"],
  ["Avvio dell’attività", "started"],
  ["Inizio processo di attivazione", "started"],
  ["Avvio del processo", "started"],
  ["Attività in corso", "started"],
  ["parzialmente realizzato", "started"],
  ["si", "done"],
  ["sì", "done"],
  ["Sì", "done"],
  ["SI", "done"],
  ["Si.", "done"],
  ["yes", "done"],
  ["fatto", "done"],
  ["completato", "done"],
  ["VERO", "done"],
  ["✓", "done"],
  ["Adozione protocollo", "done"],
  ["Adozione protocollo aziendale", "done"],
  ["Nuovo regolamento", "done"],
  ["attivazione", "done"],
  ["Attivato", "done"],
  ["riorganizzazione", "done"],
  ["Rotazione degli incarichi all'Ufficio Provveditorato e agli Sportelli anagrafici", "done"],
  ["Eventuale aggiornamento", "done"],
  ["Avvio a regime del servizio", "done"],
  ["Smart working", "done"],
  ["no", "notDone"],
  ["NO", "notDone"],
  ["FALSO", "notDone"],
  ["non avviato", "notDone"],
  ["Non ancora avviata", "notDone"],
  ["Attività da realizzare nel 2 semestre", "notDone"],
  ["da avviare", "notDone"],
  ["non realizzato", "notDone"],
  ["rinviato al 2021", "notDone"],
  ["Vecchio regolamento", "notDone"],
  ["Non pervenuta la relazione", "notDone"],
  ["Non ancora pubblicato", "notDone"],
  ["non è stata sottoscritta", "notDone"],
  ["In attesa di approvazione della Giunta", "notDone"],
  ["In ritardo per l'emergenza", "notDone"],
  ["Bloccato", "notDone"],
  ["Monitoraggio delle domande non pervenute", "done"],
  ["SI'", "done"],
  ["si'", "done"],
  ["sì*", "done"],
  ["Sì (vedi nota)", "done"],
  ["si (parziale)", "started"],
  ["Sì (in parte)", "started"],
  ["SI (parzialmente)", "started"],
  ["Realizzato (parziale)", "started"],
  ["No (vedi nota)", "notDone"],
  ["NO (in attesa della delibera)", "notDone"],
  ["E' stato adottato", "done"],
  ["È stato approvato il regolamento", "done"],
  ["Non e' stato adottato", "notDone"],
  ["Non conseguito", "notDone"],
  ["Target non raggiunto", "notDone"],
  ["Non superato", "notDone"],
  ["Obiettivo non rispettato", "notDone"],
  ["KO", "notDone"],
  ["Attività sospesa", "notDone"],
  ["Progetto rinviato", "notDone"],
  ["Procedura annullata", "notDone"],
  ["Conseguito", "done"],
  ["Parzialmente conseguito", "started"],
  ["Non avvenuto", "notDone"],
  ["Non conforme", "notDone"],
  ["Non assolto", "notDone"],
  ["Obiettivo mancato", "notDone"],
  ["Esito negativo", "notDone"],
  ["Impossibile", "notDone"],
  ["Non realizzabile", "notDone"],
  ["Inadempiuto", "notDone"],
  ["Raggiunto parzialmente", "started"],
  ["Realizzato in parte", "started"],
  ["Parziale", "started"],
  ["Quasi raggiunto", "started"],
  ["Avviato e concluso", "done"],
  ["Avviato ma non concluso", "notDone"],
  ["Esito positivo", "done"],
  ["Conforme", "done"],
  // «parziale» saying what an act covers, not how far it went: the act is to be done.
  ["Revisione parziale del regolamento", "done"],
  ["Adozione del piano parziale", "done"],
];

describe("reading milestones", () => {
  it.each(milestones)("reads %j as a milestone %s", (text, state) => {
    expect(readCellValue(text)).toEqual({ kind: "milestone", state, text });
  });

  it("reads 'non avviato' as not done although it contains 'avviato'", () => {
    expect(readMilestone("non avviato")).toBe("notDone");
    expect(readMilestone("avviato")).toBe("started");
  });

  it("reads 'Avvio a regime' (fully running) as done although it starts with 'Avvio'", () => {
    expect(readMilestone("Avvio a regime del servizio con l'estensione a tutte le agenzie")).toBe("done");
  });

  it.each(["???", "xyz", "asdf", "qwerty", "ok?!?!", "test", "vedi nota", "cfr. allegato", "undefined", "Infinity", "[object Object]"])(
    "does not invent an outcome for the noise %j",
    (text) => {
      expect(readMilestone(text)).toBeNull();
    },
  );

  it("takes a text for words when it has a word of four letters or more with two vowels", () => {
    expect(readsAsWords("Adozione")).toBe(true);
    expect(readsAsWords("Report")).toBe(true);
    expect(readsAsWords("xyz asdf test")).toBe(false);
  });
});

describe("texts that say there is none of something", () => {
  it.each([
    ["nessun reclamo", "reclamo"],
    ["Nessuna segnalazione ricevuta", "segnalazione ricevuta"],
    ["NESSUN INFORTUNIO", "infortunio"],
    ["nessun'altra richiesta", "altra richiesta"],
    ["Nessun contenzioso.", "contenzioso"],
  ])("reads %j as a milestone reached, with none of %j", (text, none) => {
    expect(readCellValue(text)).toEqual({ kind: "milestone", state: "done", text, none });
  });

  it.each(["nessuno", "Nessuna", "nessun dato", "nessun valore"])("reads %j as a missing datum, not as none of something", (text) => {
    expect(readCellValue(text)).toMatchObject({ kind: "placeholder" });
  });

  it.each(["Avvio del servizio", "Adozione protocollo", "Nessuno"])("gives %j no «none»", (text) => {
    expect(readCellValue(text)).not.toHaveProperty("none");
  });
});

describe("texts that say the datum is missing are not milestones", () => {
  it.each([
    "dato non disponibile",
    "Dati non ancora disponibili",
    "n.d. (dato non disponibile)",
    "N.D. - dato non ancora disponibile",
    "n.a. (non applicabile all'ufficio)",
    "dato non pervenuto",
    "valore non rilevato",
    "in attesa del dato",
    "Dato in elaborazione",
    "in corso di rilevazione",
    "da rilevare",
    "non ancora disponibile",
  ])("reads %j as a placeholder", (text) => {
    expect(readCellValue(text)).toEqual({ kind: "placeholder", text });
  });

  it.each<[string, MilestoneState]>([
    ["In attesa di approvazione della Giunta", "notDone"],
    ["Attività in corso", "started"],
    ["Monitoraggio delle domande non pervenute", "done"],
    ["Nuova modulistica disponibile online", "done"],
  ])("still reads %j as a milestone %s", (text, state) => {
    expect(readCellValue(text)).toMatchObject({ kind: "milestone", state });
  });
});
