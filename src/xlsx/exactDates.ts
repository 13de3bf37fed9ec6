/**
 * Dates read from a file exactly as it stores them, in two steps: before ExcelJS reads the
 * workbook, date cells written as ISO text become the serials Excel stores; while ExcelJS reads
 * it, every date it makes keeps the serial it came from.
 */
import excelUtils from "exceljs/lib/utils/utils";
import { inflateEntry, zipEntries } from "./zipEntries";
import { zipOf, type ZipPart } from "./zipWriter";

// ---- ISO dates as serials ----
/*
 * Date cells written as ISO 8601 text (`<c t="d"><v>2020-06-30T00:00:00</v></c>`, as Strict
 * OOXML and some programs store them) turned into the serial numbers Excel itself stores, before
 * ExcelJS reads the workbook: ExcelJS reads "2020-06-30" as the number 2020 (a date in 1905).
 * The cell keeps its style (its date format) and shows the same date; the serial follows the
 * workbook's date system (1900 or 1904). A text that is not an ISO date stays a text. Only the
 * sheets that hold such cells are rewritten; a workbook without them is given back unchanged.
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** Every part fits: the reading limits (readLimits.ts) were checked before. */
const MAX_PART_BYTES = 1024 * 1024 * 1024;

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const ISO_TIME = /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/;

/** The serial number of an ISO date or time, as Excel stores it (time zones ignored, as Excel does), or null. */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, year, month, day, hours = "0", minutes = "0", seconds = "0", fraction = ""] = date;
    const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), fraction ? Math.round(Number(fraction) * 1000) : 0);
    const check = new Date(ms);
    if (Number.isNaN(ms) || check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return null;
    return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  }
  const time = ISO_TIME.exec(text);
  if (time) {
    const [, hours, minutes, seconds = "0", fraction = ""] = time;
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
    return (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(fraction) : 0)) / 86_400;
  }
  return null;
}

/** A cell element with t="d" (any prefix, any attribute order), and its content. */
const DATE_CELL = /<((?:[A-Za-z_][\w.-]*:)?c)((?:\s[^>/]*?)?)\st\s*=\s*(["'])d\3([^>/]*)>([\s\S]*?)<\/\1\s*>/g;
const VALUE = /<((?:[A-Za-z_][\w.-]*:)?v)>([^<]*)<\/\1>/;

/** The sheet's XML with its t="d" cells as serial numbers (or, when not a date, as texts). */
export function rewriteIsoDateCells(sheetXml: string, date1904: boolean): string {
  return sheetXml.replace(DATE_CELL, (_cell, tag: string, before: string, _quote: string, after: string, content: string) => {
    const value = VALUE.exec(content);
    const serial = value ? isoToSerial(value[2] ?? "", date1904) : null;
    if (value && serial !== null) {
      const rewritten = content.replace(VALUE, `<${value[1] ?? "v"}>${serial}</${value[1] ?? "v"}>`);
      return `<${tag}${before}${after}>${rewritten}</${tag}>`;
    }
    // Not an ISO date: a text, as written ("str" holds it in <v>, for plain and formula cells).
    return `<${tag}${before} t="str"${after}>${content}</${tag}>`;
  });
}

function hasDateCells(xml: string): boolean {
  DATE_CELL.lastIndex = 0;
  return DATE_CELL.test(xml);
}

async function partText(zip: Buffer, entry: Parameters<typeof inflateEntry>[1]): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  const inflated = await inflateEntry(zip, entry, MAX_PART_BYTES, (chunk) => chunks.push(Buffer.from(chunk)));
  return inflated.ok ? Buffer.concat(chunks) : null;
}

/** The workbook with its ISO date cells as serial numbers, or the same bytes when it has none. */
export async function withSerialDates(zip: Buffer): Promise<Buffer> {
  const entries = zipEntries(zip);
  if (!entries) return zip;
  const rewritten = new Map<string, Buffer>();
  let date1904: boolean | undefined;
  for (const entry of entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    const bytes = await partText(zip, entry);
    if (!bytes || (!bytes.includes('t="d"') && !bytes.includes("t='d'"))) continue;
    const xml = bytes.toString("utf8");
    if (!hasDateCells(xml)) continue;
    if (date1904 === undefined) {
      const workbookEntry = entries.find((candidate) => candidate.name.toLowerCase() === "xl/workbook.xml");
      const workbookXml = workbookEntry ? ((await partText(zip, workbookEntry))?.toString("utf8") ?? "") : "";
      date1904 = /<(?:[A-Za-z_][\w.-]*:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml);
    }
    rewritten.set(entry.name, Buffer.from(rewriteIsoDateCells(xml, date1904), "utf8"));
  }
  if (rewritten.size === 0) return zip;
  const parts: ZipPart[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const data = rewritten.get(entry.name) ?? (await partText(zip, entry));
    if (!data) return zip;
    parts.push({ name: entry.name, data, deflate: true });
  }
  return zipOf(parts);
}

// ---- The serial behind each Date ExcelJS makes ----
/*
 * Dates exactly as the file stores them. ExcelJS turns a number in a date-formatted cell into a
 * JavaScript Date, rounded to the millisecond, and back into a number when it writes: a time
 * loses digits, and a number beyond the Date range (a serial of 10^10 in a date cell) becomes
 * Invalid Date, then "NaN" in the copy. Each Date ExcelJS makes from a file here remembers the
 * serial it came from (`excelSerial`), which the grid reads and ExcelJS writes back unchanged.
 * Dates made otherwise (document dates) convert as before.
 */

interface SerialDate extends Date {
  excelSerial?: number;
}

let installed = false;

/** Makes ExcelJS keep the serial of every date it reads (once per process; idempotent). */
export function installExactExcelDates(): void {
  if (installed) return;
  installed = true;
  const toDate = excelUtils.excelToDate.bind(excelUtils);
  const toSerial = excelUtils.dateToExcel.bind(excelUtils);
  excelUtils.excelToDate = (serial: number, date1904?: boolean): Date => Object.assign(toDate(serial, date1904), { excelSerial: serial });
  excelUtils.dateToExcel = (date: Date, date1904?: boolean): number => (date as SerialDate).excelSerial ?? toSerial(date, date1904);
}

/** The serial a date was read from, when ExcelJS made it from a file. */
export function storedSerial(date: Date): number | undefined {
  return (date as SerialDate).excelSerial;
}
