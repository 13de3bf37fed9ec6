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
 * 4. milestone result with milestone target -> `computeMilestoneAchievement`; in a milestone
 *    indicator a date cell is a milestone too, the target's deadline or the day the result was done
 *    (plan/writtenDates);
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
import { evaluateNumericIndicator, writeNumericFigures, type IndicatorEvaluation } from "./evaluateNumericIndicator";
import { isPolarity } from "../plan/polarity";
import { dateAsMilestone } from "../plan/writtenDates";
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

/** The checks above that stop an input, each with the code of its failure. */
const FAILED_CHECKS = {
  resultNotRead: "invalidArgument",
  targetNotRead: "invalidArgument",
  baselineNotRead: "invalidArgument",
  unknownPolarity: "invalidArgument",
  resultPending: "notEvaluable",
  targetPending: "notEvaluable",
  incompatible: "incompatible",
  resultNotValid: "invalidArgument",
} as const satisfies Record<string, CalcFailureCode>;
type FailedCheck = keyof typeof FAILED_CHECKS;

/**
 * Where an input's checks (above, in their order) stop: at a failure, or at the calculation it goes
 * to. A name, not a record: shared by the explained evaluation and the figures alone, which a plan's
 * evaluation asks of every indicator, keeping nothing.
 */
type InputCheck = FailedCheck | "milestones" | "numbers";

/** An input the checks send to computeMilestoneAchievement, or to the numbers' calculation. */
type MilestoneInput = IndicatorInput & { result: Milestone; target: Milestone };
type NumericInput = IndicatorInput & { result: Quantity; target: Quantity | Threshold };

/**
 * The input with a milestone that says there is none of something («nessun reclamo») read as 0 of it
 * when the other side is a number («2 reclami», «≤ 5 reclami»): the one case where a milestone and a
 * number compare. Unchanged otherwise.
 */
function withNoneCounted(input: IndicatorInput): IndicatorInput {
  const { result, target } = input;
  if (result.kind === "milestone" && result.none !== undefined && (target.kind === "quantity" || target.kind === "threshold")) return { ...input, result: zeroOf(result) };
  if (target.kind === "milestone" && target.none !== undefined && result.kind === "quantity") return { ...input, target: zeroOf(target) };
  return input;
}

/**
 * The input with its dates read as a milestone's (plan/writtenDates): in a milestone indicator a
 * target cell holding a date is its deadline, a result cell holding one the day it was done, unless
 * the other side is a number or a bound. Unchanged otherwise (the same object: this runs for every
 * indicator of a plan).
 */
function withDatesAsMilestones(input: IndicatorInput): IndicatorInput {
  const { result, target, polarity } = input;
  if (polarity !== "milestone" || (result.kind !== "failure" && target.kind !== "failure")) return input;
  const deadline = target.kind === "failure" ? dateAsMilestone(target, "target", result, polarity) : null;
  const doneOn = result.kind === "failure" ? dateAsMilestone(result, "result", target, polarity) : null;
  if (deadline === null && doneOn === null) return input;
  return { ...input, result: doneOn ?? result, target: deadline ?? target };
}

/** The input as evaluated: dates read as milestones, then «nessun …» counted as 0. */
function readInput(written: IndicatorInput): IndicatorInput {
  return withNoneCounted(withDatesAsMilestones(written));
}

function zeroOf(milestone: Milestone): Quantity {
  return { kind: "quantity", value: 0, unit: "number", label: milestone.none ?? "", text: milestone.text };
}

function checkInput({ result, target, polarity, baseline }: IndicatorInput): InputCheck {
  if (!isReadValue(result)) return "resultNotRead";
  if (!isReadValue(target)) return "targetNotRead";
  if (baseline !== undefined && !isReadValue(baseline)) return "baselineNotRead";
  if (!isPolarity(polarity)) return "unknownPolarity";
  if (result.kind === "placeholder") return "resultPending";
  if (target.kind === "placeholder") return "targetPending";
  if (result.kind === "threshold") return "incompatible";
  if (result.kind === "milestone") return target.kind === "milestone" ? "milestones" : "incompatible";
  if (result.kind !== "quantity") return "resultNotValid";
  return target.kind === "milestone" || target.kind === "failure" ? "incompatible" : "numbers";
}

