/**
 * The one reader of a cell's value, whatever Excel, ExcelJS or a caller hands over. It never throws.
 * - null, undefined -> placeholder (an empty cell);
 * - a finite number -> quantity; its unit comes from the cell's number format: "0,00%" makes 0.8955
 *   a percentage (Excel stores 89,55% as 0.8955), "€" / "EUR" a euro amount; a date format makes it a
 *   date, which is not an indicator value (failure unreadable); NaN and ±Infinity -> failure unreadable;
 * - true / false -> milestone done / notDone (a ticked box is a milestone reached);
 * - text -> see readTextValue (Excel errors, placeholders, amounts, thresholds, milestones, ambiguity);
 *   its common forms ("89,55%", "€ 1.234,00", "6 eventi", "almeno 4", "//", "sì") are read by readCommonText,
 *   with the same answer, in a fraction of the time;
 * - dates, arrays, objects, functions, symbols -> failure unreadable, with a message saying what it is.
 */
import { memoByText } from "../memo";
import { readCommonText } from "./readCommonText";
import { readTextValue } from "./readTextValue";
import type { CellValue, QuantityUnit, ReadContext, ValueFailure } from "./valueTypes";
import { formatAmount } from "../wording/formatNumbers";
import { notOneValueWords, readerReasonText, type ReaderReason } from "../wording/readerWords";

function unreadable(text: string, reason: ReaderReason): ValueFailure {
  return { kind: "failure", code: "unreadable", message: readerReasonText(text, reason), text, reason };
}

function notAValueDate(shown: string): ValueFailure {
  return unreadable(shown, { kind: "date", shown });
}

function readNumber(value: number, context: ReadContext | undefined): CellValue {
  return readNumberUnder(value, classifyNumberFormat(context?.numberFormat));
}

/**
 * Reads a number as readCellValue does under a number format of the given kind: a reader that has
 * classified a cell's format once (a column repeats it) reads the column's numbers with its kind.
 */
export function readNumberUnder(value: number, format: NumberFormatKind): CellValue {
  if (!Number.isFinite(value)) {
    const shown = Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
    return unreadable(shown, { kind: "invalidNumber", shown });
  }
  const finite = Object.is(value, -0) ? 0 : value;
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
    return unreadable("numero intero troppo grande", { kind: "bigInteger" });
  }
  return readNumber(asNumber, context);
}

function kindOf(raw: unknown): "list" | "function" | "symbol" | "object" {
  if (Array.isArray(raw)) return "list";
  switch (typeof raw) {
    case "function":
      return "function";
    case "symbol":
      return "symbol";
    default:
      return "object";
  }
}

/** Reads any cell value as one of the CellValue shapes; `context.numberFormat` tells % and € numbers apart. */
export function readCellValue(raw: unknown, context?: ReadContext): CellValue {
  if (raw === null || raw === undefined) return { kind: "placeholder", text: "" };
  switch (typeof raw) {
    case "string":
      return readCommonText(raw) ?? readTextValue(raw);
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
    if (Number.isNaN(time)) return unreadable("data non valida", { kind: "invalidDate" });
    return notAValueDate(formatItalianDate(raw));
  }
  const reason = { kind: "notOneValue" as const, what: kindOf(raw), count: Array.isArray(raw) ? raw.length : 1 };
  return unreadable(`[${notOneValueWords(reason.what, reason.count)}]`, reason);
}

/**
 * What an Excel number format says about the number in the cell.
 * Excel stores 89,55% as 0.8955 and shows it through a "%" format ("0,00%" in Italian Excel,
 * "0.00%" in English); euro amounts carry "€" or "EUR" in the format; dates are serial numbers
 * (days since 30/12/1899) shown through a format with day, month or year codes.
 */

export type NumberFormatKind = "number" | "percent" | "euro" | "date";

const GENERAL = /^(?:general|generale|standard|@)$/i;

/** The format without quoted text ("EUR"), escaped characters (\%) and bracketed codes ([Red], [$€-410]). */
function formatCodes(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_./g, "");
}

/** "0,00%" -> percent; "€ #.##0,00" or "[$€-410] #.##0,00" -> euro; "gg/mm/aaaa" -> date; else number. */
export function classifyNumberFormat(format: unknown): NumberFormatKind {
  return typeof format === "string" ? classifyFormatText(format) : "number";
}

/** A workbook uses a handful of formats for thousands of numbers: each is classified once. */
const classifyFormatText = memoByText((format: string): NumberFormatKind => {
  const trimmed = format.trim();
  if (trimmed === "" || GENERAL.test(trimmed)) return "number";
  const codes = formatCodes(trimmed);
  if (codes.includes("%")) return "percent";
  if (trimmed.includes("€") || /(?:^|\P{L})EUR(?!\p{L})/iu.test(trimmed)) return "euro";
  if (/[dmyhsga]/i.test(codes.replace(/E[+-]/gi, ""))) return "date";
  return "number";
});

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 31/12/9999, the last day Excel can show. */
const LAST_SERIAL = 2_958_465;

function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}

/** "30/06/2020" for a JavaScript date (read in UTC, as ExcelJS builds them). */
export function formatItalianDate(date: Date): string {
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** An Excel date serial as "30/06/2020" (44012 -> "30/06/2020"), or null outside Excel's range. */
export function formatExcelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL) return null;
  return formatItalianDate(new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS));
}
