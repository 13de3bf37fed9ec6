/**
 * Grado di raggiungimento of a milestone: how far the action has gone against the
 * level the target requires, on the ordered states notDone < started < done.
 *
 * - result at or beyond the required state: 100%
 *   ("obiettivo raggiunto: 'Avviato' soddisfa 'Avvio del servizio'");
 * - result started where the target requires done: `milestonePartial` (default 0%);
 * - result not done (and a target that requires more): 0%.
 * - result done on a date after the target's deadline («Realizzato il 15/10/2024» against «Entro il
 *   30/09/2024», or date cells: 15/10/2024 against 30/09/2024, see plan/writtenDates): 0%, late; a
 *   result that names no date, or several, is taken as on time.
 * Then the usual cap and threshold (`capAchievement`), so that a cap below 100% or a
 * threshold above the partial credit act on milestones as on numbers.
 */
import type { Milestone, MilestoneState } from "../values/valueTypes";
import type { AchievementOptions, CalcFailure, Explained } from "./calcTypes";
import { explained, fail } from "./calcOutcome";
import { capAchievement, capStep, resolveAchievementOptions, type ResolvedAchievementOptions } from "./capAchievement";
import { calcWords } from "../wording/calcWords";
import { comparePeriods, datesIn, periodKey, type Period } from "../plan/reportingDate";
import { memoByText } from "../memo";

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
  const late = reachedRank >= requiredRank ? lateness(result, target) : null;
  return explained(capAchievement(raw, resolved.options), (locale) => {
    const words = calcWords(locale);
    const value = `${words.numbers.share(raw)}${words.capNote(capStep(raw, resolved.options), resolved.options.cap, resolved.options.threshold)}`;
    // A date cell is its date: said once, not quoted again.
    const reached = result.on === undefined ? `'${result.text}'` : null;
    const required = target.by === undefined ? `'${target.text}'` : null;
    if (late !== null) return words.lateMilestone(reached, required, late.doneOn, late.deadline, value);
    const onTime = reachedRank >= requiredRank ? datesOf(result, target) : null;
    if (onTime !== null) return words.onTimeMilestone(reached, required, onTime.doneOn, onTime.deadline, value);
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

/** 100% at or beyond the required state and on time, the partial credit for a started one, else 0%. */
function rawFigure(result: Milestone, target: Milestone, options: ResolvedAchievementOptions): number {
  if (RANK[result.state] >= RANK[target.state]) return lateness(result, target) === null ? 1 : 0;
  return result.state === "started" ? options.milestonePartial : 0;
}

/** «entro il 30/09/2024», «entro 30 giugno»: the date after «entro» (or «by»), as written before it. */
const BY_DATE = /(?:^|[^\p{L}])(?:entro|by)(?:\s+(?:il|la data del|the))?\s*$/iu;

/** The one deadline a target's text names after «entro» («Entro il 30/09/2024»), or null. */
const deadlineIn = memoByText((text: string): Period | null => {
  const dates = datesIn(text).filter((date) => BY_DATE.test(text.slice(0, date.start)));
  return dates.length === 1 && dates[0] !== undefined ? periodKey(dates[0].parts) : null;
});

/** «il», «in data», «del», «on» just before a date: the day something was done («Approvato il …», «con delibera del …»), not «dal» (in force from). */
const DONE_ON = /(?:^|[^\p{L}])(?:il|in data(?: del)?|del|on)\s*$/iu;

/** The one date a result's text says it was done on («Realizzato il 15/10/2024», «Approvato in data 15 ottobre 2024»), or null. */
const dateIn = memoByText((text: string): Period | null => {
  const dates = datesIn(text);
  if (dates.length !== 1 || dates[0] === undefined) return null;
  return DONE_ON.test(text.slice(0, dates[0].start)) ? periodKey(dates[0].parts) : null;
});

/**
 * The result's date and the target's deadline, when both are known: a date cell read as a milestone
 * (plan/writtenDates) carries its own, a text says it («Realizzato il …», «Entro il …»). Null otherwise.
 */
function datesOf(result: Milestone, target: Milestone): { doneOn: Period; deadline: Period } | null {
  const deadline = target.by ?? deadlineIn(target.text);
  if (deadline === null) return null;
  const doneOn = result.on ?? dateIn(result.text);
  return doneOn === null ? null : { doneOn, deadline };
}

/** When the result is dated after the target's deadline: both dates; else null (on time, or no date to tell). */
function lateness(result: Milestone, target: Milestone): { doneOn: Period; deadline: Period } | null {
  const dates = datesOf(result, target);
  return dates !== null && comparePeriods(dates.doneOn, dates.deadline) > 0 ? dates : null;
}