/** The input, as its check found it: two milestones. */
function isMilestoneInput(input: IndicatorInput, check: InputCheck): input is MilestoneInput {
  return check === "milestones";
}

/** The input, as its check found it: a quantity against a quantity or a bound. */
function isNumericInput(input: IndicatorInput, check: InputCheck): input is NumericInput {
  return check === "numbers";
}

/** The check that stopped an input which is neither two milestones nor numbers (as the other kinds, «incompatible»). */
function failedCheck(check: InputCheck): FailedCheck {
  return check === "milestones" || check === "numbers" ? "incompatible" : check;
}

/** A value the reader could read: not a failure, and a read value at all. */
function isReadValue(value: unknown): boolean {
  return isCellValue(value) && value.kind !== "failure";
}

/** The message of the check that stopped the input. */
function failureMessage(check: FailedCheck, { result, target, polarity, baseline }: IndicatorInput): string {
  switch (check) {
    case "resultNotRead":
      return notReadMessage("Risultato", result);
    case "targetNotRead":
      return notReadMessage("Target", target);
    case "baselineNotRead":
      return notReadMessage("Base", baseline);
    case "unknownPolarity":
      return `Polarità '${String(polarity)}' sconosciuta: usare crescente, decrescente o milestone.`;
    case "resultPending":
      return `Risultato non ancora disponibile (${quoteValue(result)}).`;
    case "targetPending":
      return `Target non definito (${quoteValue(target)}).`;
    case "incompatible":
      return incompatibilityText(result, target);
    case "resultNotValid":
      return `Risultato non valido (${quoteValue(result)}).`;
  }
}

/** Why an input that is not a read value, or that could not be read, cannot be used. */
function notReadMessage(role: Role, value: unknown): string {
  if (!isCellValue(value)) return `${role} non valido: atteso un valore letto da una cella, non ${typeof value}.`;
  return `${role} non leggibile (${quoteValue(value)}): ${value.kind === "failure" ? value.message : ""}`;
}

/** A baseline the numbers' calculation can use: a placeholder means none; a milestone ("Nuova attività") is not numeric. */
function usableBaseline(baseline: CellValue | undefined): Quantity | Threshold | undefined {
  return baseline === undefined || baseline.kind === "placeholder" || baseline.kind === "failure" || baseline.kind === "milestone" ? undefined : baseline;
}

/** The indicator's figures, the explanation written only when asked (see `Explained`; `withExplanation` writes it). */
export function evaluateIndicator(written: IndicatorInput, options?: AchievementOptions): Explained<IndicatorEvaluation> {
  const input = readInput(written);
  const check = checkInput(input);
  if (isMilestoneInput(input, check)) return milestoneEvaluation(input.result, input.target, options);
  if (!isNumericInput(input, check)) {
    const failed = failedCheck(check);
    return fail(FAILED_CHECKS[failed], failureMessage(failed, input));
  }
  const notes: ((locale: Locale) => string)[] = [];
  // A milestone baseline is not used, and said so.
  const skipped = input.baseline?.kind === "milestone" ? input.baseline : null;
  if (skipped !== null) notes.push((locale) => calcWords(locale).baselineNotNumeric(calcWords(locale).quote(skipped.text)));
  return evaluateNumericIndicator({ result: input.result, target: input.target, polarity: input.polarity, baseline: usableBaseline(input.baseline), notes }, options);
}

/**
 * The same figures as evaluateIndicator, written into `into`, or the code of its failure, with no
 * text written and no record made: what a plan's evaluation (planEvaluation.ts) stores for every
 * indicator, reusing one record, the explanation being asked for one indicator at a time.
 */
export function writeEvaluationFigures(written: IndicatorInput, options: AchievementOptions | undefined, into: IndicatorEvaluation): CalcFailureCode | null {
  const input = readInput(written);
  const check = checkInput(input);
  if (isMilestoneInput(input, check)) {
    const achievement = milestoneFigure(input.result, input.target, options);
    if (typeof achievement !== "number") return achievement.code;
    into.achievement = achievement;
    into.deviation = undefined;
    into.relativeDeviation = undefined;
    into.unit = undefined;
    into.polarity = "milestone";
    return null;
  }
  if (!isNumericInput(input, check)) return FAILED_CHECKS[failedCheck(check)];
  return writeNumericFigures(input.result, input.target, input.polarity, usableBaseline(input.baseline), options, into)?.code ?? null;
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
