/**
 * Grado di raggiungimento of a milestone: how far the action has gone against the
 * level the target requires, on the ordered states notDone < started < done.
 *
 * - result at or beyond the required state: 100%
 *   ("obiettivo raggiunto: 'Avviato' soddisfa 'Avvio del servizio'");
 * - result started where the target requires done: `milestonePartial` (default 0%);
 * - result not done (and a target that requires more): 0%.
 * Then the usual cap and threshold (`capAchievement`), so that a cap below 100% or a
 * threshold above the partial credit act on milestones as on numbers.
 */
import type { Milestone, MilestoneState } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained } from "./calcTypes";
import { explained, fail } from "./calcOutcome";
import { capAchievement, capStep, resolveAchievementOptions, type ResolvedAchievementOptions } from "./capAchievement";
import { calcWords } from "../wording/calcWords";

const RANK: Record<MilestoneState, number> = { notDone: 0, started: 1, done: 2 };

function isMilestone(value: unknown): value is Milestone {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Milestone>;
  return candidate.kind === "milestone" && typeof candidate.state === "string" && candidate.state in RANK;
}

/** The milestone's achievement, its explanation written only when asked (see `Explained`). */
export function computeMilestoneAchievement(
  result: Milestone,
  target: Milestone,
  options?: AchievementOptions,
): Explained<number> {
  if (!isMilestone(result) || !isMilestone(target)) {
    const which = isMilestone(result) ? "il target" : "il risultato";
    return fail("invalidArgument", `Raggiungimento della milestone non calcolabile: ${which} non è una milestone (avviato, realizzato o non realizzato).`);
  }
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return fail("invalidArgument", `Raggiungimento non calcolabile. ${resolved.message}`);
  const reachedRank = RANK[result.state];
  const requiredRank = RANK[target.state];
  const raw = rawFigure(result, target, resolved.options);
  return explained(capAchievement(raw, resolved.options), (locale) => {
    const words = calcWords(locale);
    const value = `${words.numbers.share(raw)}${words.capNote(capStep(raw, resolved.options), resolved.options.cap, resolved.options.threshold)}`;
    const outcome = reachedRank >= requiredRank ? "done" : result.state === "started" ? "started" : "notDone";
    return words.milestone(outcome, `'${result.text}'`, `'${target.text}'`, value);
  });
}

/** The milestone's achievement alone (two milestones, as a plan's evaluation holds them), or why there is none. */
export function milestoneFigure(result: Milestone, target: Milestone, options?: AchievementOptions): number | CalcFailure {
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) return fail("invalidArgument", `Raggiungimento non calcolabile. ${resolved.message}`);
  return capAchievement(rawFigure(result, target, resolved.options), resolved.options);
}

/** 100% at or beyond the required state, the partial credit for a started one, else 0%. */
function rawFigure(result: Milestone, target: Milestone, options: ResolvedAchievementOptions): number {
  return RANK[result.state] >= RANK[target.state] ? 1 : result.state === "started" ? options.milestonePartial : 0;
}
