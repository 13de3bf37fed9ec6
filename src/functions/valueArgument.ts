/**
 * Reading argument cells with the core reader, so that every numeric argument also takes
 * the Italian texts ("1.800.000,00", "89,55%", "€ 6.190.000,00", "6 eventi", "almeno 4"); each
 * distinct content is read once (valueCache.ts), and a plain number is taken as it is.
 * Logical values and other objects are refused: VERO is not a number.
 *
 * The polarity argument: "crescente" (the default, also when blank), "decrescente",
 * "milestone", or the English "increasing" / "decreasing", in any case and with or
 * without accents. Anything else is a #VALUE! that lists the accepted words. The method argument
 * (PERF.RAGGIUNGIMENTO, PERF.STATO): the scoring profile's words, «lineare», «rapporto», «baseline».
 */
import type { CellValue } from "../core/values/valueTypes";
import { isBlank } from "./argumentMatrix";
import { ErrorInput, plainCell } from "./cellInput";
import { answer, invalid, notEvaluable, type CellAnswer } from "./cellAnswer";
import { plainNumber, readCachedValue, readTextOnce } from "./valueCache";
import { type Polarity, polarityOfWord } from "../core/plan/polarity";
import type { AchievementOptions } from "../core/calc/calcTypes";
import { methodOfWord } from "../core/calc/readScoringProfile";

function describeLogical(value: boolean): string {
  return value ? "VERO" : "FALSO";
}

/** «non valutabile» (#N/A) for an error cell: the value it should hold is not known. */
export function errorCellNotEvaluable(error: ErrorInput, name: string): CellAnswer<never> {
  return notEvaluable(`${name}: la cella contiene l'errore ${error.text}, non valutabile.`);
}

/**
 * The typed value of one argument cell; a reader failure is a #VALUE! naming the argument,
 * an error cell is «non valutabile» (#N/A), a data type is read by its basic value.
 */
export function readArgumentValue(given: unknown, name: string): CellAnswer<CellValue> {
  const raw = plainCell(given);
  if (raw instanceof ErrorInput) return errorCellNotEvaluable(raw, name);
  if (typeof raw === "boolean") {
    return invalid(`${name}: il valore logico ${describeLogical(raw)} non è un valore utilizzabile.`);
  }
  if (raw !== null && raw !== undefined && typeof raw !== "number" && typeof raw !== "string") {
    return invalid(`${name}: valore di tipo non supportato (${typeof raw}).`);
  }
  const value = isBlank(raw) ? readCachedValue("") : readCachedValue(raw as string | number);
  if (value.kind === "failure") return invalid(`${name}: ${value.message}`);
  return answer(value);
}

/** Why a value that is not a plain quantity cannot be used as a number. */
function notANumber(value: Exclude<CellValue, { kind: "quantity" }>, name: string): CellAnswer<never> {
  switch (value.kind) {
    case "placeholder":
      return notEvaluable(`${name}: nessun valore${value.text.trim() ? ` ('${value.text.trim()}')` : ""}, non valutabile.`);
    case "threshold":
      return invalid(`${name}: '${value.text}' è una soglia, non un numero.`);
    case "milestone":
      return invalid(`${name}: '${value.text}' è una milestone, non un numero.`);
    case "failure":
      return invalid(`${name}: ${value.message}`);
  }
}

/** A plain number (percentages as fractions, euro as amounts); a placeholder is #N/A. */
export function readNumber(raw: unknown, name: string): CellAnswer<number> {
  const plain = plainNumber(raw);
  if (plain !== undefined) return answer(plain);
  const read = readArgumentValue(raw, name);
  if (!read.ok) return read;
  const value = read.value;
  return value.kind === "quantity" ? answer(value.value) : notANumber(value, name);
}

/** An optional number: omitted, blank or a placeholder means "not given" (undefined). */
export function readOptionalNumber(given: unknown, name: string): CellAnswer<number | undefined> {
  const raw = plainCell(given);
  if (isBlank(raw)) return answer(undefined);
  const read = readArgumentValue(raw, name);
  if (!read.ok) return read;
  const value = read.value;
  if (value.kind === "placeholder") return answer(undefined);
  return value.kind === "quantity" ? answer(value.value) : notANumber(value, name);
}

/** Polarity texts as read: a handful of words, bounded all the same. */
const polarities = new Map<string, CellAnswer<Polarity>>();

/** The polarity argument of one cell; each distinct text is read once. */
export function readCachedPolarity(given: unknown): CellAnswer<Polarity> {
  return typeof given === "string" ? readTextOnce(polarities, given, readPolarity) : readPolarity(given);
}

function readPolarity(given: unknown): CellAnswer<Polarity> {
  const value = plainCell(given);
  if (value instanceof ErrorInput) return errorCellNotEvaluable(value, "polarità");
  if (isBlank(value)) return answer("increasing");
  if (typeof value !== "string") {
    const shown =
      typeof value === "boolean" ? (value ? "VERO" : "FALSO") : typeof value === "number" ? String(value) : `un valore di tipo ${typeof value}`;
    return invalid(`polarità: ${shown} non è una polarità (crescente, decrescente o milestone).`);
  }
  const polarity = polarityOfWord(value);
  if (!polarity) {
    return invalid(`polarità: '${value.trim()}' sconosciuta; usa crescente, decrescente o milestone.`);
  }
  return answer(polarity);
}

/** The method argument: blank keeps today's rule; a word the profile knows; anything else a #VALUE! listing them. */
export function readMethod(given: unknown): CellAnswer<AchievementOptions["methods"]> {
  const value = plainCell(given);
  if (value instanceof ErrorInput) return errorCellNotEvaluable(value, "metodo");
  if (isBlank(value)) return answer(undefined);
  if (typeof value !== "string") {
    const shown =
      typeof value === "boolean" ? (value ? "VERO" : "FALSO") : typeof value === "number" ? String(value) : `un valore di tipo ${typeof value}`;
    return invalid(`metodo: ${shown} non è un metodo (lineare, rapporto o baseline).`);
  }
  const method = methodOfWord(value);
  if (method === null) return invalid(`metodo: '${value.trim()}' sconosciuto; usa lineare, rapporto o baseline.`);
  return answer({ increasing: method, decreasing: method });
}
