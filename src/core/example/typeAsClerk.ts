/**
 * How a clerk writes the seed plan into Excel:
 * - the number formats of the plan sheets, as Excel stores them ("." decimal, "," thousands in
 *   the code): Italian Excel shows them the Italian way ("89,55%", "€ 1.800.000,00", "2.870");
 * - `typeAsClerk`: a text from the seed document as typed (see below);
 * - `clerkPolarity`: the Polarità the clerk writes for an indicator (see below).
 */
import type { SheetCellValue } from "../report/sheetContent";
import { literalToNumber, normaliseItalianNumber } from "../values/parseItalianNumber";
import { readCellValue } from "../values/readCellValue";
import type { Polarity } from "../plan/polarity";
import type { FixtureIndicator } from "./planFixture";

export const PERCENT_FORMAT = "0.00%";
export const EURO_FORMAT = '"€" #,##0.00';
export const COUNT_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.00";
export const YEAR_FORMAT = "0";
export const TEXT_FORMAT = "@";

/**
 * A text from the seed document as a clerk would type it into Excel: a figure
 * becomes a number with a format that shows it the same way ("89,55%" -> 0.8955
 * as 0.00%; "€ 1.800.000,00" -> 1800000 as a euro amount; "2.870 campioni" ->
 * 2870, with "campioni" going to the Unità column); every other text stays as
 * written: milestones ("Avvio"), bounds ("Almeno 3 iniziative"), descriptive targets,
 * placeholders ("//", "-", "--") and ambiguous texts ("2301 iscritti ... 1361 partecipanti").
 */

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

/**
 * The Polarità a clerk writes for a seed indicator. The document never names a
 * polarity, but it shows one: the reduction indicator (2.2 n. 1, "% riduzione delle
 * pratiche critiche", targets -2% and -5%, deviation reported as target minus
 * result) is decrescente; an indicator whose targets are figures or bounds
 * ("88,00%", "Almeno 3 iniziative") is crescente; one whose targets are only steps
 * or descriptions ("Avvio del servizio", "sì", "Nuovo regolamento") is a milestone.
 * Filling the column is what the template asks for; the reader's inference
 * (rule polarita-dedotta) is for plans that leave it blank.
 */

/** The polarity; the clerk writes its Italian name (`polarityName`). */
export function clerkPolarity(indicator: FixtureIndicator, targets: ClerkEntry[]): Polarity {
  if (indicator.direction?.startsWith("reduction")) return "decreasing";
  const read = targets.map((entry) => readCellValue(entry.value, entry.format ? { numberFormat: entry.format } : undefined));
  const bound = read.find((value) => value.kind === "threshold");
  if (bound?.kind === "threshold" && (bound.comparator === "atMost" || bound.comparator === "lessThan")) return "decreasing";
  return read.some((value) => value.kind === "quantity" || value.kind === "threshold") ? "increasing" : "milestone";
}
