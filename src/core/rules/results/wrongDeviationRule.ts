/**
 * `scostamento-errato`: the declared deviation of the reporting period differs from the one computed
 * from the result and the target (the plan's evaluation, calc/planEvaluation.ts: result − target, or target − result for a
 * decrescente indicator). Both figures are quoted, with the computation.
 *
 * Accepted as agreeing, within settings.deviationTolerance × |target|:
 * - the same figure in the same unit (the seed's "+1,55%" for 89,55% − 88%, "0,13%" for a decrescente
 *   -2,13% against -2%, "-9394" for 606 against at least 10.000);
 * - for a percentage indicator, the deviation in points written without "%" ("5,37" for 5,37%);
 * - for a count or an amount, the deviation written as a percentage of the target (relative).
 * A placeholder ("-", "--", "nessuno") declares no deviation: fine when the computed one is 0 (the
 * seed's 100% against 100% with "--"); otherwise an avviso, the deviation was left out.
 * The convention is the scoring profile's (`convenzioneScostamento`): «positivo = meglio» (default) or
 * «realizzato − atteso» (result − target whatever the polarity, as whole reports write it after the
 * DFP guideline 2/2017); the message says which was used. For a decrescente indicator the two differ:
 * a deviation right in the other convention is an info, per row; when every decrescente indicator with
 * a declared deviation (at least two) follows the other convention, the plan consistently uses it, and
 * that is ONE info for the plan, not one per row.
 * An ambiguous result: when no reading of it gives the declared deviation -> errore, listing each;
 * when one does, it is quiet here and `valore-ambiguo` names that reading (the seed's STRAT ind.4,
 * 861 = 1.361 − 500).
 * Judged on the seed: every declared deviation agrees with the computed one (2.1 ind.3 "6 eventi"
 * against "almeno 4 eventi" gives 2, as declared), so the seed raises nothing here.
 */
