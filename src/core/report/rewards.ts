/**
 * From scores to rewards («Premi»): each person's score turned into a share of the result bonus by the
 * body's reward bands, the amounts when a fund and individual weights (or nominal bonuses) are given,
 * the check that the amounts stay within the fund, and the distribution of people by class of score
 * that bodies publish as «dati relativi ai premi» (art. 20 c. 2 d.lgs. 33/2013).
 *
 * Reward bands have the shape of score bands (scoreBands.ts: lower bound inclusive, a fixed share or
 * «proporzionale», 0 below the first bound), plus an optional growth per point inside a band
 * (`perPoint`: Agenzia delle Entrate 2001, 90 points → 60% + 1% for each point above 90). A point is
 * one percentage point of score (a score of 100 points is 100%). A share is never above 100%: going
 * beyond the target does not create money (the same decision as computeProjectValue.ts).
 *
 * Amounts, in cents so that they add up exactly:
 * - split "share" (quota, the default): amount = full bonus × share × coefficient, where the full
 *   bonus is the person's nominal bonus in euro or, without it, individual weight × fund (Ecocerved:
 *   1.000 € × 80% × 0,9 = 720 €);
 * - split "proRata" (pro-quota): the whole fund shared in proportion to weight × share × coefficient
 *   (weight and coefficient 1 when not given), the cents left by rounding going to the largest
 *   remainders, so that the amounts add up to the fund (Giustizia 2009, coefficients 1,2 / 0,8 / 0,2).
 * A person without a score gets no share and no amount ("non valutabile"); a person whose full
 * bonus cannot be known gets a share and no amount, and the report says what is missing.
 *
 * A condition («condizione»: an objective of the plan and its minimum score, 100% when not said) is
 * the gate some bodies put before the whole bonus (Ecocerved's «on/off» objective, Regione Liguria's
 * economic balance): below its minimum nobody gets a bonus (every share 0, every amount € 0,00); when
 * the objective is not evaluable, or not in the plan, no share is computed and the report says why.
 * Only «no bonus below the minimum» is applied: the sources state no other effect of a partial gate.
 *
 * Pure and total: bad input is a message (readRewardBands), never an exception.
 */
import type { Explained } from "../calc/calcTypes";
import { describeBadNumber, explained, fail, isFiniteNumber, tidy } from "../calc/calcOutcome";
import { readScoreBands, type ScoreBand } from "../calc/scoreBands";
import { ACHIEVED_EPSILON } from "../calc/computeStatus";
import { codeKey } from "../plan/planCodes";
import { formatFigure, formatShare, shareWithArticle } from "../wording/formatNumbers";
import type { PlanScores } from "./scorePlan";

/** A reward band: from a score (inclusive, a fraction) a share of the bonus, fixed or the score itself. */
export interface RewardBand extends ScoreBand {
  /** Share added for each point of score above `from` (0.01 = 1% per point); only with a fixed share. */
  perPoint?: number;
}

/** Bands that passed `readRewardBands`: at least one, rising, shares within 0–100%, never lower for a higher score. */
export type RewardBands = readonly RewardBand[] & { readonly checked: true };

export type RewardBandsReading = { ok: true; bands: RewardBands } | { ok: false; message: string };

/** How the fund is split: each his share of his full bonus, or the fund in proportion. */
export type RewardSplit = "share" | "proRata";

/** The classes bodies publish: ≥ 90%, 60–90%, < 60% (lower bounds, highest first). */
export const DEFAULT_REWARD_CLASSES: readonly number[] = Object.freeze([0.9, 0.6]);

/** One cent, the unit amounts are rounded to. */
const CENTS = 100;
/** Percentage points in a fraction. */
const POINTS = 100;

function ordinal(index: number): string {
  return `${index + 1}ª fascia`;
}

/** The share a band gives at a score inside it (before the 100% ceiling). */
function rawShareIn(band: RewardBand, score: number): number {
  if (band.score === "proportional") return score;
  return tidy(band.score + (band.perPoint ?? 0) * (score - band.from) * POINTS);
}

/** The highest share a band reaches, just below the next band's bound. */
function topShareOf(band: RewardBand, next: RewardBand): number {
  return Math.min(1, rawShareIn(band, next.from));
}

