/**
 * Reporting dates: the one place where dates of a plan are read, written and compared.
 *
 * A plan keys its targets, results and declared deviations by a reporting date, written one way
 * (a `Period`): day and month without leading zeros, with the year when the document gives one
 * ("30/6", "31/12", "31/7/2013", "31/12/2027"). A year alone (a triennial target "2027", a
 * multi-year grid's "2013" column, «Relazione sulla performance 2019») stands for the end of that
 * year. Dates are found in any text written the Italian or English way: "30/06/2020", "30.6",
 * "31-12-2020", "al 30 giugno 2020", "31st December". With dots or dashes and no year, only a
 * month's last day is read as a date, so that a code such as "1.1" or "2-3" is never a date.
 */
import { memoByText } from "../memo";

/** A reporting date as the plan keys it: "30/6", "31/12", "31/7/2013". */
export type Period = string;

export interface DateParts {
  day: number;
  month: number;
  year?: number;
}

const MONTHS: Record<string, number> = {
  gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9,
  ottobre: 10, novembre: 11, dicembre: 12, gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8,
  set: 9, sett: 9, ott: 10, nov: 11, dic: 12, january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12, jan: 1, jun: 6, jul: 7,
  aug: 8, sep: 9, oct: 10, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Numeric dates: 30/06/2020, 30.6.20, 31-12, 30/6. The character before must not be a digit or a dot-number. */
const NUMERIC_DATE = /(^|[^\d.,/])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?(?![\d/]|[.,]\d)/g;
/** Dates with the month's name: "30 giugno 2020", "31st December", "June 30". */
const NAMED_DATE = new RegExp(
  `(^|[^\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])|(^|[^\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  "giu",
);
const YEAR = /(^|[^\d.,/-])((?:19|20)\d\d)(?![\d/]|[.,]\d|-\d)/g;

function validParts(day: number, month: number, year?: number): DateParts | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return undefined;
  if (day > (LAST_DAY[month - 1] ?? 31)) return undefined;
  if (year !== undefined && (year < 1900 || year > 2199)) return undefined;
  return year === undefined ? { day, month } : { day, month, year };
}

function fullYear(written: string | undefined): number | undefined {
  if (written === undefined || written === "") return undefined;
  const year = Number(written);
  return written.length === 2 ? 2000 + year : year;
}

function isMonthEnd(day: number, month: number): boolean {
  return day === LAST_DAY[month - 1] || (month === 2 && day === 28);
}

export interface DateMention {
  parts: DateParts;
  /** Where the mention starts and ends in the text. */
  start: number;
  end: number;
}

/** The day-and-month dates written in a text, in order. */
export function datesIn(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  if (!/\d/.test(text)) return mentions;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [, before = "", dayText = "", separator = "", monthText = "", yearText] = match;
    const year = fullYear(yearText);
    const parts = validParts(Number(dayText), Number(monthText), year);
    if (!parts) continue;
    if (separator !== "/" && year === undefined && !isMonthEnd(parts.day, parts.month)) continue;
    const start = (match.index ?? 0) + before.length;
    mentions.push({ parts, start, end: (match.index ?? 0) + match[0].length });
  }
  for (const match of text.matchAll(NAMED_DATE)) {
    const before = match[1] ?? match[5] ?? "";
    const day = Number(match[2] ?? match[7]);
    const month = MONTHS[(match[3] ?? match[6] ?? "").toLowerCase()] ?? 0;
    const parts = validParts(day, month, fullYear(match[4] ?? match[8]));
    if (!parts) continue;
    const start = (match.index ?? 0) + before.length;
    mentions.push({ parts, start, end: (match.index ?? 0) + match[0].length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The years written alone in a text (not inside a date, a range "2020-2022" or a number "2.019"). */
export function yearsIn(text: string): number[] {
  if (!/\d/.test(text)) return [];
  const dates = datesIn(text);
  const years: number[] = [];
  for (const match of text.matchAll(YEAR)) {
    const start = (match.index ?? 0) + (match[1] ?? "").length;
    if (dates.some((date) => start >= date.start && start < date.end)) continue;
    const after = text.slice(start + 4);
    const before = text.slice(0, start);
    if (/^\s*[-–—/]\s*(?:19|20)?\d\d(?!\d)/.test(after) || /(?:19|20)\d\d\s*[-–—/]\s*$/.test(before)) continue;
    years.push(Number(match[2]));
  }
  return years;
}

/**
 * The place of a plan's year that a header names by its place instead of its number: 0 for the first
 * year («anno N», «anno T», «primo anno», «1° anno», «I anno», «anno 1»), 1 to 3 for the next ones
 * («anno N+1», «N+2», «secondo anno», «2° anno», «II anno», «anno 3»). A bare «N» or «T» («Target N»)
 * is the first year only when `bare` says the header row also names «N+1». Undefined for anything
 * else, a previous year («anno N-1») included.
 */
export function yearPlaceIn(text: string, bare = false): number | undefined {
  const lower = text.toLowerCase();
  const later = /(?:^|[^\p{L}\d])(?:anno\s+)?[nt]\s*\+\s*([1-3])(?![\p{L}\d])/u.exec(lower);
  if (later) return Number(later[1]);
  if (/(?:^|[^\p{L}\d])anno\s+[nt](?![\p{L}\d]|\s*[-+−])/u.test(lower)) return 0;
  const ordinal = /(?:^|[^\p{L}\d])(primo|secondo|terzo|quarto|i|ii|iii|iv|[1-4]\s*[°º])\s+anno(?![\p{L}\d])/u.exec(lower);
  if (ordinal) {
    const word = (ordinal[1] ?? "").replace(/\s/g, "");
    const place = ["primo", "secondo", "terzo", "quarto"].indexOf(word);
    if (place >= 0) return place;
    const roman = ["i", "ii", "iii", "iv"].indexOf(word);
    return roman >= 0 ? roman : Number(word.slice(0, 1)) - 1;
  }
  const numbered = /(?:^|[^\p{L}\d])anno\s+([1-4])(?![\p{L}\d]|\s*[°º/.,-])/u.exec(lower);
  if (numbered) return Number(numbered[1]) - 1;
  if (bare && /(?:^|[^\p{L}\d])[nt](?![\p{L}\d.]|\s*[-+−])/u.test(lower)) return 0;
  return undefined;
}

/** A span of years as titles write it: «2024-2026», «2024/2026», «2024 – 26». */
const YEAR_SPAN = /(?:^|[^\d.,/])((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)(?![\d/]|[.,]\d)/g;

/**
 * The first year of a plan as a text names it, and how it is written there: the first of its span of
 * years («PIAO 2024-2026», «triennio 2024/26»: 2024), else its one year («Piano della performance
 * 2024»). Undefined when the text names none, or several that disagree.
 */
export function firstYearIn(text: string): { year: number; written: string } | undefined {
  const spans = new Map<number, string>();
  for (const match of text.matchAll(YEAR_SPAN)) {
    const from = Number(match[1]);
    const written = match[2] ?? "";
    const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
    if (to > from && to - from <= 5 && !spans.has(from)) spans.set(from, match[0].replace(/^[^\d]/, "").trim());
  }
  if (spans.size > 1) return undefined;
  const [span] = [...spans];
  if (span !== undefined) return { year: span[0], written: span[1] };
  const years = new Set(yearsIn(text));
  const [year] = [...years];
  return years.size === 1 && year !== undefined ? { year, written: String(year) } : undefined;
}

/** The ordinals that name a part of the year by its place («primo», «1°», «I»), as patterns, first to fourth. */
const ORDINALS = ["primo|1\\s*[°º^]?|i", "secondo|2\\s*[°º^]?|ii", "terzo|3\\s*[°º^]?|iii", "quarto|4\\s*[°º^]?|iv"];

/** The parts of the year, written in full or shortened: «semestre», «sem.», «sem»; «quadrimestre», «quadrim.»; «trimestre», «trim.». */
const SEMESTER = "sem(?:estre)?\\.?";
const FOUR_MONTHS = "quadrim(?:estre)?\\.?";
const QUARTER = "trim(?:estre)?\\.?";

/** A part of the year named by its place («primo semestre», «II quadrimestre», «3° trimestre», «1° sem.») and its last day. */
function partOfYear(place: number, part: string, lastDay: string): [RegExp, string] {
  return [new RegExp(`(^|[^a-z\\d])(?:${ORDINALS[place] ?? ""})\\s+${part}(?![a-z])`, "g"), lastDay];
}

/**
 * The half-years, four-month periods and quarters named by their place, in lower case, and their
 * last days: monitoring is reported by semester, by «quadrimestre» (30/4, 31/8, 31/12) or by quarter.
 */
const PARTS_OF_YEAR: [RegExp, string][] = [
  partOfYear(0, SEMESTER, "30/6"), partOfYear(1, SEMESTER, "31/12"),
  partOfYear(0, FOUR_MONTHS, "30/4"), partOfYear(1, FOUR_MONTHS, "31/8"), partOfYear(2, FOUR_MONTHS, "31/12"),
  partOfYear(0, QUARTER, "31/3"), partOfYear(1, QUARTER, "30/6"), partOfYear(2, QUARTER, "30/9"), partOfYear(3, QUARTER, "31/12"),
];

/** Other words that name a reporting date without writing it («semestrale», «annuale»), in lower case. */
const PERIOD_PHRASES: [RegExp, string][] = [
  [/(^|[^a-z])(?:h1|mid\s*year|half\s*year|semestrale)(?![a-z])/g, "30/6"],
  [/(^|[^a-z])(?:fine\s+anno|annuale|annual|year\s*end|full\s*year)(?![a-z])/g, "31/12"],
];

function replacePhrases(text: string, phrases: readonly [RegExp, string][], lead: string): string {
  let out = text;
  for (const [pattern, date] of phrases) out = out.replace(pattern, `$1 ${lead}${date} `);
  return out;
}

/** Lower-case text with the phrases that name a reporting date written as its key: "risultato semestrale" -> "risultato  30/6 ". */
export function withPeriodPhrases(text: string): string {
  return replacePhrases(replacePhrases(text, PARTS_OF_YEAR, ""), PERIOD_PHRASES, "");
}

/**
 * Lower-case text with only the parts of the year written as the date they end at, after «al»: "secondo semestre 2012" ->
 * " al 31/12  2012". A semester or a quarter is a period of its own in any title; «annuale» or «semestrale» name one only in a report's.
 */
export function withHalfYearsAt(text: string): string {
  return replacePhrases(text, PARTS_OF_YEAR, "al ");
}

/** "30/6", "31/7/2013". */
export function periodKey(parts: DateParts): Period {
  return parts.year === undefined ? `${parts.day}/${parts.month}` : `${parts.day}/${parts.month}/${parts.year}`;
}

/** The end of a year as a reporting date: 2027 -> "31/12/2027". */
export function yearEnd(year: number): Period {
  return periodKey({ day: 31, month: 12, year });
}

/** The parts of a period key, or undefined when the text is not one (read once per key: a plan has a handful, asked for per indicator). */
export const periodParts: (period: Period) => DateParts | undefined = memoByText((period) => {
  const match = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(period);
  if (!match) return undefined;
  const parts = validParts(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  return parts === undefined ? undefined : Object.freeze(parts);
});

export function periodYear(period: Period): number | undefined {
  return periodParts(period)?.year;
}

/** The date without its year: "31/7/2013" -> "31/7". */
export function dayAndMonth(period: Period): Period {
  const parts = periodParts(period);
  return parts ? periodKey({ day: parts.day, month: parts.month }) : period;
}

/** The date in a given year: ("31/7", 2013) -> "31/7/2013". */
export function inYear(period: Period, year: number | undefined): Period {
  const parts = periodParts(period);
  return parts && year !== undefined ? periodKey({ day: parts.day, month: parts.month, year }) : period;
}

/**
 * Earlier dates first. A date without a year is compared by day and month with one that has it
 * (the plan's dates are of one year unless they say otherwise).
 */
export function comparePeriods(a: Period, b: Period): number {
  const x = periodParts(a);
  const y = periodParts(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return x.year - y.year;
  return x.month - y.month || x.day - y.day;
}

/** The latest of some periods, or undefined when there are none. */
export function latestPeriod(periods: Iterable<Period>): Period | undefined {
  let latest: Period | undefined;
  for (const period of periods) if (latest === undefined || comparePeriods(period, latest) > 0) latest = period;
  return latest;
}

/**
 * A reporting date as a user writes it (a setting, `--periodo`): "30/6", "30/06", "31.12",
 * "31/07/2013", "al 30 giugno 2020", or a year ("2019": its 31/12). Undefined when the text is
 * not exactly one date.
 */
export function parsePeriod(text: string): Period | undefined {
  const trimmed = text.trim();
  if (/^(?:19|20)\d\d$/.test(trimmed)) return yearEnd(Number(trimmed));
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/.exec(trimmed);
  if (numeric) {
    const parts = validParts(Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]));
    return parts ? periodKey(parts) : undefined;
  }
  const dates = datesIn(trimmed);
  const words = trimmed.replace(/[\d/.,-]/g, " ").trim().split(/\s+/).filter((w) => w !== "");
  const only = dates.length === 1 && words.every((w) => /^(?:al|alla|il|del|at|as|of|on)$/i.test(w) || MONTHS[w.toLowerCase()] !== undefined);
  return only && dates[0] ? periodKey(dates[0].parts) : undefined;
}

const MONTH_WORDS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

/** A date in Italian words: "30/6" -> "30 giugno"; "31/7/2013" -> "31 luglio 2013". */
export function periodInWords(period: Period): string {
  const parts = periodParts(period);
  if (!parts) return period;
  const words = `${parts.day} ${MONTH_WORDS[parts.month - 1] ?? ""}`;
  return parts.year === undefined ? words : `${words} ${parts.year}`;
}

/** Where a plan's reporting date came from (see detectPeriod.ts). */
export type PeriodSource = "given" | "title" | "columns" | "targets" | "default";

const SOURCE_WORDS: Record<PeriodSource, { it: string; en: string }> = {
  given: { it: "indicata dall'utente", en: "given by the user" },
  title: { it: "letta nel titolo del foglio", en: "read in the sheet's title" },
  columns: { it: "rilevata dalle colonne compilate", en: "detected from the filled columns" },
  targets: { it: "nessun risultato compilato: data dell'ultimo target, risultati non valutati", en: "no result filled in: date of the last target, results not judged" },
  default: { it: "non indicata: assunta la fine dell'anno", en: "not stated: end of year assumed" },
};

/** Where the date came from, in words: "letta nel titolo del foglio". */
export function periodSourceWords(source: PeriodSource, locale: "it" | "en" = "it"): string {
  return SOURCE_WORDS[source][locale];
}

/** The reporting date as shown to users, with the plan's year when the key has none: "31/7/2013". */
export function reportingDateText(plan: { period: Period; year?: number }): string {
  return periodYear(plan.period) === undefined ? inYear(plan.period, plan.year) : plan.period;
}
