/**
 * The state reported for an achievement (PERF.STATO), exactly:
 *
 * - "Non valutabile": the achievement is a failure (placeholder, unreadable value,
 *   incompatible units...) or, defensively, not a finite number;
 * - "Raggiunto": achievement >= 100% − 0,0000001% (ACHIEVED_EPSILON = 1e-9 absorbs
 *   floating-point noise such as 0,9999999999999999);
 * - "Parzialmente raggiunto": below that, and achievement > 0 and achievement >= threshold;
 *   with the default threshold 0 this means any positive achievement;
 * - "Non raggiunto": everything else (0%, or below the threshold).
 *
 * A threshold that is not a finite number >= 0 is read as the default 0; a threshold
 * at or above 100% leaves no room for "Parzialmente raggiunto".
 */
import type { Status } from "./calcTypes";

/** An achievement, or the failure that left none: an `Outcome` or an `Explained` alike. */
export type AchievementFigure = { ok: true; value: number } | { ok: false };
import { isFiniteNumber } from "./calcOutcome";

/** How close to 100% counts as 100%. */
export const ACHIEVED_EPSILON = 1e-9;

export function computeStatus(achievement: AchievementFigure, threshold = 0): Status {
  if (!achievement.ok || !isFiniteNumber(achievement.value)) return "Non valutabile";
  const value = achievement.value;
  if (value >= 1 - ACHIEVED_EPSILON) return "Raggiunto";
  const floor = isFiniteNumber(threshold) && threshold >= 0 ? threshold : 0;
  if (value > 0 && value >= floor) return "Parzialmente raggiunto";
  return "Non raggiunto";
}
