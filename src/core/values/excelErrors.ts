/**
 * Excel error values, as Office.js and ExcelJS hand them over (English names) and as Italian Excel
 * shows them (Italian names). A cell holding one has no value: the failure says which error and why.
 */
import type { ValueFailure } from "./valueTypes";

interface ExcelErrorMeaning {
  /** What the error means, in Italian, for the message. */
  meaning: string;
  /** The names Excel uses for it, English first. */
  names: string[];
}

const EXCEL_ERRORS: ExcelErrorMeaning[] = [
  { names: ["#N/A", "#N/D"], meaning: "valore non disponibile" },
  { names: ["#VALUE!", "#VALORE!"], meaning: "tipo di valore errato in una formula" },
  { names: ["#DIV/0!"], meaning: "divisione per zero" },
  { names: ["#REF!", "#RIF!"], meaning: "riferimento a una cella non valida" },
  { names: ["#NAME?", "#NOME?"], meaning: "nome o funzione non riconosciuti" },
  { names: ["#NUM!"], meaning: "numero non valido" },
  { names: ["#NULL!", "#NULLO!"], meaning: "intersezione vuota di intervalli" },
  { names: ["#CALC!"], meaning: "errore di calcolo" },
  { names: ["#SPILL!", "#ESPANSIONE!"], meaning: "il risultato non può espandersi nelle celle vicine" },
  { names: ["#GETTING_DATA", "#RECUPERO_DATI"], meaning: "dati ancora in caricamento" },
  { names: ["#BLOCKED!", "#BLOCCATO!"], meaning: "funzione bloccata" },
  { names: ["#CONNECT!", "#CONNETTI!"], meaning: "connessione a un servizio non riuscita" },
  { names: ["#FIELD!", "#CAMPO!"], meaning: "campo non trovato" },
  { names: ["#BUSY!", "#OCCUPATO!"], meaning: "calcolo ancora in corso" },
  { names: ["#UNKNOWN!", "#SCONOSCIUTO!"], meaning: "tipo di dato sconosciuto" },
  { names: ["#PYTHON!"], meaning: "errore in una formula Python" },
];

const MEANING_BY_NAME = new Map<string, string>(
  EXCEL_ERRORS.flatMap((error) => error.names.map((name): [string, string] => [name, error.meaning])),
);

/** Anything shaped like an Excel error ("#" then capitals, ending in "!" or "?"), even one not listed. */
const ERROR_SHAPE = /^#[A-Z][A-Z_/0-9]*[!?]$|^#N\/[AD]$|^#GETTING_DATA$|^#RECUPERO_DATI$/;

/** Every error name known by meaning, English and Italian. */
export const EXCEL_ERROR_NAMES: readonly string[] = [...MEANING_BY_NAME.keys()];

/** "#N/D" -> a failure "La cella contiene l'errore di Excel #N/D (valore non disponibile)..."; other text -> null. */
export function readExcelError(text: string): ValueFailure | null {
  const name = text.trim().toUpperCase();
  if (name.length > 20 || !ERROR_SHAPE.test(name)) return null;
  const meaning = MEANING_BY_NAME.get(name);
  const explained = meaning ? `${name} (${meaning})` : name;
  return {
    kind: "failure",
    code: "excelError",
    message: `La cella contiene l'errore di Excel ${explained}: correggere la formula o il dato di origine.`,
    text,
  };
}
