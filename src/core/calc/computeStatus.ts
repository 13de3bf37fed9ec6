/**
 * The state reported for an achievement, exactly, under the scoring profile's status thresholds
 * (`stati`: «raggiunto» from 100%, «parziale» from 50% by default). PERF.STATO, the Riepilogo, the
 * pane and `scostamento-critico` (critical = «Non raggiunto» at the reporting date) all call it, so
 * one figure never gets two verdicts:
 *
 * - "Non valutabile": the achievement is a failure (placeholder, unreadable value,
 *   incompatible units...) or, defensively, not a finite number;
 * - "Raggiunto": achievement >= achieved − 0,0000001% (ACHIEVED_EPSILON = 1e-9 absorbs
 *   floating-point noise such as 0,9999999999999999); achieved is 100% unless the profile says otherwise;
 * - "Parzialmente raggiunto": below that, and achievement > 0 and achievement >= threshold (the
 *   profile's «parziale»);
 * - "Non raggiunto": everything else (0%, or below the threshold).
 *
 * A threshold that is not a finite number >= 0 is read as 0; a threshold at or above
 * «achieved» leaves no room for "Parzialmente raggiunto".
 */
import type { Status } from "./calcTypes";

/** An achievement, or the failure that left none: an `Outcome` or an `Explained` alike. */
export type AchievementFigure = { ok: true; value: number } | { ok: false };
import { isFiniteNumber } from "./calcOutcome";

/** How close to 100% counts as 100%. */
export const ACHIEVED_EPSILON = 1e-9;

export function computeStatus(achievement: AchievementFigure, threshold = 0, achieved = 1): Status {
  if (!achievement.ok || !isFiniteNumber(achievement.value)) return "Non valutabile";
  const value = achievement.value;
  if (value >= (isFiniteNumber(achieved) && achieved > 0 ? achieved : 1) - ACHIEVED_EPSILON) return "Raggiunto";
  const floor = isFiniteNumber(threshold) && threshold >= 0 ? threshold : 0;
  if (value > 0 && value >= floor) return "Parzialmente raggiunto";
  return "Non raggiunto";
}
