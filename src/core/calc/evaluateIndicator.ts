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
import type { AchievementOptions, CalcFailureCode, Explained } from "./calcTypes";
import { explained, fail } from "./calcOutcome";
import { computeMilestoneAchievement, milestoneFigure } from "./computeMilestoneAchievement";
import { quoteValue } from "../wording/describeValue";
import { evaluateNumericIndicator, numericFigures, type IndicatorEvaluation } from "./evaluateNumericIndicator";
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

/**
 * Which calculation an input goes to, or why none can be made: the checks above, in their order,
 * shared by the explained evaluation and the figures alone. A failure's message is written only
 * when asked.
 */
type Route =
  | { kind: "failure"; code: CalcFailureCode; message: () => string }
  | { kind: "milestone"; result: Milestone; target: Milestone }
  | { kind: "numeric"; result: Quantity; target: Quantity | Threshold; polarity: Polarity; baseline: Quantity | Threshold | undefined; baselineNotNumeric: Milestone | null };

function routeOf(input: IndicatorInput): Route {
  const { result, target, polarity, baseline } = input;
  const unusable = unusableInput("Risultato", result) ?? unusableInput("Target", target) ?? (baseline === undefined ? null : unusableInput("Base", baseline));
  if (unusable !== null) return unusable;
  if (!isPolarity(polarity)) {
    return failure("invalidArgument", () => `Polarità '${String(polarity)}' sconosciuta: usare crescente, decrescente o milestone.`);
  }
  if (result.kind === "placeholder") return failure("notEvaluable", () => `Risultato non ancora disponibile (${quoteValue(result)}).`);
  if (target.kind === "placeholder") return failure("notEvaluable", () => `Target non definito (${quoteValue(target)}).`);
  if (result.kind === "threshold") return failure("incompatible", () => incompatibilityText(result, target));
  if (result.kind === "milestone") {
    if (target.kind === "milestone") return { kind: "milestone", result, target };
    return failure("incompatible", () => incompatibilityText(result, target));
  }
  if (result.kind !== "quantity") return failure("invalidArgument", () => `Risultato non valido (${quoteValue(result)}).`);
  if (target.kind === "milestone" || target.kind === "failure") return failure("incompatible", () => incompatibilityText(result, target));
  // A placeholder baseline means none; a milestone baseline ("Nuova attività") is not numeric: not used, and said so.
  const usable = baseline === undefined || baseline.kind === "placeholder" || baseline.kind === "failure" || baseline.kind === "milestone" ? undefined : baseline;
  return { kind: "numeric", result, target, polarity, baseline: usable, baselineNotNumeric: baseline?.kind === "milestone" ? baseline : null };
}

function failure(code: CalcFailureCode, message: () => string): Route {
  return { kind: "failure", code, message };
}

/** The indicator's figures, the explanation written only when asked (see `Explained`; `withExplanation` writes it). */
export function evaluateIndicator(input: IndicatorInput, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const route = routeOf(input);
  if (route.kind === "failure") return fail(route.code, route.message());
  if (route.kind === "milestone") return milestoneEvaluation(route.result, route.target, options);
  const notes: ((locale: Locale) => string)[] = [];
  const skipped = route.baselineNotNumeric;
  if (skipped !== null) notes.push((locale) => calcWords(locale).baselineNotNumeric(calcWords(locale).quote(skipped.text)));
  return evaluateNumericIndicator({ result: route.result, target: route.target, polarity: route.polarity, baseline: route.baseline, notes }, options);
}

/**
 * The same figures as evaluateIndicator, or the code of its failure, with no text written: what a
 * plan's evaluation (planEvaluation.ts) stores for every indicator, the explanation being asked
 * for one indicator at a time.
 */
export function evaluationFigures(input: IndicatorInput, options?: AchievementOptions): IndicatorEvaluation | CalcFailureCode {
  const route = routeOf(input);
  if (route.kind === "failure") return route.code;
  if (route.kind === "milestone") {
    const achievement = milestoneFigure(route.result, route.target, options);
    return typeof achievement === "number" ? { achievement, polarity: "milestone" } : achievement.code;
  }
  const figures = numericFigures({ result: route.result, target: route.target, polarity: route.polarity, baseline: route.baseline }, options);
  return "ok" in figures ? figures.code : figures;
}

/** The failure for an input that is not a read value, or that could not be read; null when it can be used. */
function unusableInput(role: Role, value: unknown): Route | null {
  if (!isCellValue(value)) return failure("invalidArgument", () => `${role} non valido: atteso un valore letto da una cella, non ${typeof value}.`);
  if (value.kind === "failure") return failure("invalidArgument", () => `${role} non leggibile (${quoteValue(value)}): ${value.message}`);
  return null;
}

function milestoneEvaluation(result: Milestone, target: Milestone, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const achievement = computeMilestoneAchievement(result, target, options);
  if (!achievement.ok) return achievement;
  return explained<IndicatorEvaluation>({ achievement: achievement.value, polarity: "milestone" }, achievement.explain);
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
