/**
 * Why a cell holds no value, in Italian and English: the reasons the value readers
 * (src/core/values) give for a failure, kept as data (`ReaderReason`) so that a message can say
 * them in the language of the report. The reader writes the Italian sentence once, when it reads
 * the cell (`ValueFailure.message`, quoted by the custom functions and the calculations); the
 * rules word the reason again in the language asked.
 */
import type { Locale } from "./addinLanguage";
import { quoteText } from "./describeValue";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS } from "./formatNumbers";

/** What a cell holds that is not a value, or why its text gives none. */
export type ReaderReason =
  | { kind: "tooLong"; length: number }
  | { kind: "excelError"; name: string }
  /** A number written in a way no reader accepts; `detail` is the number reader's own (Italian) explanation. */
  | { kind: "unreadableNumber"; detail: string }
  | { kind: "onlyReferences" }
  /** A text that opens with «3/4»: a fraction or a date, never guessed («3/4 delle pratiche»). */
  | { kind: "fraction"; written: string }
  | { kind: "noValue" }
  | { kind: "date"; shown: string }
  | { kind: "invalidDate" }
  | { kind: "invalidNumber"; shown: string }
  | { kind: "bigInteger" }
  | { kind: "notOneValue"; what: "list" | "function" | "symbol" | "object"; count: number };

/**
 * Excel's error values by every name Excel uses for them, English first, with what each means in
 * both languages. A name shaped like an error but not listed is still an error, without a meaning.
 */
const EXCEL_ERRORS: { names: string[]; it: string; en: string }[] = [
  { names: ["#N/A", "#N/D"], it: "valore non disponibile", en: "value not available" },
  { names: ["#VALUE!", "#VALORE!"], it: "tipo di valore errato in una formula", en: "wrong type of value in a formula" },
  { names: ["#DIV/0!"], it: "divisione per zero", en: "division by zero" },
  { names: ["#REF!", "#RIF!"], it: "riferimento a una cella non valida", en: "reference to a cell that is not valid" },
  { names: ["#NAME?", "#NOME?"], it: "nome o funzione non riconosciuti", en: "name or function not recognised" },
  { names: ["#NUM!"], it: "numero non valido", en: "invalid number" },
  { names: ["#NULL!", "#NULLO!"], it: "intersezione vuota di intervalli", en: "empty intersection of ranges" },
  { names: ["#CALC!"], it: "errore di calcolo", en: "calculation error" },
  { names: ["#SPILL!", "#ESPANSIONE!"], it: "il risultato non può espandersi nelle celle vicine", en: "the result cannot spill into the nearby cells" },
  { names: ["#GETTING_DATA", "#RECUPERO_DATI"], it: "dati ancora in caricamento", en: "data still loading" },
  { names: ["#BLOCKED!", "#BLOCCATO!"], it: "funzione bloccata", en: "function blocked" },
  { names: ["#CONNECT!", "#CONNETTI!"], it: "connessione a un servizio non riuscita", en: "connection to a service failed" },
  { names: ["#FIELD!", "#CAMPO!"], it: "campo non trovato", en: "field not found" },
  { names: ["#BUSY!", "#OCCUPATO!"], it: "calcolo ancora in corso", en: "calculation still running" },
  { names: ["#UNKNOWN!", "#SCONOSCIUTO!"], it: "tipo di dato sconosciuto", en: "unknown data type" },
  { names: ["#PYTHON!"], it: "errore in una formula Python", en: "error in a Python formula" },
];

const MEANINGS = new Map<string, { it: string; en: string }>(EXCEL_ERRORS.flatMap((error) => error.names.map((name): [string, { it: string; en: string }] => [name, error])));

/** Every error name known by meaning, English and Italian. */
export const EXCEL_ERROR_NAMES: readonly string[] = [...MEANINGS.keys()];

const ITALIAN_WHAT = { list: (count: number) => `un elenco di ${ITALIAN_NUMBERS.number(count)} valori`, function: () => "una funzione", symbol: () => "un simbolo", object: () => "un oggetto" };
const ENGLISH_WHAT = { list: (count: number) => `a list of ${ENGLISH_NUMBERS.number(count)} values`, function: () => "a function", symbol: () => "a symbol", object: () => "an object" };

/** "un elenco di 3 valori", "una funzione": what a cell holds that is not one value, as the reader's text shows it. */
export function notOneValueWords(what: "list" | "function" | "symbol" | "object", count: number): string {
  return ITALIAN_WHAT[what](count);
}

