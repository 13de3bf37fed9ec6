/**
 * The one reader of a cell's value, whatever Excel, ExcelJS or a caller hands over. It never throws.
 * - null, undefined -> placeholder (an empty cell);
 * - a finite number -> quantity; its unit comes from the cell's number format: "0,00%" makes 0.8955
 *   a percentage (Excel stores 89,55% as 0.8955), "€" / "EUR" a euro amount; a date format makes it a
 *   date, which is not an indicator value (failure unreadable); NaN and ±Infinity -> failure unreadable;
 * - true / false -> milestone done / notDone (a ticked box is a milestone reached);
 * - text -> see readTextValue (Excel errors, placeholders, amounts, thresholds, milestones, ambiguity);
 * - dates, arrays, objects, functions, symbols -> failure unreadable, with a message saying what it is.
 */
import { formatAmount } from "../wording/formatNumbers";
import { classifyNumberFormat, formatExcelSerialDate, formatItalianDate } from "./numberFormat";
import { readTextValue } from "./readTextValue";
import type { CellValue, QuantityUnit, ReadContext, ValueFailure } from "./valueTypes";

function unreadable(text: string, message: string): ValueFailure {
  return { kind: "failure", code: "unreadable", message, text };
}

function notAValueDate(shown: string): ValueFailure {
  return unreadable(
    shown,
    `La cella contiene una data (${shown}), non il valore di un indicatore: indicare un numero, una percentuale o un traguardo.`,
  );
}

function readNumber(value: number, context: ReadContext | undefined): CellValue {
  if (!Number.isFinite(value)) {
    const shown = Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
    return unreadable(shown, `La cella contiene un numero non valido (${shown}): controllare la formula che lo calcola.`);
  }
  const finite = Object.is(value, -0) ? 0 : value;
  const format = classifyNumberFormat(context?.numberFormat);
  if (format === "date") {
    const date = formatExcelSerialDate(finite);
    if (date) return notAValueDate(date);
  }
  const unit: QuantityUnit = format === "percent" || format === "euro" ? format : "number";
  return { kind: "quantity", value: finite, unit, text: formatAmount(finite, unit) };
}

function readBigInt(value: bigint, context: ReadContext | undefined): CellValue {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) {
    return unreadable("numero intero troppo grande", "La cella contiene un numero intero troppo grande per essere letto con esattezza.");
  }
  return readNumber(asNumber, context);
}

function describeKind(raw: unknown): string {
  if (Array.isArray(raw)) return `un elenco di ${raw.length} valori`;
  switch (typeof raw) {
    case "function":
      return "una funzione";
    case "symbol":
      return "un simbolo";
    default:
      return "un oggetto";
  }
}

/** Reads any cell value as one of the CellValue shapes; `context.numberFormat` tells % and € numbers apart. */
export function readCellValue(raw: unknown, context?: ReadContext): CellValue {
  if (raw === null || raw === undefined) return { kind: "placeholder", text: "" };
  switch (typeof raw) {
    case "string":
      return readTextValue(raw);
    case "number":
      return readNumber(raw, context);
    case "bigint":
      return readBigInt(raw, context);
    case "boolean":
      return { kind: "milestone", state: raw ? "done" : "notDone", text: raw ? "VERO" : "FALSO" };
    default:
      break;
  }
  if (raw instanceof Date) {
    const time = raw.getTime();
    if (Number.isNaN(time)) return unreadable("data non valida", "La cella contiene una data non valida.");
    return notAValueDate(formatItalianDate(raw));
  }
  const kind = describeKind(raw);
  return unreadable(`[${kind}]`, `La cella contiene ${kind}, non un singolo valore: indicare un numero, un testo o un traguardo.`);
}
