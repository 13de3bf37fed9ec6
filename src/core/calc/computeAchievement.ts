/**
 * Grado di raggiungimento of a numeric indicator, as a fraction, explained.
 *
 * Methods, chosen in this order:
 * 1. with a baseline: (result − baseline) / (target − baseline); 0% at the baseline,
 *    100% at the target. The direction follows baseline → target. When that direction
 *    contradicts the polarity (the seed's 2.2 ind.4: baseline 1.000 is the past year's
 *    total, target 700 is the half-year figure, polarity crescente), the baseline is not
 *    a starting point: it is not used, and the explanation says so. A baseline equal to
 *    the target cannot scale anything: not used either, and said so.
 * 2. target 0: 100% when the result is on the good side of zero or equal to it, else 0%.
 * 3. linear: 1 + s·(result − target) / |target|, s = +1 crescente, −1 decrescente
 *    (result / target for a positive target, crescente; works for negative targets).
 * The scoring profile's method per polarity (options.methods) chooses among them: «baseline» is
 * method 1 (when a usable baseline is given), «lineare» ignores a baseline, «rapporto» is
 * result / target (crescente) or target / result (decrescente: target 10, result 15 → 66,67%),
 * for a positive target only: against a negative target it is the linear form, and said so; a
 * decrescente result at or below 0 against a positive target reaches the cap. No method given:
 * the baseline when one is given, else linear (today's rule).
 * Then `capAchievement`: floored at 0, capped (default 100%), threshold.
 * Inputs that are not finite numbers and invalid options are `invalidArgument`.
 */
import type { QuantityUnit } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained } from "./calcTypes";
import { explained, fail, firstNonFinite, isFiniteNumber, tidy } from "./calcOutcome";
import { capAchievement, capStep, resolveAchievementOptions, type ResolvedAchievementOptions } from "./capAchievement";
import { MINUS } from "../wording/formatNumbers";
import { calcWords, type CalcWords } from "../wording/calcWords";
import type { Locale } from "../wording/addinLanguage";
import { type Direction, polaritySign } from "../plan/polarity";

export interface AchievementInput {
  result: number;
  target: number;
  polarity: Direction;
  baseline?: number;
  /** Shapes the explanation only (default "number"). */
  unit?: QuantityUnit;
}

/** How the raw figure is computed: from the baseline, against a target of 0, or linear. */
type Method = "baseline" | "zeroTarget" | "linear" | "ratio";

/** Why a baseline is not used: it equals the target, or it lies on the wrong side of it. */
type BaselineProblem = "equalsTarget" | "againstPolarity";

/** Why the ratio was not used: the target is negative. */
type RatioProblem = "negativeTarget";

interface Computation {
  method: Method;
  result: number;
  target: number;
  polarity: Direction;
  baseline: number;
  unit: QuantityUnit;
  raw: number;
  /** The options the raw figure is capped with (see capStep). */
  options: ResolvedAchievementOptions;
  skipped: BaselineProblem | null;
  ratioSkipped: RatioProblem | null;
}

/** The achievement, its explanation written only when asked (see `Explained`). */
export function computeAchievement(input: AchievementInput, options?: AchievementOptions): Explained<number> {
  const computation = compute(input, options);
  if (!("method" in computation)) return computation;
  return explained(cappedFigure(computation), (locale) => explain(computation, locale));
}

/** The achievement alone, or why there is none: what computeAchievement explains. */
export function achievementFigure(input: AchievementInput, options?: AchievementOptions): number | CalcFailure {
  return achievementOf(input.result, input.target, input.polarity, input.baseline, options);
}

/**
 * achievementFigure of the numbers themselves, with no record made: the one calculation, which a
 * plan's evaluation runs for every indicator (computeAchievement keeps its steps, to explain them).
 */
export function achievementOf(result: number, target: number, polarity: Direction, baseline: number | undefined, options?: AchievementOptions): number | CalcFailure {
  const failure = invalidInput(result, target, polarity, baseline);
  if (failure !== null) return failure;
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return badOptions(resolved.message);
  const chosen = options?.methods?.[polarity];
  const fromBaseline = baseline !== undefined && choosesBaseline(chosen) && baselineProblem(baseline, target, polarity) === null;
  return capped(rawAchievement(methodOf(target, chosen, fromBaseline), result, target, polarity, baseline ?? 0), resolved.options);
}

function compute(input: AchievementInput, options?: AchievementOptions): Computation | CalcFailure {
  const { result, target, polarity, baseline } = input;
  const unit = input.unit ?? "number";
  const failure = invalidInput(result, target, polarity, baseline);
  if (failure !== null) return failure;
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return badOptions(resolved.message);
  const chosen = options?.methods?.[polarity];
  const skipped = baseline !== undefined && choosesBaseline(chosen) ? baselineProblem(baseline, target, polarity) : null;
  const method = methodOf(target, chosen, baseline !== undefined && choosesBaseline(chosen) && skipped === null);
  const ratioSkipped: RatioProblem | null = chosen === "ratio" && target < 0 ? "negativeTarget" : null;
  const raw = rawAchievement(method, result, target, polarity, baseline ?? 0);
  return { method, result, target, polarity, baseline: baseline ?? 0, unit, skipped, ratioSkipped, raw, options: resolved.options };
}

