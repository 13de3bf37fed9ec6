/**
 * The last step of every achievement: floor at 0, cap (default 100%), threshold.
 *
 * Order: the raw figure is first kept within [0, cap]; then, when a threshold is set,
 * a figure below it counts 0. Both steps never lower a better figure below a worse
 * one, so an achievement still rises with the result. The note says what happened,
 * in Italian, to append to the formula: ", limitato al 100%".
 *
 * Options are validated here too: cap finite and > 0, threshold finite in [0, cap],
 * milestonePartial finite in [0, 1]; anything else is a message for `invalidArgument`.
 */
import type { AchievementOptions } from "./calcTypes";
import { describeBadNumber, isFiniteNumber } from "./calcOutcome";
import { formatShare, shareWithArticle } from "../wording/formatNumbers";

export interface ResolvedAchievementOptions {
  cap: number;
  threshold: number;
  milestonePartial: number;
}

export const DEFAULT_ACHIEVEMENT_OPTIONS: ResolvedAchievementOptions = { cap: 1, threshold: 0, milestonePartial: 0 };

export type ResolvedOptionsResult = { ok: true; options: ResolvedAchievementOptions } | { ok: false; message: string };

function badOption(name: string, value: unknown, rule: string): ResolvedOptionsResult {
  const shown = isFiniteNumber(value) ? formatShare(value) : describeBadNumber(value);
  return { ok: false, message: `Opzione non valida: ${name} ${rule}, non ${shown}.` };
}

export function resolveAchievementOptions(options?: AchievementOptions | null): ResolvedOptionsResult {
  const cap = options?.cap ?? DEFAULT_ACHIEVEMENT_OPTIONS.cap;
  const threshold = options?.threshold ?? DEFAULT_ACHIEVEMENT_OPTIONS.threshold;
  const milestonePartial = options?.milestonePartial ?? DEFAULT_ACHIEVEMENT_OPTIONS.milestonePartial;
  if (!isFiniteNumber(cap) || cap <= 0) return badOption("il tetto", cap, "deve essere un numero maggiore di 0");
  if (!isFiniteNumber(threshold) || threshold < 0) {
    return badOption("la soglia", threshold, "deve essere un numero non negativo");
  }
  if (threshold > cap) {
    return { ok: false, message: `Opzione non valida: la soglia ${formatShare(threshold)} supera il tetto ${formatShare(cap)}.` };
  }
  if (!isFiniteNumber(milestonePartial) || milestonePartial < 0 || milestonePartial > 1) {
    return badOption("il credito parziale delle milestone", milestonePartial, "deve essere tra 0% e 100%");
  }
  return { ok: true, options: { cap, threshold, milestonePartial } };
}

export interface CappedAchievement {
  value: number;
  /** "", ", limitato al 100%", ", riportato a 0%", ", sotto la soglia del 50%: conta 0%". */
  note: string;
}

/** `raw` may be ±Infinity (an overflowing ratio); NaN never reaches here. */
export function capAchievement(raw: number, options: ResolvedAchievementOptions): CappedAchievement {
  if (raw > options.cap) return withThreshold(options.cap, `, limitato ${shareWithArticle("a", options.cap)}`, options);
  if (raw < 0) return { value: 0, note: ", riportato a 0%" };
  return withThreshold(raw === 0 ? 0 : raw, "", options);
}

function withThreshold(value: number, note: string, options: ResolvedAchievementOptions): CappedAchievement {
  if (options.threshold > 0 && value < options.threshold) {
    return { value: 0, note: `${note}, sotto la soglia ${shareWithArticle("di", options.threshold)}: conta 0%` };
  }
  return { value, note };
}
