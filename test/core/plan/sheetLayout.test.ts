import { roleOfHeaders } from "../../../src/core/plan/sheetLayout";
import { headerCellsOfRow } from "../../../src/core/plan/detectHeaderRow";

function roleOf(header: string[]) {
  return roleOfHeaders(headerCellsOfRow([header], 0));
}

describe("roleOfHeaders", () => {
  it.each([
    [["Codice", "Tipo (Strategico/Operativo)", "Titolo", "Area", "Responsabile", "Peso"], "objectives"],
    [["Codice", "Obiettivo", "Peso"], "objectives"],
    [["Codice obiettivo", "N.", "Indicatore", "Target 30/6", "Target 31/12", "Peso"], "indicators"],
    [["Cod.", "Obiettivo operativo", "Indicatore", "al 31/12", "Peso"], "combined"],
    [["Codice", "Indicatore", "Target", "Peso", "Responsabile"], "combined"],
    [["Responsabile", "Codice obiettivo", "Peso iniziale", "Peso rideterminato"], "weights"],
    [["Dirigente", "Obiettivo", "Peso"], "weights"],
    [["Codice", "Titolo", "Responsabile", "Peso iniziale", "Peso rideterminato"], "weights"],
    [["Codice obiettivo", "N. indicatore", "Previsione 30/6", "Realizzazione 30/6", "Nuova previsione 31/12"], "revisions"],
    [["indicatori", "Previsione al 30.6.2020", "Realizzazione al 30.6.2020", "Nuova previsione al 31.12.2020"], "revisions"],
    [["Codice obiettivo", "Indicatore", "Target 31/12", "Target rivisto", "Risultato 31/12"], "revisions"],
    [["Descrizione Obiettivo operativo", "Peso Obiettivo", "Indicatori", "Peso Indicatori", "Valore atteso annuale", "Nuovo target", "Valore Consuntivo Indicatori"], "combined"],
    [["Codice obiettivo", "Indicatore", "Baseline 2019", "Target 31/12", "Target rideterminato", "Risultato 31/12"], "indicators"],
    [["Codice obiettivo", "Indicatore", "Peso", "Target originario", "Nuovo target", "Motivazione"], "revisions"],
  ])("reads the headers %p as a sheet of %p", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each([
    [["Regola", "Gravità", "Foglio", "Cella", "Obiettivo", "Indicatore", "Messaggio"]],
    [["Codice", "Obiettivo", "Responsabile"]],
    [["Indicatore", "Fonte", "Frequenza"]],
    [["Nome", "Cognome", "Età"]],
  ])("reads no plan sheet in %p", (header) => {
    expect(roleOf(header)).toBeNull();
  });
});
