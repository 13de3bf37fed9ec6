/**
 * Shapes shared by every calculation. Calculations never throw: they return an
 * `Outcome` whose failure carries a code and an Italian message, and whose
 * success can explain itself in one Italian sentence with the numbers used.
 */
import type { Locale } from "../wording/addinLanguage";

export type CalcFailureCode =
  | "notEvaluable" // a placeholder, a missing result or target: "non valutabile"
  | "invalidArgument" // a value that cannot be used (text, NaN, wrong unit...)
  | "incompatible" // e.g. a milestone result against a numeric target
  | "divisionByZero"
  | "shapeMismatch";

export interface CalcFailure {
  ok: false;
  code: CalcFailureCode;
  message: string;
}

export type Outcome<T> = { ok: true; value: T; explanation: string } | CalcFailure;

/**
 * An outcome whose explanation is written on demand, by `explain()`: what the indicator calculations
 * return, as the rules judge most indicators by their figures alone and quote an explanation only in a
 * finding, and the PERF functions never show one. `withExplanation` turns it into an `Outcome`.
 * The explanation is written in the language asked (Italian by default), with the words of
 * wording/calcWords.
 */
export type Explained<T> = { ok: true; value: T; explain: (locale?: Locale) => string } | CalcFailure;

/** Options that shape an achievement; every one is a function parameter and a pane setting. */
export interface AchievementOptions {
  /** Upper cap as a fraction (default 1 = 100%; e.g. 1.2 = 120%). */
  cap?: number;
  /** Below this fraction the achievement counts 0 (default: none). */
  threshold?: number;
  /** Credit, as a fraction, for a milestone that has started but is required done (default 0). */
  milestonePartial?: number;
  /**
   * The method per polarity (the scoring profile's `metodo`, `metodoDecrescente`). Absent: the
   * baseline when one is given, else linear (today's rule).
   */
  methods?: Partial<Record<"increasing" | "decreasing", "linear" | "ratio" | "baseline">>;
}

/** Italian labels of the four states reported by PERF.STATO. */
export type Status = "Raggiunto" | "Parzialmente raggiunto" | "Non raggiunto" | "Non valutabile";