/** Checks reward bands as written by a user; the message says which band is wrong and why. */
export function readRewardBands(bands: readonly RewardBand[]): RewardBandsReading {
  const scoreBands = readScoreBands(bands);
  if (!scoreBands.ok) return { ok: false, message: scoreBands.message.replace(/^Fasce non valide/, "Fasce dei premi non valide").replace(/il punteggio|punteggio\)/g, (word) => (word === "il punteggio" ? "la quota" : "quota)")) };
  for (const [index, band] of bands.entries()) {
    if (band.score !== "proportional" && band.score > 1) {
      return { ok: false, message: `Fasce dei premi non valide: la quota della ${ordinal(index)} è ${formatShare(band.score)}, ma una quota del premio è al più 100%.` };
    }
    if (band.perPoint !== undefined) {
      if (band.score === "proportional") {
        return { ok: false, message: `Fasce dei premi non valide: la ${ordinal(index)} è proporzionale e non può avere anche una quota per punto.` };
      }
      if (!isFiniteNumber(band.perPoint) || band.perPoint < 0) {
        const shown = isFiniteNumber(band.perPoint) ? formatShare(band.perPoint) : describeBadNumber(band.perPoint);
        return { ok: false, message: `Fasce dei premi non valide: la quota per punto della ${ordinal(index)} deve essere una percentuale non negativa, non ${shown}.` };
      }
    }
    const previous = bands[index - 1];
    if (previous !== undefined) {
      const before = topShareOf(previous, band);
      const start = Math.min(1, rawShareIn(band, band.from));
      if (start < before) {
        return {
          ok: false,
          message: `Fasce dei premi non valide: la ${ordinal(index)} (da ${formatShare(band.from)}) dà ${formatShare(start)}, meno ${shareWithArticle("di", before)} a cui arriva la ${ordinal(index - 1)}: un punteggio più alto non può avere una quota più bassa.`,
        };
      }
    }
  }
  return { ok: true, bands: Object.assign([...bands], { checked: true as const }) };
}

/** The band a score falls in, or -1 below the first bound. */
function rewardBandIndex(score: number, bands: RewardBands): number {
  let found = -1;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (band === undefined || score < band.from) break;
    found = i;
  }
  return found;
}

/** The share of the bonus a score earns under checked bands, explained on demand. */
export function rewardShare(score: number, bands: RewardBands): Explained<number> {
  if (!isFiniteNumber(score)) {
    return fail("invalidArgument", `Quota del premio non calcolabile: il punteggio deve essere un numero finito, non ${describeBadNumber(score)}.`);
  }
  const index = rewardBandIndex(score, bands);
  const band = bands[index];
  if (band === undefined) {
    const first = bands[0]?.from ?? 0;
    return explained(0, () => `${formatShare(score)} è sotto la prima fascia (da ${formatShare(first)}): quota 0%`);
  }
  const raw = rawShareIn(band, score);
  const share = Math.max(0, Math.min(1, raw));
  return explained(share, () => {
    const next = bands[index + 1];
    const range = next === undefined ? `da ${formatShare(band.from)} in su` : `da ${formatShare(band.from)} a meno di ${formatShare(next.from)}`;
    let how: string;
    if (band.score === "proportional") how = `quota proporzionale, ${formatShare(share)}`;
    else if (band.perPoint === undefined || band.perPoint === 0) how = `quota ${formatShare(share)}`;
    else {
      const points = tidy((score - band.from) * POINTS);
      how = `quota ${formatShare(band.score)} + ${formatShare(band.perPoint)} × ${formatFigure(points)} punti = ${formatShare(raw)}`;
    }
    const capped = raw > 1 || (band.score === "proportional" && score > 1) ? ", limitata al 100%" : "";
    return `${formatShare(score)} è nella fascia ${range}: ${how}${capped}`;
  });
}

/** One person as the rewards receive them: a name, a score, and what makes their bonus. */
export interface RewardPerson {
  name: string;
  /** The score to reward (a fraction); null = non valutabile. */
  score: number | null;
  /** Where the score comes from: the plan's manager scores, or given with the reward rules. */
  scoreSource: "plan" | "given";
  /** Individual weight: the person's full bonus as a fraction of the fund (split "share"), or a relative weight (split "proRata"). */
  weight?: number;
  /** The person's full (nominal) bonus in euro, instead of weight × fund. */
  nominal?: number;
  /** Individual coefficient multiplying the amount (1 when not given). */
  coefficient?: number;
}

/** A gate objective («condizione»): below `minimum` (a fraction) nobody gets a bonus. */
export interface RewardCondition {
  /** The objective's code as the plan writes it («1.1»). */
  objective: string;
  minimum: number;
}

