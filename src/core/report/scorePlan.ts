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
import { indicatorScore } from "../calc/scoringProfile";
import { computeStatus } from "../calc/computeStatus";
import { planEvaluation, STATUSES, type PlanEvaluation } from "../calc/planEvaluation";
import type { Explained } from "../calc/calcTypes";
import { cellKey } from "../plan/planCells";
import { indicatorWeightGroups, managerWeightGroups, objectiveWeightGroups, ownShareOf, readWeights, type WeightGroup } from "../plan/weightGroups";
import { codeKey, codeKeyer } from "../plan/planCodes";
import { groupByKey } from "../plan/planQueries";
import { computeStrategicScore } from "../calc/computeStrategicScore";
import { writtenOnce } from "../memo";
import { computeWeightedScore } from "../calc/computeWeightedScore";
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
  const objectives = scoreObjectives(plan, indicators, resolved);
  return {
    period: plan.period,
    indicators,
    objectives,
    managers: scoreManagers(plan, objectives, resolved),
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
  const weights = new Map<string, number>();
  for (const group of indicatorWeightGroups(plan)) {
    for (const { member, weight } of readWeights(group)) weights.set(cellKey(member.cell), weight);
  }
  const unfilled = plan.periodSource === "targets";
  const evaluation = planEvaluation(plan, settings);
  const { profile } = settings;
  return plan.indicators.map((indicator, i) => {
    const achievement = unfilled ? Number.NaN : (evaluation.achievement[i] ?? Number.NaN);
    const evaluated = !Number.isNaN(achievement);
    const weight = indicator.weight ? (weights.get(cellKey(indicator.weight)) ?? null) : null;
    const banded = evaluated && profile.bands !== null ? indicatorScore(achievement, profile) : null;
    const status = evaluated ? (STATUSES[evaluation.status[i] ?? 0] ?? "Non valutabile") : "Non valutabile";
    const score = !evaluated ? null : banded?.ok === true ? banded.value : achievement;
    return new ScoredIndicator(indicator, weight, evaluated ? achievement : null, score, status, unfilled ? null : { evaluation, index: i, banded });
  });
}

/**
 * An indicator's score, its explanation written when read (the Riepilogo, a report): a large plan's
 * scores are mostly summed, not read.
 */
class ScoredIndicator implements IndicatorScore {
  readonly objective: string;
  readonly indicator: string;
  readonly name: string;
  readonly ref: CellRef;
  readonly #explained: { evaluation: PlanEvaluation; index: number; banded: Explained<number> | null } | null;

  constructor(
    indicator: Indicator,
    readonly weight: number | null,
    readonly achievement: number | null,
    readonly score: number | null,
    readonly status: Status,
    /** The evaluation to explain, null when the document's results are not filled in. */
    explained: { evaluation: PlanEvaluation; index: number; banded: Explained<number> | null } | null,
  ) {
    this.objective = indicator.objectiveCode;
    this.indicator = indicator.number;
    this.name = indicator.name;
    this.ref = indicator.ref;
    this.#explained = explained;
  }