/** Why the numbers cannot give an achievement (not finite, not a direction), or null. */
function invalidInput(result: number, target: number, polarity: Direction, baseline: number | undefined): CalcFailure | null {
  const allFinite = isFiniteNumber(result) && isFiniteNumber(target) && (baseline === undefined || isFiniteNumber(baseline));
  const bad = allFinite ? null : firstNonFinite([["il risultato", result], ["il target", target], ...(baseline === undefined ? [] : [["la base", baseline] as const])]);
  if (bad) return fail("invalidArgument", `Raggiungimento non calcolabile: ${bad}`);
  if (polarity !== "increasing" && polarity !== "decreasing") {
    return fail("invalidArgument", `Raggiungimento non calcolabile: la polarità deve essere crescente o decrescente, non '${String(polarity)}'.`);
  }
  return null;
}

function badOptions(message: string): CalcFailure {
  return fail("invalidArgument", `Raggiungimento non calcolabile. ${message}`);
}

/** The method the options chose for a polarity, if any. */
type ChosenMethod = NonNullable<AchievementOptions["methods"]>[Direction];

/** A baseline given is used unless another method is chosen (and, see baselineProblem, unless it cannot be). */
function choosesBaseline(chosen: ChosenMethod): boolean {
  return chosen === undefined || chosen === "baseline";
}

/** How the raw figure is computed: from the baseline when it is used, else by the target's sign and the method chosen. */
function methodOf(target: number, chosen: ChosenMethod, fromBaseline: boolean): Method {
  if (fromBaseline) return "baseline";
  if (target === 0) return "zeroTarget";
  return chosen === "ratio" && target >= 0 ? "ratio" : "linear";
}

function cappedFigure(c: Computation): number {
  return capped(c.raw, c.options);
}

/** The raw figure after the last step (capAchievement); an overflowing ratio (Infinity) reaches the cap. */
function capped(raw: number, options: ResolvedAchievementOptions): number {
  if (raw === Infinity) return options.cap;
  return capAchievement(tidy(raw), options);
}

function baselineProblem(baseline: number, target: number, polarity: Direction): BaselineProblem | null {
  if (baseline === target) return "equalsTarget";
  const direction: Direction = target > baseline ? "increasing" : "decreasing";
  return direction === polarity ? null : "againstPolarity";
}

function rawAchievement(method: Method, result: number, target: number, polarity: Direction, baseline: number): number {
  if (method === "baseline") {
    // Halving keeps a span between two huge figures finite; the choice depends on target and
    // baseline only, so the figure still rises steadily with the result.
    const halve = !isFiniteNumber(target - baseline);
    const numerator = halve ? result / 2 - baseline / 2 : result - baseline;
    const denominator = halve ? target / 2 - baseline / 2 : target - baseline;
    return numerator / denominator;
  }
  if (method === "zeroTarget") return goodSideOfZero(result, polarity) ? 1 : 0;
  if (method === "ratio") {
    if (polarity === "increasing") return result / target;
    return result <= 0 ? Infinity : target / result;
  }
  return 1 + (polaritySign(polarity) * (result - target)) / (target < 0 ? -target : target);
}

function goodSideOfZero(result: number, polarity: Direction): boolean {
  return polarity === "increasing" ? result >= 0 : result <= 0;
}

/** The formula, its value, the capping note, the method's remark and why a baseline was not used. */
function explain(c: Computation, locale: Locale = "it"): string {
  const words = calcWords(locale);
  const figure = (value: number): string => words.numbers.figure(value, c.unit);
  const value = `${words.numbers.share(c.raw)}${words.capNote(capStep(tidy(c.raw), c.options), c.options.cap, c.options.threshold)}`;
  const suffix = `${c.skipped === null ? "" : `; ${describeBaselineProblem(c, words)}`}${c.ratioSkipped === null ? "" : words.ratioNotApplicable()}`;
  if (c.method === "ratio") {
    if (c.raw === Infinity) return words.ratioAtCap(figure(c.result), words.numbers.share(c.options.cap));
    const [top, bottom] = c.polarity === "decreasing" ? [c.target, c.result] : [c.result, c.target];
    return words.ratio(`${figure(top)} / ${figure(bottom)}`, value, c.polarity);
  }
  if (c.method === "baseline") {
    const b = words.operand(c.baseline, c.unit);
    return `${words.fromBaseline(`(${figure(c.result)} ${MINUS} ${b}) / (${figure(c.target)} ${MINUS} ${b})`, value)}${suffix}`;
  }
  if (c.method === "zeroTarget") {
    return `${words.zeroTarget(figure(0), figure(c.result), goodSideOfZero(c.result, c.polarity), c.polarity, value)}${suffix}`;
  }
  const [first, second] = c.polarity === "decreasing" ? [c.target, c.result] : [c.result, c.target];
  const formula = `1 + (${figure(first)} ${MINUS} ${words.operand(second, c.unit)}) / ${figure(Math.abs(c.target))}`;
  const tail = c.polarity === "decreasing" ? words.decreasingTail() : "";
  return `${formula} = ${value}${tail}${suffix}`;
}

function describeBaselineProblem(c: Computation, words: CalcWords): string {
  const b = words.numbers.figure(c.baseline, c.unit);
  if (c.skipped === "equalsTarget") return words.baselineEqualsTarget(b);
  return words.baselineAgainstPolarity(b, c.baseline > c.target, words.numbers.figure(c.target, c.unit), c.polarity);
}
