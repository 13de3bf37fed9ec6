/**
 * `unita-incoerenti`: the result, the target and the baseline of one indicator are written in
 * different units (a percentage, a plain number, an amount in euro), so they cannot be compared and
 * the indicator is not evaluable. Compared: the result of the reporting period with the period's
 * target (or the 31/12 target when the period has none); the baseline with the 31/12 target. The two
 * targets against each other are `target-periodi-incoerenti`'s. An amount written without "€" next to
 * one with it is a unit mismatch too (the calculation refuses it), and the message says the symbol is
 * probably missing. A result of another kind than its period's target (a milestone such as «sì» or
 * «Avviato» against a number, a number against a milestone, a bound such as «almeno 300» written as
 * a result) cannot be compared either: the calculation refuses it and this rule says why, so the
 * indicator never drops out of the scores in silence.
 */
import type { Indicator, Period, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { failureReason, planEvaluation, type PlanEvaluation } from "../../calc/planEvaluation";
import { resultAt, yearTargetDate } from "../../plan/planQueries";
import { datedValuesOf, singleValue } from "../../plan/indicatorColumns";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { unitOf } from "../support/figures";
import type { CellRole } from "../../wording/messageParameters";
import { ruleDescription } from "../../wording/renderMessage";
import { figureOf, type CellValue, type Figure } from "../../values/valueTypes";
import { isEmptyValue } from "../support/checkedCells";
import { localized, type Localized } from "../../wording/calcWords";
import type { Locale } from "../../wording/addinLanguage";
import { incompatibilityText } from "../../calc/evaluateIndicator";

/** The figures of a value and of the one it is compared with, when both have one and their units differ; else null. */
function clashingFigures(value: CellValue | undefined, against: CellValue | undefined): { figure: Figure; againstFigure: Figure } | null {
  if (value === undefined || against === undefined) return null;
  const unit = unitOf(value);
  const againstUnit = unitOf(against);
  if (unit === null || againstUnit === null || unit === againstUnit) return null;
  const figure = figureOf(value);
  const againstFigure = figureOf(against);
  return figure && againstFigure ? { figure, againstFigure } : null;
}

function unitsFinding(indicator: Indicator, cell: PlanCell | undefined, role: CellRole, figures: { figure: Figure; againstFigure: Figure }, againstRole: CellRole): Finding {
  return indicatorFinding(indicator, cell, {
    key: "unita-incoerenti.unita",
    params: aboutIndicator(indicator, { role, figure: figures.figure, against: againstRole, againstFigure: figures.againstFigure }),
  });
}

/** The reason in both languages when its words give the calculation's own message; else that message as it is. */
function sameReason(message: string, words: (locale: Locale) => string): Localized {
  return words("it") === message ? localized(words) : { it: message, en: message };
}

/** A result of another kind than the period's own target: the calculation's reason, at the result. */
const INCOMPATIBLE = failureReason("incompatible");

function compareKinds(evaluation: PlanEvaluation, index: number, indicator: Indicator, period: Period, result: CellValue | undefined, target: CellValue | undefined): Finding | null {
  if (!result || !target) return null;
  const resultKind = result.kind;
  const targetKind = target.kind;
  const leftToOtherRules = isLeftToOtherRules(resultKind) || isLeftToOtherRules(targetKind);
  if (leftToOtherRules || (resultKind !== "threshold" && (resultKind === "milestone") === (targetKind === "milestone"))) return null;
  if (evaluation.reason[index] !== INCOMPATIBLE) return null;
  const outcome = evaluation.explain(index);
  if (outcome.ok) return null;
  return indicatorFinding(indicator, resultAt(indicator, period), {
    key: "unita-incoerenti.forma",
    params: aboutIndicator(indicator, { period, reason: sameReason(outcome.message, (locale) => incompatibilityText(result, target, locale)) }),
  });
}

/** A placeholder or an unread value: what other rules report (risultato-mancante, target-mancante, valore-illeggibile, valore-ambiguo). */
function isLeftToOtherRules(kind: CellValue["kind"]): boolean {
  return kind === "placeholder" || kind === "failure";
}

export const inconsistentUnitsRule: Rule = {
  id: "unita-incoerenti",
  defaultSeverity: "errore",
  description: ruleDescription("unita-incoerenti"),
  check({ plan, settings }) {
    const period = plan.period;
    const yearDate = yearTargetDate(plan);
    const evaluation = planEvaluation(plan, settings);
    const roles = {
      result: { kind: "result", date: period },
      periodTarget: { kind: "target", date: period },
      yearTarget: { kind: "target", date: yearDate },
      baseline: { kind: "baseline" },
    } as const satisfies Record<string, CellRole>;
    const findings: Finding[] = [];
    const resultOf = datedValuesOf(plan.indicators, "results", period);
    const periodTargetOf = datedValuesOf(plan.indicators, "targets", period);
    const yearTargetOf = datedValuesOf(plan.indicators, "targets", yearDate);
    for (let index = 0; index < plan.indicators.length; index += 1) {
      const indicator = plan.indicators[index] as Indicator;
      // Values first: a cell's view is made only for a finding.
      const result = resultOf(index);
      const periodTarget = periodTargetOf(index);
      const yearTarget = yearDate === period ? periodTarget : yearTargetOf(index);
      const useEnd = isEmptyValue(periodTarget);
      const units = clashingFigures(result, useEnd ? yearTarget : periodTarget);
      const atResult =
        units === null
          ? compareKinds(evaluation, index, indicator, period, result, periodTarget)
          : unitsFinding(indicator, resultAt(indicator, period), roles.result, units, useEnd ? roles.yearTarget : roles.periodTarget);
      if (atResult !== null) findings.push(atResult);
      const atBaseline = clashingFigures(singleValue(indicator, "baseline"), yearTarget);
      if (atBaseline !== null) findings.push(unitsFinding(indicator, indicator.baseline, roles.baseline, atBaseline, roles.yearTarget));
    }
    return findings;
  },
};
