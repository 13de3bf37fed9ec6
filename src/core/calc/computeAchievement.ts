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
 * Then `capAchievement`: floored at 0, capped (default 100%), threshold.
 * Inputs that are not finite numbers and invalid options are `invalidArgument`.
 */
import type { QuantityUnit } from "../values/valueTypes";
import type { AchievementOptions, Explained, Outcome } from "./calcTypes";
import { explained, fail, firstNonFinite, tidy, withExplanation } from "./calcOutcome";
import { capAchievement, resolveAchievementOptions } from "./capAchievement";
import { formatFigure, formatOperand, formatShare, MINUS } from "./formatFigure";
import { type Direction, polarityName, polaritySign } from "./polarity";

export interface AchievementInput {
  result: number;
  target: number;
  polarity: Direction;
  baseline?: number;
  /** Shapes the explanation only (default "number"). */
  unit?: QuantityUnit;
}

interface RawAchievement {
  raw: number;
  /** What was computed, before its value: "1 + (56 − 32) / 32" (written only when the explanation is). */
  formula: () => string;
  /** Between the formula and its value: " = " for arithmetic, ": " for a rule. */
  joiner: string;
  /** After the value and the capping note, e.g. " (decrescente: target − risultato)". */
  tail: string;
}

export function computeAchievement(input: AchievementInput, options?: AchievementOptions): Outcome<number> {
  return withExplanation(computeAchievementLazily(input, options));
}

/** computeAchievement, with the explanation written only when asked (see `Explained`). */
export function computeAchievementLazily(input: AchievementInput, options?: AchievementOptions): Explained<number> {
  const { result, target, polarity, baseline } = input;
  const unit = input.unit ?? "number";
  const checks: [string, unknown][] = [["il risultato", result], ["il target", target]];
  if (baseline !== undefined) checks.push(["la base", baseline]);
  const bad = firstNonFinite(checks);
  if (bad) return fail("invalidArgument", `Raggiungimento non calcolabile: ${bad}`);
  if (polarity !== "increasing" && polarity !== "decreasing") {
    return fail("invalidArgument", `Raggiungimento non calcolabile: la polarità deve essere crescente o decrescente, non '${String(polarity)}'.`);
  }
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return fail("invalidArgument", `Raggiungimento non calcolabile. ${resolved.message}`);

  const skipped = baseline === undefined ? null : baselineProblem(baseline, target, polarity, unit);
  const raw =
    baseline !== undefined && skipped === null
      ? fromBaseline(result, target, baseline, unit)
      : target === 0
        ? fromZeroTarget(result, polarity, unit)
        : linear(result, target, polarity, unit);
  const capped = capAchievement(tidy(raw.raw), resolved.options);
  return explained(capped.value, () => {
    const suffix = skipped === null ? "" : `; ${skipped()}`;
    return `${raw.formula()}${raw.joiner}${formatShare(raw.raw)}${capped.note}${raw.tail}${suffix}`;
  });
}

/** Why a baseline cannot be used (a sentence written on demand), or null when it can. */
function baselineProblem(baseline: number, target: number, polarity: Direction, unit: QuantityUnit): (() => string) | null {
  if (baseline === target) return () => `la base ${formatFigure(baseline, unit)} è uguale al target: formula senza base`;
  const direction: Direction = target > baseline ? "increasing" : "decreasing";
  if (direction === polarity) return null;
  const side = baseline > target ? "sopra" : "sotto";
  return () =>
    `la base ${formatFigure(baseline, unit)} è ${side} il target ${formatFigure(target, unit)} ma l'indicatore è ${polarityName(polarity)}: base non usata`;
}

function fromBaseline(result: number, target: number, baseline: number, unit: QuantityUnit): RawAchievement {
  // Halving keeps a span between two huge figures finite; the choice depends on target and
  // baseline only, so the figure still rises steadily with the result.
  const halve = !Number.isFinite(target - baseline);
  const numerator = halve ? result / 2 - baseline / 2 : result - baseline;
  const denominator = halve ? target / 2 - baseline / 2 : target - baseline;
  return {
    raw: numerator / denominator,
    formula: () => {
      const b = formatOperand(baseline, unit);
      return `(${formatFigure(result, unit)} ${MINUS} ${b}) / (${formatFigure(target, unit)} ${MINUS} ${b})`;
    },
    joiner: " = ",
    tail: " (dalla base al target)",
  };
}

function fromZeroTarget(result: number, polarity: Direction, unit: QuantityUnit): RawAchievement {
  const good = polarity === "increasing" ? result >= 0 : result <= 0;
  const badSide = polarity === "increasing" ? "sotto" : "sopra";
  const where = good ? `non è ${badSide} lo zero` : `è ${badSide} lo zero`;
  return {
    raw: good ? 1 : 0,
    formula: () => `target ${formatFigure(0, unit)}: il risultato ${formatFigure(result, unit)} ${where} (${polarityName(polarity)})`,
    joiner: ", quindi ",
    tail: "",
  };
}

function linear(result: number, target: number, polarity: Direction, unit: QuantityUnit): RawAchievement {
  const deviation = polaritySign(polarity) * (result - target);
  return {
    raw: 1 + deviation / Math.abs(target),
    formula: () => {
      const [first, second] = polarity === "decreasing" ? [target, result] : [result, target];
      return `1 + (${formatFigure(first, unit)} ${MINUS} ${formatOperand(second, unit)}) / ${formatFigure(Math.abs(target), unit)}`;
    },
    joiner: " = ",
    tail: polarity === "decreasing" ? ` (decrescente: target ${MINUS} risultato)` : "",
  };
}
