/**
 * The managers' proposals behind the seed's revision tables, in the document's
 * Italian words (shortened where the proposal runs for a page), by
 * "objective code/indicator number". The fixture's `reason` is an English summary;
 * its `proposalText`, when present, wins over these.
 */
export const SEED_REVISION_REASONS: Readonly<Record<string, string>> = {
  "1.1/2":
    "Si propone di incrementare il target a 120 assessment, partendo dal dato di 85 raggiunto al 30/6/2020 ed un presuntivo di ulteriori 35 da raggiungere nel secondo semestre.",
  "1.2/2":
    "Dati i risultati ottenuti, si propone l'incremento dell'indicatore al 31.12.2020, prevedendo il completamento dell'attività di istruttoria ed erogazione dei contributi relativi alle domande pervenute al 15 marzo u.s. sui bandi in Accordo di Programma.",
  "2.1/2":
    "Nel corso del primo semestre sono pervenute richieste di interesse al servizio anche da parte di nuovi intermediari. Si prevede, quindi, di estendere il servizio oltre che alle associazioni e agenzie attualmente convenzionate, anche ad almeno 20 nuovi intermediari.",
  "2.2/4":
    "In considerazione dei risultati conseguiti al 30/6 e nei mesi successivi si prevede di aggiornare entro il 31/12 un numero di posizioni maggiore di quanto inizialmente previsto (+230).",
  "AS/1":
    "Dal 3 giugno 2020 le attività dell'Azienda speciale sono ripartite in presenza (12 nuovi eventi, 5 addendum/contratti per eventi del secondo semestre, 25 addendum per The Big 5 Show rinviata al 2021): si propone la modifica del target da realizzare al 31/12/2020 aumentando da n. 39 a n. 72 la previsione di addendum/modifiche contrattuali.",
  "AS/3":
    "A seguito dell'emergenza COVID-19, la Giunta Camerale con deliberazione n. 39 del 21/04/2020 ha sospeso la manifestazione Futura rimandandola al 2021: l'indicatore è sostituito.",
};
