/**
 * Scostamento relativo: the deviation as a fraction of the target's size,
 * deviation / |target| (positive = better, like the deviation itself).
 * A target of 0 has no size to compare with: `divisionByZero`, with an Italian message.
 */
import type { QuantityUnit } from "../values/valueTypes";
import type { Explained, Outcome } from "./calcTypes";
import { explained, fail, outOfRange, tidy, withExplanation } from "./calcOutcome";
import { computeDeviationLazily } from "./computeDeviation";
import { formatFigure, formatSignedFigure } from "../wording/formatNumbers";
import { type Polarity, polarityName } from "../plan/polarity";

export function computeRelativeDeviation(
  result: number,
  target: number,
  polarity: Polarity,
  unit: QuantityUnit = "number",
): Outcome<number> {
  return withExplanation(computeRelativeDeviationLazily(result, target, polarity, unit));
}

/** computeRelativeDeviation, with the explanation written only when asked (see `Explained`). */
export function computeRelativeDeviationLazily(
  result: number,
  target: number,
  polarity: Polarity,
  unit: QuantityUnit = "number",
): Explained<number> {
  const deviation = computeDeviationLazily(result, target, polarity, unit);
  if (!deviation.ok) {
    return fail(deviation.code, deviation.message.replace(/^Scostamento/, "Scostamento relativo"));
  }
  if (target === 0) {
    return fail(
      "divisionByZero",
      `Scostamento relativo non calcolabile: il target è ${formatFigure(0, unit)} e lo scostamento (${formatSignedFigure(deviation.value, unit)}) non si può dividere per zero.`,
    );
  }
  const relative = tidy(deviation.value / Math.abs(target));
  if (!Number.isFinite(relative)) return outOfRange("lo scostamento relativo");
  return explained(
    relative,
    () => `${formatSignedFigure(deviation.value, unit)} / ${formatFigure(Math.abs(target), unit)} = ${formatSignedFigure(relative, "percent")} (${polarityName(polarity)})`,
  );
}
