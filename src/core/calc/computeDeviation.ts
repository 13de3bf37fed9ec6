/**
 * Scostamento: how far a result is from its target, positive = better than target.
 *
 * - crescente (increasing): result − target;
 * - decrescente (decreasing): target − result
 *   (the seed's "% riduzione delle pratiche critiche": −2,13% against −2,00% is +0,13%);
 * - milestone with numbers: the target is a level to reach, so it reads as crescente
 *   and the explanation says so.
 *
 * `unit` only shapes the explanation, e.g. "56 − 32 = +24 (crescente: risultato − target)",
 * "-2% − (-2,13%) = +0,13% (decrescente: target − risultato)".
 */
import type { QuantityUnit } from "../values/valueTypes";
import type { CalcFailure, Explained } from "./calcTypes";
import { explained, fail, firstNonFinite, isFiniteNumber, outOfRange, tidy } from "./calcOutcome";
import { isPolarity } from "../plan/polarity";
import { MINUS } from "../wording/formatNumbers";
import { calcWords } from "../wording/calcWords";
import type { Polarity } from "../plan/polarity";

/** The deviation, its explanation written only when asked (see `Explained`). */
export function computeDeviation(
  result: number,
  target: number,
  polarity: Polarity,
  unit: QuantityUnit = "number",
): Explained<number> {
  const deviation = deviationFigure(result, target, polarity);
  if (typeof deviation !== "number") return deviation;
  return explained(deviation, (locale) => {
    const words = calcWords(locale);
    const [first, second] = polarity === "decreasing" ? [target, result] : [result, target];
    const formula = `${words.numbers.figure(first, unit)} ${MINUS} ${words.operand(second, unit)}`;
    return words.deviation(formula, words.numbers.signed(deviation, unit), polarity);
  });
}

/** The deviation alone, or why there is none: what computeDeviation explains. */
export function deviationFigure(result: number, target: number, polarity: Polarity): number | CalcFailure {
  const bad = isFiniteNumber(result) && isFiniteNumber(target) ? null : firstNonFinite([["il risultato", result], ["il target", target]]);
  if (bad) return fail("invalidArgument", `Scostamento non calcolabile: ${bad}`);
  if (!isPolarity(polarity)) {
    return fail("invalidArgument", `Scostamento non calcolabile: polarità '${String(polarity)}' sconosciuta (crescente, decrescente o milestone).`);
  }
  const deviation = tidy(polarity === "decreasing" ? target - result : result - target);
  return isFiniteNumber(deviation) ? deviation : outOfRange("lo scostamento");
}