import { computeDeviation } from "../../calc/computeDeviation";
import { planEvaluation, POLARITIES, UNITS, type PlanEvaluation } from "../../calc/planEvaluation";
import type { Indicator, Plan } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import type { ValidationSettings } from "../../settings";
import { deviationMatches } from "../support/figureComparisons";
import { amountOf, hasFigure, valueParam } from "../support/figures";
import { aboutIndicator, findingAt, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import type { CellValue, Figure } from "../../values/valueTypes";
import type { DeviationConvention } from "../../calc/scoringProfile";
import { figureOf } from "../../values/valueTypes";
import { declaredDeviationAt, resultAt, targetAt } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import { localized, type Localized } from "../../wording/calcWords";

/**
 * Whether a declared deviation agrees with the one computed (`deviation` in `unit`, and `relative`,
 * NaN for a target of 0), in the same unit, in points for a percentage, or as a share of the target.
 */
function agrees(declared: Figure, deviation: number, relative: number, unit: Figure["unit"], target: number, tolerance: number): boolean {
  if (declared.unit === unit || (declared.unit !== "percent" && unit !== "percent")) {
    return deviationMatches(declared.value, deviation, target, tolerance);
  }
  if (unit === "percent") return deviationMatches(declared.value / 100, deviation, target, tolerance);
  return !Number.isNaN(relative) && deviationMatches(declared.value, relative, 1, tolerance);
}

function ambiguousResult(indicator: Indicator, plan: Plan, settings: ValidationSettings, declared: Figure): Finding[] {
  const result = resultAt(indicator, plan.period);
  const targetCell = targetAt(indicator, plan.period);
  const target = figureOf(targetCell?.value);
  if (!result || result.value.kind !== "failure" || result.value.code !== "ambiguous" || !target) return [];
  const readings = (result.value.candidates ?? []).filter((c) => c.unit === target.unit);
  const computed = readings.flatMap((c) => {
    const outcome = computeDeviation(c.value, target.value, indicator.polarity, c.unit);
    return outcome.ok ? [{ candidate: c, deviation: outcome.value }] : [];
  });
  if (computed.length === 0) return [];
  if (computed.some((c) => deviationMatches(declared.value, c.deviation, target.value, settings.deviationTolerance))) return [];
  const given = computed.map((c) => ({ value: c.candidate.value, unit: c.candidate.unit, deviation: c.deviation }));
  const cell = declaredDeviationAt(indicator, plan.period);
  return [
    indicatorFinding(indicator, cell, {
      key: "scostamento-errato.valori-ambigui",
      params: { period: plan.period, declared: amountOf(declared), target: amountOf(target), readings: given },
    }),
  ];
}

/** A row's verdict: findings, and whether its declared deviation agrees with the plan's convention or only with the other one. */
interface RowCheck {
  findings: Finding[];
  /** Only for decrescente indicators whose conventions differ: which one the declared deviation follows. */
  follows?: "plan" | "other";
}

/** Whether the plan's convention turns a computed deviation around: «realizzato − atteso» for a decrescente indicator. */
function turnedAround(decreasing: boolean, convention: DeviationConvention): boolean {
  return decreasing && convention !== "positiveIsBetter";
}

/** What every finding of a row says: which indicator, at which date, and the deviation computed (in the plan's convention). */
interface AboutDeviation {
  indicator: string;
  objective: string;
  period: Plan["period"];
  deviation: { value: number; unit: Figure["unit"] };
}

function aboutDeviation(indicator: Indicator, period: Plan["period"], deviation: number, unit: Figure["unit"]): AboutDeviation {
  return aboutIndicator(indicator, { period, deviation: { value: deviation, unit } });
}

/** The computed deviation's explanation, in both languages (the evaluation's words for the result against the target). */
function explanationOf(evaluation: PlanEvaluation, index: number): Localized {
  const explained = evaluation.explainDeviation(index);
  return explained.ok ? localized(explained.explain) : { it: explained.message, en: explained.message };
}

/** What every row is judged with: the plan, its evaluation, and its values at the reporting date by indicator position (datedValuesOf). */
interface Judging {
  plan: Plan;
  settings: ValidationSettings;
  evaluation: PlanEvaluation;
  declaredOf: (index: number) => CellValue | undefined;
  resultOf: (index: number) => CellValue | undefined;
  targetOf: (index: number) => CellValue | undefined;
}

/** A row's verdict, or null when it says nothing (no declared deviation, or one that agrees). */
function checkRow(indicator: Indicator, index: number, { plan, settings, evaluation, declaredOf, resultOf, targetOf }: Judging): RowCheck | null {
  const period = plan.period;
  // Values first: the declared deviation's cell is made only for a finding.
  const declaredValue = declaredOf(index);
  if (declaredValue === undefined) return null;
  const computedDeviation = evaluation.deviation[index] ?? Number.NaN;
  if (Number.isNaN(computedDeviation)) {
    // No deviation computed: an ambiguous result may still have readings that give the declared one.
    const declared = figureOf(declaredValue);
    if (!declared || resultOf(index)?.kind !== "failure" || targetOf(index) === undefined) return null;
    const findings = ambiguousResult(indicator, plan, settings, declared);
    return findings.length > 0 ? { findings } : null;
  }
  const relativeDeviation = evaluation.relativeDeviation[index] ?? Number.NaN;
  const unit = UNITS[evaluation.unit[index] ?? 0] ?? "number";
  const target = targetOf(index);
  const targetValue = hasFigure(target) ? target.value : 0;
  const convention = settings.profile.deviationConvention;
  // In the plan's convention.
  const turned = turnedAround(POLARITIES[evaluation.polarity[index] ?? 0] === "decreasing", convention);
  const deviation = turned ? -computedDeviation : computedDeviation;
  const relative = turned ? -relativeDeviation : relativeDeviation;
  if (declaredValue.kind === "placeholder") {
    if (deviationMatches(0, deviation, targetValue, settings.deviationTolerance)) return null;
    return {
      findings: [
        indicatorFinding(indicator, declaredDeviationAt(indicator, period), {
          key: "scostamento-errato.non-dichiarato",
          params: Object.assign(aboutDeviation(indicator, period, deviation, unit), { written: valueParam(declaredValue), explanation: explanationOf(evaluation, index) }),
          severity: "avviso",
        }),
      ],
    };
  }
  // The declared value is its own figure: no figure is built per row.
  if (!hasFigure(declaredValue)) return null;
  const declared: Figure = declaredValue;
  const differ = indicator.polarity === "decreasing" && !deviationMatches(0, deviation, targetValue, settings.deviationTolerance);
  if (agrees(declared, deviation, relative, unit, targetValue, settings.deviationTolerance)) return differ ? { findings: [], follows: "plan" } : null;
  const declaredCell = declaredDeviationAt(indicator, period);
  // In the other convention.
  if (indicator.polarity === "decreasing" && agrees(declared, -deviation, -relative, unit, targetValue, settings.deviationTolerance)) {
    const params = Object.assign(aboutDeviation(indicator, period, deviation, unit), { declared: amountOf(declared) });
    const finding =
      convention === "positiveIsBetter"
        ? indicatorFinding(indicator, declaredCell, { key: "scostamento-errato.convenzione-dfp", params, severity: "info" })
        : indicatorFinding(indicator, declaredCell, { key: "scostamento-errato.convenzione-positiva", params, severity: "info" });
    return { findings: [finding], follows: "other" };
  }
  return {
    findings: [
      indicatorFinding(indicator, declaredCell, {
        key: "scostamento-errato.diverso",
        params: Object.assign(aboutDeviation(indicator, period, deviation, unit), { declared: amountOf(declared), explanation: explanationOf(evaluation, index), convention }),
      }),
    ],
  };
}

/** An indicator's row with its verdict. */
interface CheckedRow {
  indicator: Indicator;
  row: RowCheck;
}

/** Whether the row's declared deviation follows one convention and not the other. */
function followsAConvention({ row }: CheckedRow): boolean {
  return row.follows !== undefined;
}

/** Whether the row's declared deviation follows only the convention the plan does not use. */
function followsTheOther({ row }: CheckedRow): boolean {
  return row.follows === "other";
}

/** The row's findings. */
function findingsOf({ row }: CheckedRow): Finding[] {
  return row.findings;
}

/**
 * The rows' findings; when every decrescente row whose conventions differ follows the other
 * convention (at least two), one info for the plan replaces their per-row infos.
 */
function checkPlanDeviations(plan: Plan, settings: ValidationSettings): Finding[] {
  const { indicators, period } = plan;
  const judging: Judging = {
    plan,
    settings,
    evaluation: planEvaluation(plan, settings),
    declaredOf: datedValuesOf(indicators, "declaredDeviations", period),
    resultOf: datedValuesOf(indicators, "results", period),
    targetOf: datedValuesOf(indicators, "targets", period),
  };
  // Only the rows that say something: a finding, or which convention their declared deviation follows.
  const rows: CheckedRow[] = [];
  for (let index = 0; index < indicators.length; index++) {
    const indicator = indicators[index] as Indicator;
    const row = checkRow(indicator, index, judging);
    if (row !== null) rows.push({ indicator, row });
  }
  const judged = rows.filter(followsAConvention);
  const others = judged.filter(followsTheOther);
  const first = others[0];
  if (first === undefined || others.length < 2 || others.length !== judged.length) return rows.flatMap(findingsOf);
  const codes = others.map(({ indicator }) => `${indicator.objectiveCode} ind. ${indicator.number}`);
  const planFinding = findingAt(first.indicator.declaredDeviations[plan.period]?.ref ?? first.indicator.ref, {}, {
    key: "scostamento-errato.altra-convenzione",
    params: { count: others.length, convention: settings.profile.deviationConvention, codes },
    severity: "info",
  });
  const otherSet = new Set(others.map(({ indicator }) => indicator));
  return [planFinding, ...rows.flatMap(({ indicator, row }) => (otherSet.has(indicator) ? [] : row.findings))];
}

export const wrongDeviationRule: Rule = {
  id: "scostamento-errato",
  defaultSeverity: "errore",
  description: ruleDescription("scostamento-errato"),
  check({ plan, settings }) {
    return checkPlanDeviations(plan, settings);
  },
};
