/**
 * Wording shared by the weight-sum rules: the addends and their sum ("75% + 20% = 95%"),
 * and the distance from what was expected in percentage points.
 */
import { formatItalianNumber, formatShare } from "../../wording/formatNumbers";

/** "75% + 20% = 95%". */
export function sumText(weights: number[], sum: number): string {
  return `${weights.map((w) => formatShare(w)).join(" + ")} = ${formatShare(sum)}`;
}

/** 0.0001 -> "0,01 punti percentuali". */
export function pointsText(difference: number): string {
  const points = Math.abs(difference) * 100;
  const digits = points > 0 && points < 0.01 ? 4 : 2;
  return `${formatItalianNumber(points, undefined, digits)} ${points === 1 ? "punto percentuale" : "punti percentuali"}`;
}
