/**
 * The last step of every achievement: floor at 0, cap (default 100%), threshold.
 *
 * Order: the raw figure is first kept within [0, cap]; then, when a threshold is set,
 * a figure below it counts 0. Both steps never lower a better figure below a worse
 * one, so an achievement still rises with the result. The note (calcWords.capNote, from capStep) says what
 * happened, in Italian, to append to the formula: ", limitato al 100%"; it is written only
 * when an explanation is asked for.
 *
 * Options are validated here too: cap finite and > 0, threshold finite in [0, cap],
 * milestonePartial finite in [0, 1]; anything else is a message for `invalidArgument`.
 */
import type { AchievementOptions } from "./calcTypes";
import { describeBadNumber, isFiniteNumber } from "./calcOutcome";
import { formatShare } from "../wording/formatNumbers";
import type { CapStep } from "../wording/calcWords";

export interface ResolvedAchievementOptions {
  cap: number;
  threshold: number;
  milestonePartial: number;
}

export const DEFAULT_ACHIEVEMENT_OPTIONS: Readonly<ResolvedAchievementOptions> = Object.freeze({ cap: 1, threshold: 0, milestonePartial: 0 });

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
  if (cap === DEFAULT_ACHIEVEMENT_OPTIONS.cap && threshold === DEFAULT_ACHIEVEMENT_OPTIONS.threshold && milestonePartial === DEFAULT_ACHIEVEMENT_OPTIONS.milestonePartial) {
    return DEFAULTS_RESOLVED; // the usual case, for every cell of a range: nothing to build
  }
  return { ok: true, options: { cap, threshold, milestonePartial } };
}

const DEFAULTS_RESOLVED: ResolvedOptionsResult = { ok: true, options: DEFAULT_ACHIEVEMENT_OPTIONS };


/** What the last step does to `raw` (its words: calcWords.capNote). `raw` may be ±Infinity (an overflowing ratio); NaN never reaches here. */
export function capStep(raw: number, options: ResolvedAchievementOptions): CapStep {
  if (raw > options.cap) return isBelowThreshold(options.cap, options) ? "cappedBelowThreshold" : "capped";
  if (raw < 0) return "floored";
  return isBelowThreshold(raw, options) ? "belowThreshold" : "kept";
}

function isBelowThreshold(value: number, options: ResolvedAchievementOptions): boolean {
  return options.threshold > 0 && value < options.threshold;
}

/** The achievement after the last step (see above). */
export function capAchievement(raw: number, options: ResolvedAchievementOptions): number {
  switch (capStep(raw, options)) {
    case "kept":
      return raw === 0 ? 0 : raw;
    case "capped":
      return options.cap;
    default:
      return 0;
  }
}

