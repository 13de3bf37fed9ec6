/**
 * The one place that describes a read value in words, for messages and explanations:
 * - an amount with its bound and label (`describeAmount`): "almeno 300 dispositivi", "2.301 iscritti";
 * - as written, quoted (`quoteValue`: "'Avvio'", "cella vuota"; `quoteText`);
 * - what kind of value it is and its unit (`kindWords`, `unitWords`: "Il risultato '606' è un
 *   numero, il target '45,00%' una percentuale");
 * - by its figure, as rules quote it (`describeFigure`, `describeValue`: "45%", "almeno 300").
 */
import { formatAmount, formatFigure } from "./formatNumbers";
import { comparatorWords } from "./comparatorWords";
import { type CellValue, type Comparator, type Figure, figureOf, type QuantityUnit } from "../values/valueTypes";

const LIMIT_UNITS: Record<QuantityUnit, string> = { number: "numerico", percent: "percentuale", euro: "in euro" };

/** The value as written, quoted: "'Avvio'", "'//'", or "cella vuota" for blank text. */
export function quoteValue(value: CellValue): string {
  const text = value.text.trim();
  return text === "" ? "cella vuota" : `'${text}'`;
}

/** "un numero", "una percentuale", "un importo in euro". */
export function unitWords(unit: QuantityUnit): string {
  switch (unit) {
    case "number":
      return "un numero";
    case "percent":
      return "una percentuale";
    case "euro":
      return "un importo in euro";
  }
}

/** "una milestone", "un limite numerico", "un numero", "una percentuale", ... */
export function kindWords(value: CellValue): string {
  switch (value.kind) {
    case "quantity":
      return unitWords(value.unit);
    case "threshold":
      return `un limite ${LIMIT_UNITS[value.unit]}`;
    case "milestone":
      return "una milestone";
    case "placeholder":
      return "un segnaposto";
    case "failure":
      return "un valore non leggibile";
  }
}

const LONGEST_QUOTE = 60;
const LONGEST_LABEL = 60;

function shorten(text: string, longest: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const characters = [...oneLine];
  return characters.length > longest ? `${characters.slice(0, longest - 1).join("").trimEnd()}…` : oneLine;
}

/** The text between Italian-style double quotes, on one line and cut to a readable length. */
export function quoteText(text: string, longest = LONGEST_QUOTE): string {
  return `"${shorten(text, longest)}"`;
}

/** An amount with its bound and label: "almeno 300 dispositivi", "2.301 iscritti". */
export function describeAmount(value: number, unit: QuantityUnit, label?: string, comparator?: Comparator): string {
  const bound = comparator ? `${comparatorWords(comparator)} ` : "";
  const counted = label ? ` ${shorten(label, LONGEST_LABEL)}` : "";
  return `${bound}${formatAmount(value, unit)}${counted}`;
}

/** A figure: "45%", "€ 1.800.000,00", "almeno 300". */
function describeFigure(figure: Figure): string {
  const amount = formatFigure(figure.value, figure.unit);
  return figure.comparator === undefined ? amount : `${comparatorWords(figure.comparator)} ${amount}`;
}

/** A value for a message: its figure when it has one, else the text as written, quoted. */
export function describeValue(value: CellValue): string {
  const figure = figureOf(value);
  return figure === null ? quoteValue(value) : describeFigure(figure);
}
