/**
 * `scostamento-errato`: the declared deviation of the reporting period differs from the one computed
 * from the result and the target (evaluateIndicator: result − target, or target − result for a
 * decrescente indicator). Both figures are quoted, with the computation.
 *
 * Accepted as agreeing, within settings.deviationTolerance × |target|:
 * - the same figure in the same unit (the seed's "+1,55%" for 89,55% − 88%, "0,13%" for a decrescente
 *   -2,13% against -2%, "-9394" for 606 against at least 10.000);
 * - for a percentage indicator, the deviation in points written without "%" ("5,37" for 5,37%);
 * - for a count or an amount, the deviation written as a percentage of the target (relative).
 * A placeholder ("-", "--", "nessuno") declares no deviation: fine when the computed one is 0 (the
 * seed's 100% against 100% with "--"); otherwise an avviso, the deviation was left out.
 * A decrescente indicator whose deviation is written as result − target («realizzato − atteso», the
 * convention of the DFP guideline 2/2017, used by whole reports) is right in that convention: info.
 * An ambiguous result: when no reading of it gives the declared deviation -> errore, listing each;
 * when one does, it is quiet here and `valore-ambiguo` names that reading (the seed's STRAT ind.4,
 * 861 = 1.361 − 500).
 * Judged on the seed: every declared deviation agrees with the computed one (2.1 ind.3 "6 eventi"
 * against "almeno 4 eventi" gives 2, as declared), so the seed raises nothing here.
 */
import { computeDeviation } from "../../calc/computeDeviation";
import { evaluateIndicator } from "../../calc/evaluateIndicator";
import type { Indicator, Plan } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import type { ValidationSettings } from "../../settings";
import { deviationMatches } from "../support/figureComparisons";
import { amountOf, valueParam } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import type { Figure } from "../../values/valueTypes";
import { figureOf } from "../../values/valueTypes";
import { declaredDeviationAt, resultAt, targetAt } from "../../plan/planQueries";

interface Computed {
  deviation: number;
  relative?: number;
  unit: Figure["unit"];
}

function agrees(declared: Figure, computed: Computed, target: number, tolerance: number): boolean {
  if (declared.unit === computed.unit || (declared.unit !== "percent" && computed.unit !== "percent")) {
    return deviationMatches(declared.value, computed.deviation, target, tolerance);
  }
  if (computed.unit === "percent") return deviationMatches(declared.value / 100, computed.deviation, target, tolerance);
  return computed.relative !== undefined && deviationMatches(declared.value, computed.relative, 1, tolerance);
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

function check(indicator: Indicator, plan: Plan, settings: ValidationSettings): Finding[] {
  const period = plan.period;
  const declaredCell = declaredDeviationAt(indicator, period);
  const result = resultAt(indicator, period);
  const target = targetAt(indicator, period);
  if (!declaredCell || !result || !target) return [];
  const declared = figureOf(declaredCell.value);
  if (declared && result.value.kind === "failure") return ambiguousResult(indicator, plan, settings, declared);
  const evaluation = evaluateIndicator({ result: result.value, target: target.value, polarity: indicator.polarity }, settings.achievement);
  if (!evaluation.ok || evaluation.value.deviation === undefined) return [];
  const { deviation, relativeDeviation, unit = "number" } = evaluation.value;
  const targetValue = figureOf(target.value)?.value ?? 0;
  const computed: Computed = { deviation, unit, ...(relativeDeviation === undefined ? {} : { relative: relativeDeviation }) };
  const about = { ...aboutIndicator(indicator), period, deviation: { value: deviation, unit } };
  if (declaredCell.value.kind === "placeholder") {
    if (deviationMatches(0, deviation, targetValue, settings.deviationTolerance)) return [];
    return [
      indicatorFinding(indicator, declaredCell, {
        key: "scostamento-errato.non-dichiarato",
        params: { ...about, written: valueParam(declaredCell.value), explanation: evaluation.explain() },
        severity: "avviso",
      }),
    ];
  }
  if (!declared || agrees(declared, computed, targetValue, settings.deviationTolerance)) return [];
  const asResultMinusTarget: Computed = { ...computed, deviation: -deviation, ...(computed.relative === undefined ? {} : { relative: -computed.relative }) };
  if (indicator.polarity === "decreasing" && agrees(declared, asResultMinusTarget, targetValue, settings.deviationTolerance)) {
    return [
      indicatorFinding(indicator, declaredCell, { key: "scostamento-errato.convenzione-dfp", params: { ...about, declared: amountOf(declared) }, severity: "info" }),
    ];
  }
  return [
    indicatorFinding(indicator, declaredCell, {
      key: "scostamento-errato.diverso",
      params: { ...about, declared: amountOf(declared), explanation: evaluation.explain() },
    }),
  ];
}

export const wrongDeviationRule: Rule = {
  id: "scostamento-errato",
  defaultSeverity: "errore",
  description: ruleDescription("scostamento-errato"),
  check({ plan, settings }) {
    return plan.indicators.flatMap((indicator) => check(indicator, plan, settings));
  },
};
