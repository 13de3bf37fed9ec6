/**
 * The plan's scores at its reporting date, from the same evaluation the rules use: per indicator
 * (achievement, status, explanation or the reason it is not evaluable), per objective (weighted
 * score, evaluated weight, excluded indicators; strategic objectives with their own part and their
 * contributing operational objectives), per manager (Pesi table's current weights, else the
 * objectives sheet) and per area. Settings: the validation settings and their scoring profile
 * (achievement options and method, bands, status thresholds, aggregation, the strategic objective's
 * composition); partial settings merge over the defaults. Never throws on bad data.
 * Every figure is a fraction (0.75 = 75%) or null when "non valutabile", and carries an Italian
 * explanation of how it was obtained or why it could not be.
 */
import type { Status } from "../calc/calcTypes";
import type { CellRef } from "../plan/grid";
import type { Indicator, Objective, ObjectiveKind, Period, Plan } from "../plan/planModel";
import { mergeSettings, statusThresholds, type ValidationSettings } from "../settings";
import { indicatorScore, type ScoringProfile } from "../calc/scoringProfile";
import { computeStatus } from "../calc/computeStatus";
import { planEvaluation, STATUSES, type PlanEvaluation } from "../calc/planEvaluation";
import { indicatorWeightGroups, managerWeightGroups, objectiveWeightGroups, ownShareOf, readWeights, type WeightGroup } from "../plan/weightGroups";
import { codeKey, codeKeyer } from "../plan/planCodes";
import { singleValue } from "../plan/indicatorColumns";
import { groupByCode, groupByKey, indexPlan } from "../plan/planQueries";
import { strategicScoreOf } from "../calc/computeStrategicScore";
import { explainedLazily, writtenOnce } from "../memo";
import { weightedScoreOf } from "../calc/computeWeightedScore";
import { formatShare } from "../wording/formatNumbers";
import { computeManagerScore } from "../calc/computeManagerScore";

export interface IndicatorScore {
  objective: string;
  indicator: string;
  name: string;
  /** The indicator's weight as a fraction, null when missing or invalid. */
  weight: number | null;
  /** Achievement at the reporting date; null = non valutabile. */
  achievement: number | null;
  /** The achievement through the profile's bands (the achievement itself without bands); what objectives aggregate. */
  score: number | null;
  status: Status;
  /** How the achievement was computed, or why the indicator is not evaluable. */
  explanation: string;
  ref: CellRef;
}

export interface StrategicParts {
  /** Score of the objective's own indicators. */
  ownScore: number | null;
  /** Share of the own indicators (seed: 50%) and where it came from. */
  ownShare: number;
  ownShareSource: "scritta" | "somma dei pesi" | "profilo" | "predefinita";
  contributions: { code: string; score: number | null }[];
}

export interface ObjectiveScore {
  code: string;
  kind: ObjectiveKind;
  title: string;
  area?: string;
  manager?: string;
  score: number | null;
  /** The score's status under the profile's thresholds (computeStatus), as PERF.STATO would say it. */
  status: Status;
  /** Share of the indicators' weight that could be evaluated (1 = all). */
  evaluated: number;
  /** Numbers of the indicators left out as non valutabili. */
  excluded: string[];
  explanation: string;
  strategic?: StrategicParts;
}

export interface ManagerScore {
  name: string;
  score: number | null;
  /** The score's status under the profile's thresholds (computeStatus). */
  status: Status;
  /** Where the weights come from: the Pesi table's current column, or the objectives sheet. */
  weightSource: "pesi" | "obiettivi";
  objectives: { code: string; weight: number; score: number | null }[];
  explanation: string;
}

export interface AreaScore {
  name: string;
  score: number | null;
  objectives: string[];
  explanation: string;
}

export interface PlanScores {
  period: Period;
  indicators: IndicatorScore[];
  objectives: ObjectiveScore[];
  managers: ManagerScore[];
  areas: AreaScore[];
}