/** The percentage a fraction «3/4» stands for, as the language writes it (75%); a sample one when it has none. */
function fractionPercent(written: string, locale: Locale): string {
  const [numerator, denominator] = written.split("/").map((part) => Number(part.trim()));
  const numbers = locale === "en" ? ENGLISH_NUMBERS : ITALIAN_NUMBERS;
  const share = numerator !== undefined && denominator !== undefined && denominator > 0 ? numerator / denominator : 0.75;
  return numbers.share(share);
}

function italianReason(text: string, reason: ReaderReason): string {
  switch (reason.kind) {
    case "tooLong":
      return `Il testo ${quoteText(text)} è troppo lungo (${ITALIAN_NUMBERS.number(reason.length)} caratteri) per essere un valore: indicare solo il valore.`;
    case "excelError": {
      const meaning = MEANINGS.get(reason.name);
      return `La cella contiene l'errore di Excel ${meaning ? `${reason.name} (${meaning.it})` : reason.name}: correggere la formula o il dato di origine.`;
    }
    case "unreadableNumber":
      return `Il testo ${quoteText(text)} contiene un numero non leggibile: ${reason.detail}`;
    case "onlyReferences":
      return `Il testo ${quoteText(text)} contiene solo date o riferimenti (a norme, periodi, codici), non un valore: indicare un numero, una percentuale o un traguardo.`;
    case "fraction":
      return `Il testo ${quoteText(text)} inizia con «${reason.written}», che può essere una frazione o una data: indicare la percentuale (es. ${fractionPercent(reason.written, "it")}) o il numero${text.replace(/\s+/g, "") === reason.written ? "" : ", e spostare il resto nelle note"}.`;
    case "noValue":
      return `Il testo ${quoteText(text)} non contiene un valore leggibile: né un numero, né un traguardo (milestone) riconoscibile.`;
    case "date":
      return `La cella contiene una data (${reason.shown}), non il valore di un indicatore: indicare un numero, una percentuale o un traguardo.`;
    case "invalidDate":
      return "La cella contiene una data non valida.";
    case "invalidNumber":
      return `La cella contiene un numero non valido (${reason.shown}): controllare la formula che lo calcola.`;
    case "bigInteger":
      return "La cella contiene un numero intero troppo grande per essere letto con esattezza.";
    case "notOneValue":
      return `La cella contiene ${ITALIAN_WHAT[reason.what](reason.count)}, non un singolo valore: indicare un numero, un testo o un traguardo.`;
  }
}

function englishReason(text: string, reason: ReaderReason): string {
  const quoted = `“${quoteText(text).slice(1, -1)}”`;
  switch (reason.kind) {
    case "tooLong":
      return `The text ${quoted} is too long (${ENGLISH_NUMBERS.number(reason.length)} characters) to be a value: write the value alone.`;
    case "excelError": {
      const meaning = MEANINGS.get(reason.name);
      return `The cell holds the Excel error ${meaning ? `${reason.name} (${meaning.en})` : reason.name}: correct the formula or the source data.`;
    }
    case "unreadableNumber":
      return `The text ${quoted} holds a number that cannot be read: write it with digits only, the way the plan writes its other numbers.`;
    case "onlyReferences":
      return `The text ${quoted} holds only dates or references (to laws, periods, codes), not a value: write a number, a percentage or a milestone.`;
    case "fraction":
      return `The text ${quoted} opens with “${reason.written}”, which may be a fraction or a date: write the percentage (e.g. ${fractionPercent(reason.written, "en")}) or the number${text.replace(/\s+/g, "") === reason.written ? "" : ", and move the rest to the notes"}.`;
    case "noValue":
      return `The text ${quoted} holds no readable value: neither a number nor a recognisable milestone.`;
    case "date":
      return `The cell holds a date (${reason.shown}), not an indicator's value: write a number, a percentage or a milestone.`;
    case "invalidDate":
      return "The cell holds a date that is not valid.";
    case "invalidNumber":
      return `The cell holds a number that is not valid (${reason.shown}): check the formula that computes it.`;
    case "bigInteger":
      return "The cell holds a whole number too large to be read exactly.";
    case "notOneValue":
      return `The cell holds ${ENGLISH_WHAT[reason.what](reason.count)}, not a single value: write a number, a text or a milestone.`;
  }
}

/** Why the cell holding `text` gave no value, as a sentence in `locale`. */
export function readerReasonText(text: string, reason: ReaderReason, locale: Locale = "it"): string {
  return locale === "en" ? englishReason(text, reason) : italianReason(text, reason);
}
