/**
 * The reporting date, in this order:
 * 1. the one the user gives (a setting, `--periodo`);
 * 2. the one the sheets' titles name: a date after «al» or in a report's title («Monitoraggio al
 *    31/07/2013», «rendicontazione semestrale al 30 giugno 2020», «monitoraggio semestrale» for
 *    30/6; a semester, a «quadrimestre» or a quarter in any title, «Obiettivi operativi secondo semestre 2012» for 31/12/2012,
 *    «Report terzo trimestre 2023» for 30/9/2023), else the end of the year of a report's title («Relazione sulla performance
 *    2019»; not of an interim one, «Monitoraggio intermedio 2022», whose date the columns give), when the titles name exactly one;
 * 3. the columns: the latest date with results written (results all blank, placeholders or 0 are
 *    a column not yet filled); when results carry no date, the earliest date with targets;
 *    else the latest date with targets in their first year (a three-year plan is reported on in its
 *    first year): a plan without results, or with result columns not filled in yet (source
 *    "targets": the rules and the scores then do not judge the results);
 * 4. else 31/12: an annual plan with no date anywhere.
 * The date is a key of the plan's targets and results: it has a year only when they do (a
 * multi-year grid); otherwise a year that was named is kept apart as the plan's year.
 */
import type { Indicator, PeriodSource } from "./planModel";
import { comparePeriods, datesIn, withHalfYearsAt, withPeriodPhrases, dayAndMonth, latestPeriod, periodKey, periodYear, yearEnd, yearsIn, type Period } from "./reportingDate";
import { datedValue, datesWithCells } from "./indicatorColumns";

export interface PeriodInput {
  /** The period asked for (a setting, `--periodo`); wins over anything detected. */
  given?: Period;
  indicators: readonly Indicator[];
  /** True when some results are written without a date («Risultati raggiunti», «Valore realizzato»). */
  undatedResults?: boolean;
  /** Texts above the tables of the plan's sheets (their titles). */
  titles?: readonly string[];
  /** Years named by the sheets' dated headers ("Target 30/06/2020"). */
  headerYears?: readonly number[];
}

export interface PeriodChoice {
  period: Period;
  source: PeriodSource;
  /** The plan's year, when a title, a header or the user names one. */
  year?: number;
}