export function scorePlan(plan: Plan, settings?: Partial<ValidationSettings>): PlanScores {
  const resolved = mergeSettings(settings);
  const indicators = scoreIndicators(plan, resolved);
  const objectivesByKey = scoreObjectives(plan, indicators, resolved);
  const objectives = [...objectivesByKey.values()];
  return {
    period: plan.period,
    indicators,
    objectives,
    managers: scoreManagers(plan, objectivesByKey, resolved),
    areas: scoreAreas(objectives),
  };
}

/** A document whose result columns are not filled in yet: nothing is judged (see detectPeriod.ts). */
const UNFILLED = "Non valutabile: i risultati del documento non sono ancora compilati.";

/**
 * Achievement of every indicator at the reporting date (the plan's evaluation, the same the rules
 * read), with its status and explanation, and its weight read in its objective's scale.
 */
function scoreIndicators(plan: Plan, settings: ValidationSettings): IndicatorScore[] {
  const weights = indicatorWeights(plan);
  const unfilled = plan.periodSource === "targets";
  const evaluation = planEvaluation(plan, settings);
  const { profile } = settings;
  const explaining: Explaining = { evaluation: unfilled ? null : evaluation, profile };
  const indicators = plan.indicators;
  const scores: IndicatorScore[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i] as Indicator;
    const achievement = unfilled ? Number.NaN : (evaluation.achievement[i] ?? Number.NaN);
    if (Number.isNaN(achievement)) {
      scores.push(new ScoredIndicator(indicator, i, explaining, weights[i] ?? null, null, null, "Non valutabile"));
      continue;
    }
    const banded = profile.bands !== null ? indicatorScore(achievement, profile) : null;
    const status = STATUSES[evaluation.status[i] ?? 0] ?? "Non valutabile";
    scores.push(new ScoredIndicator(indicator, i, explaining, weights[i] ?? null, achievement, banded?.ok === true ? banded.value : achievement, status));
  }
  return scores;
}

/**
 * Each indicator's weight read in its objective's scale (indicatorWeightGroups), null when it has
 * none or it could not be read. An objective's group lists its indicators that have a weight cell, in
 * sheet order: walking the indicators in that order, each one with a weight cell takes the next
 * weight of its objective's group.
 */
function indicatorWeights(plan: Plan): (number | null)[] {
  const groups = new Map<string, { weights: readonly (number | null)[]; next: number }>();
  for (const group of indicatorWeightGroups(plan)) groups.set(codeKey(group.objective ?? ""), { weights: group.read.weights, next: 0 });
  const keyOf = codeKeyer();
  const indicators = plan.indicators;
  const weights: (number | null)[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i] as Indicator;
    const group = singleValue(indicator, "weight") === undefined ? undefined : groups.get(keyOf(indicator.objectiveCode));
    if (group === undefined) {
      weights.push(null);
      continue;
    }
    weights.push(group.weights[group.next] ?? null);
    group.next += 1;
  }
  return weights;
}

/** What every indicator's explanation is written from: the evaluation (null when the document's results are not filled in) and the profile's bands. */
interface Explaining {
  evaluation: PlanEvaluation | null;
  profile: ScoringProfile;
}

/**
 * An indicator's score: its figures, with the indicator's own fields read from it and the explanation
 * written when read (the Riepilogo, a report): a large plan's scores are mostly summed, not read.
 */
class ScoredIndicator implements IndicatorScore {
  readonly #source: Indicator;
  readonly #index: number;
  readonly #explaining: Explaining;

  constructor(
    source: Indicator,
    index: number,
    explaining: Explaining,
    readonly weight: number | null,
    readonly achievement: number | null,
    readonly score: number | null,
    readonly status: Status,
  ) {
    this.#source = source;
    this.#index = index;
    this.#explaining = explaining;
  }

  get objective(): string {
    return this.#source.objectiveCode;
  }

  get indicator(): string {
    return this.#source.number;
  }

  get name(): string {
    return this.#source.name;
  }

  get ref(): CellRef {
    return this.#source.ref;
  }

