/**
 * The reporting period (30/6 or 31/12): the one given, else detected from the plan.
 * - 31/12 when any indicator has a 31/12 result that is not a placeholder (blank, "-", "//"...);
 * - else, when results are written without a date ("Risultati raggiunti"), the date named by the
 *   sheet's title rows, if exactly one is ("Rendicontazione al 31.12.2020");
 * - else 30/6, the mid-year report.
 */
import { headerWords, isDateWord } from "./normalizeHeader";
import type { Indicator, Period } from "./planModel";

export interface PeriodInput {
  /** The period asked for (a setting, `--periodo`); wins over anything detected. */
  given?: Period;
  indicators: readonly Indicator[];
  /** Texts above the tables whose results carry no date. */
  titles?: readonly string[];
}

export interface PeriodChoice {
  period: Period;
  /** True when detected, false when given. */
  detected: boolean;
}

/** The one reporting date a text names ("al 30 giugno 2020" -> 30/6), or undefined. */
export function periodNamedIn(text: string): Period | undefined {
  const dates = new Set(headerWords(text).filter(isDateWord));
  return dates.size === 1 ? ([...dates][0] as Period) : undefined;
}

export function detectPeriod(input: PeriodInput): PeriodChoice {
  if (input.given === "30/6" || input.given === "31/12") return { period: input.given, detected: false };
  const yearEndResult = input.indicators.some((indicator) => {
    const kind = indicator.results["31/12"]?.value.kind;
    return kind !== undefined && kind !== "placeholder";
  });
  if (yearEndResult) return { period: "31/12", detected: true };
  const named = new Set((input.titles ?? []).map(periodNamedIn).filter((p): p is Period => p !== undefined));
  if (named.size === 1) return { period: [...named][0] ?? "30/6", detected: true };
  return { period: "30/6", detected: true };
}