/** Words of a report (not of a plan): a year alone in such a title is the year reported on. */
const REPORT_WORDS = /\b(?:relazione|rendicontazione|rendiconto|consuntivo|monitoraggio|verifica|report|stato di attuazione|risultati|performance report|annual report)\b/i;
/** Words of a report made during the year: its year alone does not make it a report at the year's end. */
const INTERIM_WORDS = /\b(?:intermedi[oa]|infrannuale|in corso d'anno|interim)\b/i;
/** Words just before a date that make it the date of the data («al 31/07/2013», «as at 30 June»). */
const AT_DATE = /(?:^|[^\p{L}])(?:al|alla data del|aggiornat[oa] al|a tutto il|at|as at|as of)\s*$/iu;

/** The one reporting date a text names ("Monitoraggio al 30 giugno 2020" -> "30/6/2020"), or undefined. */
export function periodNamedIn(written: string): Period | undefined {
  const report = REPORT_WORDS.test(written);
  const text = report ? withPeriodPhrases(written.toLowerCase()) : withHalfYearsAt(written.toLowerCase());
  const dates = datesIn(text).filter((date) => report || AT_DATE.test(text.slice(0, date.start)));
  const keys = new Set(dates.map((date) => dayAndMonth(periodKey(date.parts))));
  if (keys.size === 1) {
    const written = dates.flatMap((date) => (date.parts.year === undefined ? [] : [date.parts.year]));
    const years = new Set(written.length > 0 ? written : yearsIn(text));
    const [key] = [...keys];
    const [year] = years.size === 1 ? [...years] : [];
    if (key !== undefined) return year === undefined ? key : `${key}/${year}`;
  }
  if (keys.size > 1 || !report || INTERIM_WORDS.test(written)) return undefined;
  const years = new Set(yearsIn(text));
  const [year] = [...years];
  return years.size === 1 && year !== undefined ? yearEnd(year) : undefined;
}

function namedInTitles(titles: readonly string[]): Period | undefined {
  const named = new Set(titles.map(periodNamedIn).filter((period): period is Period => period !== undefined));
  if (named.size === 0) return undefined;
  const days = new Set([...named].map(dayAndMonth));
  if (days.size !== 1) return undefined;
  const years = new Set([...named].flatMap((period) => (periodYear(period) === undefined ? [] : [periodYear(period)])));
  return years.size > 1 ? undefined : ([...named].find((period) => periodYear(period) !== undefined) ?? [...named][0]);
}

function isFilled(indicator: Indicator, period: Period): boolean {
  const value = datedValue(indicator, "results", period);
  if (value === undefined || value.kind === "placeholder") return false;
  return !(value.kind === "quantity" && value.value === 0);
}

/** Whether some indicator has a result filled in at the period (isFilled). */
function someFilled(indicators: readonly Indicator[], period: Period): boolean {
  for (let i = 0; i < indicators.length; i++) if (isFilled(indicators[i] as Indicator, period)) return true;
  return false;
}

/**
 * The latest of the target dates (in order) in the first year they name: a three-year plan («Target
 * 2024 | 2025 | 2026») is reported on in its first year, and a target met once in that year («Entro
 * il 30/06/2024», «-» after) is not missing later. Dates without a year are the plan's own year: with
 * one among them, the latest date.
 */
function lastOfFirstYear(dates: readonly Period[]): Period | undefined {
  const years = dates.map(periodYear);
  if (years.some((year) => year === undefined)) return dates.at(-1);
  const first = Math.min(...(years as number[]));
  return dates.filter((date) => periodYear(date) === first).at(-1);
}

function fromColumns(input: PeriodInput): { date: Period; source: PeriodSource } | undefined {
  const resultDates = [...datesWithCells(input.indicators, "results")];
  const filled = resultDates.filter((period) => someFilled(input.indicators, period));
  const latestFilled = latestPeriod(filled);
  if (latestFilled !== undefined) return { date: latestFilled, source: "columns" };
  const targetDates = [...datesWithCells(input.indicators, "targets")].sort(comparePeriods);
  const first = targetDates[0];
  if (input.undatedResults && first !== undefined) return { date: first, source: "columns" };
  const last = lastOfFirstYear(targetDates) ?? latestPeriod(resultDates);
  // Result columns all blank or at zero: a grid not filled in yet, read as a plan.
  if (last !== undefined) return { date: last, source: resultDates.length > 0 ? "targets" : "columns" };
  return undefined;
}

/**
 * The key under which the plan's values are found for a date that may name a year: the date itself
 * when the plan keys its values by year, else its day and month (the year is the plan's).
 */
function asKey(date: Period, indicators: readonly Indicator[]): Period {
  if (periodYear(date) === undefined) return date;
  const keys = new Set([...datesWithCells(indicators, "targets"), ...datesWithCells(indicators, "results")]);
  const yearKeyed = [...keys].some((key) => periodYear(key) !== undefined);
  return yearKeyed ? date : dayAndMonth(date);
}

function planYear(input: PeriodInput, date: Period | undefined): number | undefined {
  const named = date === undefined ? undefined : periodYear(date);
  if (named !== undefined) return named;
  const years = new Set(input.headerYears ?? []);
  const [year] = [...years];
  return years.size === 1 ? year : undefined;
}

function choice(input: PeriodInput, date: Period, source: PeriodSource): PeriodChoice {
  const period = asKey(date, input.indicators);
  const year = periodYear(period) === undefined ? planYear(input, date) : undefined;
  return year === undefined ? { period, source } : { period, source, year };
}

export function detectPeriod(input: PeriodInput): PeriodChoice {
  if (input.given !== undefined) return choice(input, input.given, "given");
  const titled = namedInTitles(input.titles ?? []);
  if (titled !== undefined) return choice(input, titled, "title");
  const columns = fromColumns(input);
  if (columns !== undefined) return choice(input, columns.date, columns.source);
  return choice(input, "31/12", "default");
}
