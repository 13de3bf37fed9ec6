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
  if (typeof format !== "string") return "number";
  const trimmed = format.trim();
  if (trimmed === "" || GENERAL.test(trimmed)) return "number";
  const codes = formatCodes(trimmed);
  if (codes.includes("%")) return "percent";
  if (trimmed.includes("€") || /(?:^|\P{L})EUR(?!\p{L})/iu.test(trimmed)) return "euro";
  if (/[dmyhsga]/i.test(codes.replace(/E[+-]/gi, ""))) return "date";
  return "number";
}

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
