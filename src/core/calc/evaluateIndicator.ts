/**
 * The bridge from read cells to figures: a result and a target as `CellValue`s
 * (and optionally a baseline) become an achievement, plus deviation and relative
 * deviation when both are numbers. Checked in this order:
 *
 * 1. a value the reader could not read (failure) -> `invalidArgument`, quoting the
 *    reader's message: a data error outranks a missing figure;
 * 2. a placeholder result or target ("//", "-", blank) -> `notEvaluable`
 *    ("Risultato non ancora disponibile ('//')");
 * 3. a bound as a result ("almeno 300") -> `incompatible`: a result must be measured;
 * 4. milestone result with milestone target -> `computeMilestoneAchievement`;
 *    a milestone against a quantity or bound ("Avvio" vs "100,00%"), or a quantity
 *    against a milestone -> `incompatible`;
 * 5. quantity result with quantity or bound target -> `evaluateNumericIndicator`.
 *
 * A baseline is optional: a placeholder means none; a milestone baseline ("Nuova
 * attività") is not numeric, so it is not used and the explanation says so.
 */
import type { CellValue, Milestone, Quantity, Threshold } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained } from "./calcTypes";
import { explained, fail } from "./calcOutcome";
import { computeMilestoneAchievement } from "./computeMilestoneAchievement";
import { quoteValue } from "../wording/describeValue";
import { evaluateNumericIndicator, type IndicatorEvaluation } from "./evaluateNumericIndicator";
import { isPolarity } from "../plan/polarity";
import type { Polarity } from "../plan/polarity";
import { isCellValue } from "../values/valueTypes";
import { calcWords } from "../wording/calcWords";
import type { Locale } from "../wording/addinLanguage";

export type { IndicatorEvaluation } from "./evaluateNumericIndicator";

export interface IndicatorInput {
  result: CellValue;
  target: CellValue;
  polarity: Polarity;
  baseline?: CellValue;
}

type Role = "Risultato" | "Target" | "Base";

/** The indicator's figures, the explanation written only when asked (see `Explained`; `withExplanation` writes it). */
export function evaluateIndicator(input: IndicatorInput, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const { result, target, polarity, baseline } = input;
  const unusable = unusableInput("Risultato", result) ?? unusableInput("Target", target) ?? (baseline === undefined ? null : unusableInput("Base", baseline));
  if (unusable !== null) return unusable;
  if (!isPolarity(polarity)) {
    return fail("invalidArgument", `Polarità '${String(polarity)}' sconosciuta: usare crescente, decrescente o milestone.`);
  }
  if (result.kind === "placeholder") return fail("notEvaluable", `Risultato non ancora disponibile (${quoteValue(result)}).`);
  if (target.kind === "placeholder") return fail("notEvaluable", `Target non definito (${quoteValue(target)}).`);
  if (result.kind === "threshold") return fail("incompatible", incompatibilityText(result, target));
  if (result.kind === "milestone") {
    if (target.kind === "milestone") return milestoneEvaluation(result, target, options);
    return incompatible(result, target);
  }
  if (result.kind !== "quantity") return fail("invalidArgument", `Risultato non valido (${quoteValue(result)}).`);
  if (target.kind === "milestone" || target.kind === "failure") return incompatible(result, target);

  const notes: ((locale: Locale) => string)[] = [];
  const usable = usableBaseline(baseline, notes);
  return evaluateNumericIndicator({ result, target, polarity, baseline: usable, notes }, options);
}

/** The failure for an input that is not a read value, or that could not be read; null when it can be used. */
function unusableInput(role: Role, value: unknown): CalcFailure | null {
  if (!isCellValue(value)) return fail("invalidArgument", `${role} non valido: atteso un valore letto da una cella, non ${typeof value}.`);
  if (value.kind === "failure") return fail("invalidArgument", `${role} non leggibile (${quoteValue(value)}): ${value.message}`);
  return null;
}

function milestoneEvaluation(result: Milestone, target: Milestone, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const achievement = computeMilestoneAchievement(result, target, options);
  if (!achievement.ok) return achievement;
  return explained<IndicatorEvaluation>({ achievement: achievement.value, polarity: "milestone" }, achievement.explain);
}

function incompatible(result: CellValue, target: CellValue): CalcFailure {
  return fail("incompatible", incompatibilityText(result, target));
}

/**
 * Why a result cannot be measured against a target of its kind, in the language asked: a bound
 * written as a result, or kinds that differ (a milestone against a number). The message of the
 * `incompatible` failure in Italian; the rules say it again in the report's language.
 */
export function incompatibilityText(result: CellValue, target: CellValue, locale?: Locale): string {
  const words = calcWords(locale);
  if (result.kind === "threshold") return words.boundAsResult(words.quote(result.text));
  return words.kindsDiffer(words.quote(result.text), words.kind(result), words.quote(target.text), words.kind(target));
}

function usableBaseline(baseline: CellValue | undefined, notes: ((locale: Locale) => string)[]): Quantity | Threshold | undefined {
  if (baseline === undefined || baseline.kind === "placeholder" || baseline.kind === "failure") return undefined;
  if (baseline.kind === "milestone") {
    notes.push((locale) => calcWords(locale).baselineNotNumeric(calcWords(locale).quote(baseline.text)));
    return undefined;
  }
  return baseline;
}