  get explanation(): string {
    const { evaluation, profile } = this.#explaining;
    if (evaluation === null) return UNFILLED;
    const outcome = evaluation.explain(this.#index);
    if (!outcome.ok) return `Non valutabile: ${outcome.message}`;
    const banded = this.achievement !== null && profile.bands !== null ? indicatorScore(this.achievement, profile) : null;
    return banded?.ok === true ? `${outcome.explain()}; punteggio per fasce: ${banded.explain()}` : outcome.explain();
  }

  /** The score as a record, its fields and explanation written (JSON.stringify would skip the getters of the class). */
  toJSON(): IndicatorScore {
    const { objective, indicator, name, ref, weight, achievement, score, status, explanation } = this;
    return { objective, indicator, name, ref, weight, achievement, score, status, explanation };
  }
}

/** The status of an objective's or a manager's score, by the same thresholds as the indicators' (statusThresholds). */
function scoreStatus(score: number | null, { partial, achieved }: ReturnType<typeof statusThresholds>): Status {
  return computeStatus(score === null ? { ok: false } : { ok: true, value: score }, partial, achieved);
}

/**
 * Score of every objective: the weighted mean of its indicators' achievements (computeWeightedScore;
 * non valutabili excluded, weights renormalised, listed in `excluded`). Indicators with no usable
 * weight are excluded too, unless no indicator of the objective has one: then they weigh the same.
 * A strategic objective combines its own indicators' score with the mean of the operational
 * objectives that name it as their parent (computeStrategicScore). Its own share is the one written;
 * else the sum of its own indicators' weights when below 100% (the seed writes 15% + 15% + 5% + 5% +
 * 10% = 50%); else 50%. The explanation says which.
 */
interface WeightedPart {
  score: number | null;
  evaluated: number;
  excluded: string[];
  totalWeight: number;
  /** The explanation, written when first asked for: a large plan's scores are mostly summed, not read. */
  explain: () => string;
}

function part(score: number | null, evaluated: number, excluded: string[], totalWeight: number, explain: () => string): WeightedPart {
  return { score, evaluated, excluded, totalWeight, explain: writtenOnce(explain) };
}

function weightedPart(indicators: readonly IndicatorScore[], settings: ValidationSettings): WeightedPart {
  const mean = weightedMean(indicators, settings.achievement.cap);
  if (settings.profile.aggregation !== "allMet" || indicators.length === 0) return mean;
  if (indicators.every((i) => i.status === "Raggiunto")) {
    return part(1, mean.evaluated, mean.excluded, mean.totalWeight, () => `tutti gli indicatori raggiunti: 100% (aggregazione «tutti-raggiunti»)`);
  }
  return part(mean.score, mean.evaluated, mean.excluded, mean.totalWeight, () => `non tutti gli indicatori raggiunti (aggregazione «tutti-raggiunti»): media pesata dei punteggi, ${mean.explain()}`);
}

/** The code of the objective the indicator's score counts towards. */
function objectiveOfScore(indicator: IndicatorScore): string {
  return indicator.objective;
}

/** Whether the indicator has no weight (none written, or one that could not be read). */
function hasNoWeight(indicator: IndicatorScore): boolean {
  return indicator.weight === null;
}

/** The weighted mean of the indicators' scores (the default aggregation). */
function weightedMean(indicators: readonly IndicatorScore[], cap: number | undefined): WeightedPart {
  if (indicators.length === 0) return part(null, 0, [], 0, () => "nessun indicatore");
  const equal = indicators.every(hasNoWeight);
  // The usable indicators' scores and weights, side by side, in one pass.
  const scores: (number | null)[] = [];
  const weights: number[] = [];
  const excluded: string[] = [];
  let totalWeight = 0;
  for (const indicator of indicators) {
    const weight = equal ? 1 : indicator.weight;
    const usable = weight !== null && weight >= 0;
    if (usable) {
      scores.push(indicator.score);
      weights.push(weight);
      totalWeight += weight;
    }
    if (!usable || indicator.score === null) excluded.push(indicator.indicator);
  }
  const outcome = weightedScoreOf(scores, weights, cap);
  const equalNote = equal && indicators.length > 1 ? "; pesi non indicati: indicatori a pari peso" : "";
  if (!outcome.ok) return part(null, 0, excluded, totalWeight, () => `${outcome.message}${equalNote}`);
  const evaluated = totalWeight > 0 ? outcome.value.evaluatedWeight / totalWeight : 0;
  return part(outcome.value.score, evaluated, excluded, totalWeight, () => `${outcome.explain()}${equalNote}`);
}

function strategicShare(objective: Objective, own: WeightedPart, hasOwn: boolean, profileShare: number | null): Pick<StrategicParts, "ownShare" | "ownShareSource"> {
  const written = ownShareOf(objective);
  if (written !== null) return { ownShare: written, ownShareSource: "scritta" };
  if (!hasOwn) return { ownShare: 0, ownShareSource: "predefinita" };
  if (profileShare !== null) return { ownShare: profileShare, ownShareSource: "profilo" };
  if (own.totalWeight > 0 && own.totalWeight < 1) return { ownShare: own.totalWeight, ownShareSource: "somma dei pesi" };
  return { ownShare: 0.5, ownShareSource: "predefinita" };
}

const SHARE_SOURCE_WORDS: Record<Exclude<StrategicParts["ownShareSource"], "scritta">, string> = {
  "somma dei pesi": "pari alla somma dei loro pesi a",
  profilo: "fissata dalle regole di valutazione a",
  predefinita: "non indicata, posta a",
};

/** An objective of the plan with the key of its code (codeKey). */
interface KeyedObjective {
  key: string;
  objective: Objective;
}

/** Whether the objective contributes to a strategic objective's score: an operational objective naming its parent. */
function isContribution({ objective }: KeyedObjective): boolean {
  return objective.kind === "operational" && objective.parentCode !== undefined;
}

/** The key of the code of the objective's parent. */
function parentKeyOf({ objective }: KeyedObjective): string {
  return codeKey(objective.parentCode ?? "");
}

/** The objectives' scores by the key of their code (codeKey), in sheet order. */
function scoreObjectives(plan: Plan, indicators: IndicatorScore[], settings: ValidationSettings): Map<string, ObjectiveScore> {
  // Each objective code once, the first objective written with it, in sheet order (the plan index's groups).
  const objectives: KeyedObjective[] = [];
  for (const [key, [objective]] of indexPlan(plan).objectivesByCode) if (objective !== undefined) objectives.push({ key, objective });
  // Grouped once (not filtered per objective): scoring stays linear in the plan's size.
  const indicatorsByCode = groupByCode(indicators, objectiveOfScore);
  const childrenByParent = groupByKey(objectives.filter(isContribution), parentKeyOf);
  const thresholds = statusThresholds(settings);
  /** The objective's score; its explanation written when first read. */
  const scored = (objective: Objective, weighted: WeightedPart, score: number | null, explain: () => string, strategic?: StrategicParts): ObjectiveScore => {
    // Keys in the order they are read (JSON, the Riepilogo); area and manager only when the objective has them.
    const figures = { code: objective.code, kind: objective.kind, title: objective.title } as Omit<ObjectiveScore, "explanation">;
    if (objective.area !== undefined) figures.area = objective.area;
    if (objective.manager !== undefined) figures.manager = objective.manager;
    figures.score = score;
    figures.status = scoreStatus(score, thresholds);
    figures.evaluated = weighted.evaluated;
    figures.excluded = weighted.excluded;
    const result = explainedLazily(figures, explain);
    if (strategic !== undefined) result.strategic = strategic;
    return result;
  };
  // The operational objectives' parts first: a strategic one's score reads theirs, wherever they are written.
  const operational = new Map<string, WeightedPart>();
  for (const { key, objective } of objectives) {
    if (objective.kind === "operational") operational.set(key, weightedPart(indicatorsByCode.get(key) ?? [], settings));
  }
  const scoreStrategic = (key: string, objective: Objective): ObjectiveScore => {
    const ownIndicators = indicatorsByCode.get(key) ?? [];
    const own = weightedPart(ownIndicators, settings);
    const contributions: StrategicParts["contributions"] = [];
    for (const child of childrenByParent.get(key) ?? []) contributions.push({ code: child.objective.code, score: operational.get(child.key)?.score ?? null });
    const share = strategicShare(objective, own, ownIndicators.length > 0, settings.profile.strategicOwnShare);
    const outcome = strategicScoreOf({ ownScore: own.score, ownShare: share.ownShare, contributions: contributions.map((c) => c.score) });
    const shareNote = share.ownShareSource === "scritta" ? "" : `; quota degli indicatori propri ${SHARE_SOURCE_WORDS[share.ownShareSource]} ${formatShare(share.ownShare)}`;
    return scored(
      objective,
      own,
      outcome.ok ? outcome.value : null,
      () => `${outcome.ok ? outcome.explain() : outcome.message}${shareNote}; indicatori propri: ${own.explain()}`,
      { ownScore: own.score, ...share, contributions },
    );
  };
  const scores = new Map<string, ObjectiveScore>();
  for (const { key, objective } of objectives) {
    const weighted = operational.get(key);
    scores.set(key, weighted === undefined ? scoreStrategic(key, objective) : scored(objective, weighted, weighted.score, weighted.explain));
  }
  return scores;
}

/**
 * Score of every manager: the weighted sum of the scores of their objectives (computeManagerScore).
 * Weights: the current (last) column of the Pesi table, per manager, read in that column's scale;
 * objectives with a blank current weight are not counted. Without a Pesi table, the objective
 * weights of the objectives sheet, grouped by Responsabile. A Pesi row for an objective the plan does
 * not have counts as non valutabile (its weight is shared among the others, and said so).
 */

/** For each manager, the group of its current weights: the last Pesi column, or the objectives sheet. */
function currentGroups(plan: Plan): { groups: WeightGroup[]; source: ManagerScore["weightSource"] } {
  if (plan.managerWeights.length === 0) {
    return { groups: objectiveWeightGroups(plan).filter((g) => g.manager !== ""), source: "obiettivi" };
  }
  const last = new Map<string, WeightGroup>();
  for (const group of managerWeightGroups(plan)) last.set(group.manager ?? "", group);
  return { groups: [...last.values()], source: "pesi" };
}

function scoreManagers(plan: Plan, objectives: ReadonlyMap<string, ObjectiveScore>, settings: ValidationSettings): ManagerScore[] {
  const thresholds = statusThresholds(settings);
  const { groups, source } = currentGroups(plan);
  return groups.map((group) => {
    const items = readWeights(group).map(({ member, weight }) => ({
      code: member.objective,
      weight,
      score: objectives.get(codeKey(member.objective))?.score ?? null,
    }));
    const outcome = computeManagerScore(items);
    const score = outcome.ok ? outcome.value : null;
    return explainedLazily({ name: group.manager ?? "", score, status: scoreStatus(score, thresholds), weightSource: source, objectives: items }, () => {
      const unscored = items.filter((i) => i.score === null).map((i) => i.code);
      const note = unscored.length > 0 ? ` Obiettivi non valutabili: ${unscored.join(", ")}.` : "";
      return `${outcome.ok ? outcome.explanation : outcome.message}.${note}`.replace(/\.\./g, ".");
    });
  });
}

/**
 * Score of every area: the plain mean of the scores of the objectives assigned to it (the Area
 * column), non valutabili excluded and named. A plain mean, because the weights of the plan are
 * per manager, not per area; the explanation says so.
 */
function scoreAreas(objectives: ObjectiveScore[]): AreaScore[] {
  const byArea = new Map<string, ObjectiveScore[]>();
  for (const objective of objectives) {
    const name = objective.area?.trim();
    if (!name) continue;
    const members = byArea.get(name);
    if (members === undefined) byArea.set(name, [objective]);
    else members.push(objective);
  }
  return [...byArea.entries()].map(([name, members]) => {
    const outcome = weightedScoreOf(
      members.map((m) => m.score),
      members.map(() => 1),
    );
    const codes = members.map((m) => m.code);
    return explainedLazily({ name, score: outcome.ok ? outcome.value.score : null, objectives: codes }, () =>
      `Media semplice degli obiettivi ${codes.join(", ")}: ${outcome.ok ? outcome.explain() : outcome.message}`,
    );
  });
}
