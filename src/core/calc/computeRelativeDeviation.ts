/**
 * Scostamento relativo: the deviation as a fraction of the target's size,
 * deviation / |target| (positive = better, like the deviation itself).
 * A target of 0 has no size to compare with: `divisionByZero`, with an Italian message.
 */
import type { QuantityUnit } from "../values/valueTypes";
import type { CalcFailure, Explained } from "./calcTypes";
import { explained, fail, isFiniteNumber, outOfRange, tidy } from "./calcOutcome";
import { computeDeviation } from "./computeDeviation";
import { formatFigure, formatSignedFigure } from "../wording/formatNumbers";
import { polarityName } from "../plan/polarity";
import type { Polarity } from "../plan/polarity";

/** The relative deviation, its explanation written only when asked (see `Explained`). */
export function computeRelativeDeviation(
  result: number,
  target: number,
  polarity: Polarity,
  unit: QuantityUnit = "number",
): Explained<number> {
  const deviation = computeDeviation(result, target, polarity, unit);
  if (!deviation.ok) {
    return fail(deviation.code, deviation.message.replace(/^Scostamento/, "Scostamento relativo"));
  }
  return relativeOfDeviation(deviation.value, target, polarity, unit);
}

/** The relative deviation of a deviation already computed (by computeDeviation) against its target. */
export function relativeOfDeviation(deviation: number, target: number, polarity: Polarity, unit: QuantityUnit): Explained<number> {
  const relative = relativeFigure(deviation, target, unit);
  if (typeof relative !== "number") return relative;
  return explained(
    relative,
    () => `${formatSignedFigure(deviation, unit)} / ${formatFigure(Math.abs(target), unit)} = ${formatSignedFigure(relative, "percent")} (${polarityName(polarity)})`,
  );
}

/** The relative deviation alone, or why there is none (a target of 0): what relativeOfDeviation explains. */
export function relativeFigure(deviation: number, target: number, unit: QuantityUnit): number | CalcFailure {
  if (target === 0) {
    return fail(
      "divisionByZero",
      `Scostamento relativo non calcolabile: il target è ${formatFigure(0, unit)} e lo scostamento (${formatSignedFigure(deviation, unit)}) non si può dividere per zero.`,
    );
  }
  const relative = tidy(deviation / (target < 0 ? -target : target));
  return isFiniteNumber(relative) ? relative : outOfRange("lo scostamento relativo");
}