  get explanation(): string {
    if (this.#explained === null) return UNFILLED;
    const { evaluation, index, banded } = this.#explained;
    const outcome = evaluation.explain(index);
    if (!outcome.ok) return `Non valutabile: ${outcome.message}`;
    return banded?.ok === true ? `${outcome.explain()}; punteggio per fasce: ${banded.explain()}` : outcome.explain();
  }

  /** The score as a record, its explanation written (JSON.stringify would skip a getter of the class). */
  toJSON(): IndicatorScore {
    const { objective, indicator, name, ref, weight, achievement, score, status, explanation } = this;
    return { objective, indicator, name, ref, weight, achievement, score, status, explanation };
  }
}

/** The status of an objective's or a manager's score, by the same thresholds as the indicators'. */
function scoreStatus(settings: ValidationSettings): (score: number | null) => Status {
  const { partial, achieved } = statusThresholds(settings);
  return (score) => computeStatus(score === null ? { ok: false } : { ok: true, value: score }, partial, achieved);
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
  explanation: string;
  totalWeight: number;
}

/** A part whose explanation `explain` writes when first read: a large plan's scores are mostly summed, not read. */
function part(score: number | null, evaluated: number, excluded: string[], totalWeight: number, explain: () => string): WeightedPart {
  const explanation = writtenOnce(explain);
  return {
    score,
    evaluated,
    excluded,
    get explanation(): string {
      return explanation();
    },
    totalWeight,
  };
}

function weightedPart(indicators: IndicatorScore[], settings: ValidationSettings): WeightedPart {
  const mean = weightedMean(indicators, settings.achievement.cap);
  if (settings.profile.aggregation !== "allMet" || indicators.length === 0) return mean;
  if (indicators.every((i) => i.status === "Raggiunto")) {
    return part(1, mean.evaluated, mean.excluded, mean.totalWeight, () => `tutti gli indicatori raggiunti: 100% (aggregazione «tutti-raggiunti»)`);
  }
  return part(mean.score, mean.evaluated, mean.excluded, mean.totalWeight, () => `non tutti gli indicatori raggiunti (aggregazione «tutti-raggiunti»): media pesata dei punteggi, ${mean.explanation}`);
}

/** The weighted mean of the indicators' scores (the default aggregation). */
function weightedMean(indicators: IndicatorScore[], cap: number | undefined): WeightedPart {
  if (indicators.length === 0) return part(null, 0, [], 0, () => "nessun indicatore");
  const equal = indicators.every((i) => i.weight === null);
  const weightOf = (i: IndicatorScore): number => (equal ? 1 : (i.weight ?? 0));
  const usable = indicators.filter((i) => equal || (i.weight !== null && i.weight >= 0));
  const usableSet = new Set(usable);
  const excluded = indicators.filter((i) => !usableSet.has(i) || i.score === null).map((i) => i.indicator);
  const totalWeight = usable.reduce((sum, i) => sum + weightOf(i), 0);
  const outcome = computeWeightedScore(usable.map((i) => ({ achievement: i.score, weight: weightOf(i) })), cap);
  const equalNote = equal && indicators.length > 1 ? "; pesi non indicati: indicatori a pari peso" : "";
  if (!outcome.ok) return part(null, 0, excluded, totalWeight, () => `${outcome.message}${equalNote}`);
  const evaluated = totalWeight > 0 ? outcome.value.evaluatedWeight / totalWeight : 0;
  return part(outcome.value.score, evaluated, excluded, totalWeight, () => `${outcome.explanation}${equalNote}`);
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

function scoreObjectives(plan: Plan, indicators: IndicatorScore[], settings: ValidationSettings): ObjectiveScore[] {
  const seen = new Set<string>();
  const objectives = plan.objectives.filter((o) => !seen.has(codeKey(o.code)) && seen.add(codeKey(o.code)));
  // Grouped once (not filtered per objective): scoring stays linear in the plan's size.
  const keyOf = codeKeyer();
  const indicatorsByCode = groupByKey(indicators, (i) => keyOf(i.objective));
  const byObjective = (code: string) => indicatorsByCode.get(codeKey(code)) ?? [];
  const childrenByParent = groupByKey(
    objectives.filter((o) => o.kind === "operational" && o.parentCode !== undefined),
    (o) => codeKey(o.parentCode ?? ""),
  );
  const status = scoreStatus(settings);
  /** The objective's score; its explanation written when first read. */
  const scored = (objective: Objective, weighted: WeightedPart, score: number | null, explain: () => string, strategic?: StrategicParts): ObjectiveScore => {
    const explanation = writtenOnce(explain);
    const result: ObjectiveScore = {
      code: objective.code,
      kind: objective.kind,
      title: objective.title,
      ...(objective.area === undefined ? {} : { area: objective.area }),
      ...(objective.manager === undefined ? {} : { manager: objective.manager }),
      score,
      status: status(score),
      evaluated: weighted.evaluated,
      excluded: weighted.excluded,
      get explanation(): string {
        return explanation();
      },
    };
    if (strategic !== undefined) result.strategic = strategic;
    return result;
  };
  const base = (objective: Objective, weighted: WeightedPart): ObjectiveScore => scored(objective, weighted, weighted.score, () => weighted.explanation);
  const operational = new Map<string, ObjectiveScore>();
  for (const objective of objectives.filter((o) => o.kind === "operational")) {
    operational.set(codeKey(objective.code), base(objective, weightedPart(byObjective(objective.code), settings)));
  }
  const strategic = objectives
    .filter((o) => o.kind === "strategic")
    .map((objective) => {
      const own = weightedPart(byObjective(objective.code), settings);
      const code = codeKey(objective.code);
      const contributions = (childrenByParent.get(code) ?? [])
        .map((o) => ({ code: o.code, score: operational.get(codeKey(o.code))?.score ?? null }));
      const share = strategicShare(objective, own, byObjective(objective.code).length > 0, settings.profile.strategicOwnShare);
      const outcome = computeStrategicScore({ ownScore: own.score, ownShare: share.ownShare, contributions: contributions.map((c) => c.score) });
      const shareNote = share.ownShareSource === "scritta" ? "" : `; quota degli indicatori propri ${SHARE_SOURCE_WORDS[share.ownShareSource]} ${formatShare(share.ownShare)}`;
      return scored(
        objective,
        own,
        outcome.ok ? outcome.value : null,
        () => `${outcome.ok ? outcome.explanation : outcome.message}${shareNote}; indicatori propri: ${own.explanation}`,
        { ownScore: own.score, ...share, contributions },
      );
    });
  const order = new Map(objectives.map((o, i) => [codeKey(o.code), i]));
  return [...strategic, ...operational.values()].sort((a, b) => (order.get(codeKey(a.code)) ?? 0) - (order.get(codeKey(b.code)) ?? 0));
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

function scoreManagers(plan: Plan, objectives: ObjectiveScore[], settings: ValidationSettings): ManagerScore[] {
  const status = scoreStatus(settings);
  const scores = new Map(objectives.map((o) => [codeKey(o.code), o.score]));
  const { groups, source } = currentGroups(plan);
  return groups.map((group) => {
    const items = readWeights(group).map(({ member, weight }) => ({
      code: member.objective,
      weight,
      score: scores.get(codeKey(member.objective)) ?? null,
    }));
    const outcome = computeManagerScore(items.map(({ score, weight }) => ({ score, weight })));
    const unscored = items.filter((i) => i.score === null).map((i) => i.code);
    const note = unscored.length > 0 ? ` Obiettivi non valutabili: ${unscored.join(", ")}.` : "";
    const explanation = writtenOnce(() => `${outcome.ok ? outcome.explanation : outcome.message}.${note}`.replace(/\.\./g, "."));
    return {
      name: group.manager ?? "",
      score: outcome.ok ? outcome.value : null,
      status: status(outcome.ok ? outcome.value : null),
      weightSource: source,
      objectives: items,
      get explanation(): string {
        return explanation();
      },
    };
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
    const outcome = computeWeightedScore(members.map((m) => ({ achievement: m.score, weight: 1 })));
    const codes = members.map((m) => m.code);
    const explanation = writtenOnce(() => `Media semplice degli obiettivi ${codes.join(", ")}: ${outcome.ok ? outcome.explanation : outcome.message}`);
    return {
      name,
      score: outcome.ok ? outcome.value.score : null,
      objectives: codes,
      get explanation(): string {
        return explanation();
      },
    };
  });
}
