/**
 * A text from the seed document as a clerk would type it into Excel: a figure
 * becomes a number with a format that shows it the same way ("89,55%" -> 0.8955
 * as 0.00%; "€ 1.800.000,00" -> 1800000 as a euro amount; "2.870 campioni" ->
 * 2870, with "campioni" going to the Unità column); every other text stays as
 * written: milestones ("Avvio"), bounds ("Almeno 3 iniziative"), descriptive targets,
 * placeholders ("//", "-", "--") and ambiguous texts ("2301 iscritti ... 1361 partecipanti").
 */
import type { SheetCellValue } from "../report/sheetContent";
import { literalToNumber, normaliseItalianNumber } from "../values/parseItalianNumber";
import { COUNT_FORMAT, DECIMAL_FORMAT, EURO_FORMAT, PERCENT_FORMAT, YEAR_FORMAT } from "./cellFormats";

export interface ClerkEntry {
  value: SheetCellValue;
  /** Number format of the cell, for numbers. */
  format?: string;
  /** What the number counts, moved out of the cell ("campioni", "posizioni"). */
  unitLabel?: string;
}

const NUMBER = String.raw`[+\-\u2212]?\d[\d.,]*`;
const PERCENT = new RegExp(String.raw`^(${NUMBER})\s*%$`);
const EURO = new RegExp(String.raw`^€\s*(${NUMBER})$`);
const PLAIN = new RegExp(String.raw`^(${NUMBER})$`);
const COUNT_WITH_LABEL = new RegExp(String.raw`^(\d[\d.,]*)\s+(\p{L}[\p{L}' ]*)$`, "u");

function toNumber(text: string, powerOfTen = 0): number | null {
  const normalised = normaliseItalianNumber(text);
  if (!normalised.ok) return null;
  const parsed = literalToNumber(normalised.literal, powerOfTen);
  return parsed.ok ? parsed.value : null;
}

/** Decimals shown as typed: "1.800.000,00" keeps two, "2.870" none. */
function plainFormat(typed: string, value: number): string {
  return Number.isInteger(value) && !/,\d/.test(typed) ? COUNT_FORMAT : DECIMAL_FORMAT;
}

function asWritten(text: string): ClerkEntry {
  return { value: text };
}

export function typeAsClerk(text: string | null | undefined): ClerkEntry {
  if (text === null || text === undefined || text.trim() === "") return { value: null };
  const trimmed = text.trim();
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const value = toNumber(percent[1] ?? "", -2);
    return value === null ? asWritten(text) : { value, format: PERCENT_FORMAT };
  }
  const euro = EURO.exec(trimmed);
  if (euro) {
    const value = toNumber(euro[1] ?? "");
    return value === null ? asWritten(text) : { value, format: EURO_FORMAT };
  }
  const plain = PLAIN.exec(trimmed);
  if (plain) {
    const value = toNumber(plain[1] ?? "");
    return value === null ? asWritten(text) : { value, format: plainFormat(plain[1] ?? "", value) };
  }
  const counted = COUNT_WITH_LABEL.exec(trimmed);
  if (counted) {
    const value = toNumber(counted[1] ?? "");
    const label = (counted[2] ?? "").trim();
    return value === null ? asWritten(text) : { value, format: plainFormat(counted[1] ?? "", value), unitLabel: label };
  }
  return asWritten(text);
}

/** A year ("2019") as a number shown without thousands separator; other texts as written. */
export function typeYearAsClerk(text: string | null | undefined): ClerkEntry {
  if (text === null || text === undefined || text.trim() === "") return { value: null };
  return /^\d{4}$/.test(text.trim()) ? { value: Number(text.trim()), format: YEAR_FORMAT } : asWritten(text);
}