/** Whether the condition holds on the plan: met, missed, or not verifiable (objective not evaluable, or not in the plan). */
export type ConditionStatus = "met" | "missed" | "notEvaluable" | "notFound";

export interface ConditionOutcome extends RewardCondition {
  /** The objective's score, when the plan has the objective and it is evaluable. */
  score: number | null;
  status: ConditionStatus;
}

export interface RewardInputs {
  people: readonly RewardPerson[];
  bands: RewardBands;
  /** The gate and how it went: missed, every share is 0; not verifiable, no share. */
  condition?: ConditionOutcome;
  /** The fund in euro, when known. */
  fund?: number;
  split?: RewardSplit;
  /** Lower bounds of the classes of the distribution (default ≥ 90%, 60–90%, < 60%). */
  classes?: readonly number[];
}

/** What keeps a person's amount from being computed. */
export type MissingForAmount = "score" | "fund" | "weight";

export interface PersonReward {
  name: string;
  score: number | null;
  scoreSource: RewardPerson["scoreSource"];
  /** Share of the bonus; null when the score is not evaluable. */
  share: number | null;
  /** Index of the band, -1 below the first; null when not evaluable. */
  band: number | null;
  /** The full bonus in euro (nominal, or weight × fund), when known; null with the pro-rata split, where it depends on the others. */
  fullBonus: number | null;
  coefficient: number;
  /** The amount in euro, rounded to the cent; null when it cannot be computed. */
  amount: number | null;
  /** What is missing for the amount, when it is null. */
  missing: MissingForAmount[];
  /** How the share was obtained, or why there is none. */
  explanation: string;
}

export interface RewardClass {
  /** Lower bound of the class (inclusive); null for the lowest class. */
  from: number | null;
  /** Upper bound (exclusive); null for the highest class. */
  to: number | null;
  count: number;
  /** Share of the evaluated people in this class (0 when nobody is evaluated). */
  share: number;
}

export interface FundCheck {
  fund: number;
  /** What the amounts add up to. */
  distributed: number;
  /** distributed − fund when positive, else 0. */
  excess: number;
  withinFund: boolean;
}

export interface RewardReport {
  /** The bands the shares come from (a person's `band` indexes them). */
  bands: RewardBands;
  split: RewardSplit;
  people: PersonReward[];
  /** Sum of the amounts computed (null when no amount could be computed). */
  distributed: number | null;
  /** The check against the fund, when a fund is given and amounts were computed. */
  fundCheck: FundCheck | null;
  /** What is missing for the amounts of everybody, when no amount could be computed. */
  missing: MissingForAmount[];
  classes: RewardClass[];
  /** People without a score, left out of the classes. */
  notEvaluated: number;
  /** The gate objective and how it went; null without a condition. */
  condition: ConditionOutcome | null;
}

function toCents(euro: number): number {
  return Math.round(tidy(euro * CENTS));
}

function fromCents(cents: number): number {
  return tidy(cents / CENTS);
}

/** The classes' lower bounds, highest first, without repeats. */
function classBounds(classes: readonly number[] | undefined): number[] {
  return [...new Set(classes ?? DEFAULT_REWARD_CLASSES)].sort((a, b) => b - a);
}

/** Counts the evaluated scores by class: the first (highest) bound a score reaches, else the lowest class. */
export function distributeByClass(scores: readonly (number | null)[], classes?: readonly number[]): { classes: RewardClass[]; notEvaluated: number } {
  const bounds = classBounds(classes);
  const counts = new Array<number>(bounds.length + 1).fill(0);
  let notEvaluated = 0;
  for (const score of scores) {
    if (score === null || !isFiniteNumber(score)) {
      notEvaluated += 1;
      continue;
    }
    const index = bounds.findIndex((bound) => score >= bound);
    const slot = index === -1 ? bounds.length : index;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  const evaluated = scores.length - notEvaluated;
  return {
    classes: counts.map((count, i) => ({
      from: bounds[i] ?? null,
      to: i === 0 ? null : (bounds[i - 1] ?? null),
      count,
      share: evaluated === 0 ? 0 : tidy(count / evaluated),
    })),
    notEvaluated,
  };
}

interface Scored {
  person: RewardPerson;
  share: number | null;
  band: number | null;
  explanation: string;
}

/** What the condition says of a share, in the person's explanation. */
function conditionClause(condition: ConditionOutcome): string {
  const objective = `l'obiettivo ${condition.objective}`;
  if (condition.status === "missed") return `condizione non soddisfatta (${objective} ha ${formatShare(condition.score ?? 0)}, sotto il minimo di ${formatShare(condition.minimum)}): quota 0%`;
  if (condition.status === "notFound") return `condizione non verificabile: il piano non ha ${objective}`;
  return `condizione non verificabile: ${objective} non è valutabile`;
}

function scorePerson(person: RewardPerson, bands: RewardBands, condition: ConditionOutcome | undefined): Scored {
  if (person.score === null) return { person, share: null, band: null, explanation: "Non valutabile: nessun punteggio." };
  const outcome = rewardShare(person.score, bands);
  if (!outcome.ok) return { person, share: null, band: null, explanation: outcome.message };
  const band = rewardBandIndex(person.score, bands);
  if (condition === undefined || condition.status === "met") return { person, share: outcome.value, band, explanation: outcome.explain() };
  const explanation = `${outcome.explain()}; ${conditionClause(condition)}`;
  return condition.status === "missed" ? { person, share: 0, band, explanation } : { person, share: null, band: null, explanation: `Non valutabile: ${explanation}` };
}

function fullBonusOf(person: RewardPerson, fund: number | undefined): { value: number | null; missing: MissingForAmount[] } {
  if (person.nominal !== undefined) return { value: person.nominal, missing: [] };
  const missing: MissingForAmount[] = [];
  if (person.weight === undefined) missing.push("weight");
  if (fund === undefined) missing.push("fund");
  if (person.weight === undefined || fund === undefined) return { value: null, missing };
  return { value: tidy(person.weight * fund), missing };
}

/** Share-split amounts: full bonus × share × coefficient, each rounded to the cent. */
function shareAmounts(scored: Scored[], fund: number | undefined): PersonReward[] {
  return scored.map(({ person, share, band, explanation }) => {
    const coefficient = person.coefficient ?? 1;
    const full = fullBonusOf(person, fund);
    const missing: MissingForAmount[] = share === null ? ["score", ...full.missing] : full.missing;
    const amount = share === null || full.value === null ? null : fromCents(toCents(full.value * share * coefficient));
    return { name: person.name, score: person.score, scoreSource: person.scoreSource, share, band, fullBonus: full.value, coefficient, amount, missing, explanation };
  });
}

/** Pro-rata amounts: the fund in proportion to weight × share × coefficient, cents to the largest remainders. */
function proRataAmounts(scored: Scored[], fund: number | undefined): PersonReward[] {
  const parts = scored.map(({ person, share }) => (share === null ? 0 : (person.weight ?? 1) * share * (person.coefficient ?? 1)));
  const total = parts.reduce((sum, part) => sum + part, 0);
  const cents = new Array<number>(scored.length).fill(0);
  if (fund !== undefined && total > 0) {
    const fundCents = toCents(fund);
    const exact = parts.map((part) => (fundCents * part) / total);
    for (const [i, value] of exact.entries()) cents[i] = Math.floor(value + 1e-9);
    let left = fundCents - cents.reduce((sum, value) => sum + value, 0);
    const order = exact.map((value, i) => ({ i, remainder: value - Math.floor(value + 1e-9) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      if ((parts[i] ?? 0) === 0) continue;
      cents[i] = (cents[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return scored.map(({ person, share, band, explanation }, i) => {
    const missing: MissingForAmount[] = [...(share === null ? (["score"] as const) : []), ...(fund === undefined ? (["fund"] as const) : [])];
    const computable = share !== null && fund !== undefined;
    return {
      name: person.name,
      score: person.score,
      scoreSource: person.scoreSource,
      share,
      band,
      fullBonus: null,
      coefficient: person.coefficient ?? 1,
      amount: computable ? fromCents(cents[i] ?? 0) : null,
      missing,
      explanation,
    };
  });
}

/** Each person's share and amount, the fund check and the distribution by class. */
export function computeRewards(inputs: RewardInputs): RewardReport {
  const split = inputs.split ?? "share";
  const scored = inputs.people.map((person) => scorePerson(person, inputs.bands, inputs.condition));
  const people = split === "proRata" ? proRataAmounts(scored, inputs.fund) : shareAmounts(scored, inputs.fund);
  const amounts = people.flatMap((person) => (person.amount === null ? [] : [person.amount]));
  const distributed = amounts.length === 0 ? null : fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0));
  const fundCheck =
    inputs.fund === undefined || distributed === null
      ? null
      : {
          fund: inputs.fund,
          distributed,
          excess: Math.max(0, fromCents(toCents(distributed) - toCents(inputs.fund))),
          withinFund: toCents(distributed) <= toCents(inputs.fund),
        };
  const missing = distributed === null ? [...new Set(people.flatMap((person) => person.missing))].filter((what) => what !== "score") : [];
  const { classes, notEvaluated } = distributeByClass(
    people.map((person) => person.score),
    inputs.classes,
  );
  return { bands: inputs.bands, split, people, distributed, fundCheck, missing, classes, notEvaluated, condition: inputs.condition ?? null };
}

/** A person named in the rules: a manager of the plan (matched by name) or someone else with a score. */
export interface RewardPersonRule {
  name: string;
  score?: number;
  weight?: number;
  nominal?: number;
  coefficient?: number;
}

export interface RewardFund {
  amount: number;
  /** How it was obtained, when computed (the project's value: «€ 3.106,00 × 5 = € 15.530,00»). */
  explanation?: string;
  /** "plan" when the rules give no fund and it is the plan's «Fondo Dirigenti» (projectValueTable.ts). */
  source?: "plan";
  /** The project's value it was written as, point value (euro) × points, to be written back so. */
  project?: { pointValue: number; points: number };
}

export interface RewardRules {
  bands: RewardBands;
  condition?: RewardCondition;
  fund?: RewardFund;
  split: RewardSplit;
  classes: readonly number[];
  people: RewardPersonRule[];
}

/** The same name, whatever the spaces and the case: «Dr  Rossi» is «dr rossi». */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The reward report of a plan: the fund as given, and the rewards of its managers and of the people the rules name. */
export interface PlanRewards extends RewardReport {
  fund: RewardFund | null;
}

/**
 * The people to reward: every manager of the plan with the plan's score (or the score the rules give
 * them, said so), with the weight, nominal bonus and coefficient the rules give; then the people the
 * rules name who are not managers of the plan, with the score the rules give (else non valutabili).
 */
function rewardPeople(scores: PlanScores, people: readonly RewardPersonRule[]): RewardPerson[] {
  const byName = new Map(people.map((person) => [personKey(person.name), person]));
  const managers = new Set<string>();
  const fromRule = (rule: RewardPersonRule | undefined): Pick<RewardPerson, "weight" | "nominal" | "coefficient"> => ({
    ...(rule?.weight === undefined ? {} : { weight: rule.weight }),
    ...(rule?.nominal === undefined ? {} : { nominal: rule.nominal }),
    ...(rule?.coefficient === undefined ? {} : { coefficient: rule.coefficient }),
  });
  const result: RewardPerson[] = scores.managers.map((manager) => {
    managers.add(personKey(manager.name));
    const rule = byName.get(personKey(manager.name));
    const given = rule?.score !== undefined;
    return { name: manager.name, score: given ? (rule.score ?? null) : manager.score, scoreSource: given ? "given" : "plan", ...fromRule(rule) };
  });
  for (const rule of people) {
    if (managers.has(personKey(rule.name))) continue;
    result.push({ name: rule.name, score: rule.score ?? null, scoreSource: "given", ...fromRule(rule) });
  }
  return result;
}

/** The condition checked on the plan's objective scores (codes compared as the plan's codes are: planCodes' codeKey). */
export function checkCondition(scores: PlanScores, condition: RewardCondition): ConditionOutcome {
  const wanted = codeKey(condition.objective);
  const objective = scores.objectives.find((candidate) => codeKey(candidate.code) === wanted);
  if (objective === undefined) return { ...condition, score: null, status: "notFound" };
  if (objective.score === null) return { ...condition, score: null, status: "notEvaluable" };
  // The same tolerance as «Raggiunto» (computeStatus): 0,9999999999 reaches 100%.
  return { ...condition, score: objective.score, status: objective.score >= condition.minimum - ACHIEVED_EPSILON ? "met" : "missed" };
}

/**
 * The rewards of a checked plan under the reward rules. Without a «fondo» in the rules the fund is the
 * one the plan states (`planFund`: its «Fondo Dirigenti» project values, projectValueTable.ts), if any.
 */
export function planRewards(scores: PlanScores, rules: RewardRules, planFund: RewardFund | null = null): PlanRewards {
  const fund = rules.fund ?? planFund ?? undefined;
  const report = computeRewards({
    people: rewardPeople(scores, rules.people),
    bands: rules.bands,
    ...(rules.condition === undefined ? {} : { condition: checkCondition(scores, rules.condition) }),
    ...(fund === undefined ? {} : { fund: fund.amount }),
    split: rules.split,
    classes: rules.classes,
  });
  return { ...report, fund: fund ?? null };
}
