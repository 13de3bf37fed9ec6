/**
 * Achievement of every indicator at the reporting date (`evaluateAt`: the same evaluation the
 * rules use), with its status and explanation, and its weight read in its objective's scale.
 */
import { computeStatus } from "../calc/computeStatus";
import type { Plan, PlanCell } from "../plan/planModel";
import type { ValidationSettings } from "../settings";
import { evaluateAt } from "../rules/support/evaluateAt";
import { indicatorWeightGroups, readWeights } from "../plan/weightGroups";
import type { IndicatorScore } from "./scoreTypes";

/** A document whose result columns are not filled in yet: nothing is judged (see detectPeriod.ts). */
const UNFILLED = { ok: false as const, code: "notEvaluable" as const, message: "i risultati del documento non sono ancora compilati." };

export function scoreIndicators(plan: Plan, settings: ValidationSettings): IndicatorScore[] {
  const weights = new Map<PlanCell, number>();
  for (const group of indicatorWeightGroups(plan)) {
    for (const { member, weight } of readWeights(group)) weights.set(member.cell, weight);
  }
  const unfilled = plan.periodSource === "targets";
  return plan.indicators.map((indicator) => {
    const outcome = unfilled ? UNFILLED : evaluateAt(indicator, plan.period, settings);
    const weight = indicator.weight ? (weights.get(indicator.weight) ?? null) : null;
    return {
      objective: indicator.objectiveCode,
      indicator: indicator.number,
      name: indicator.name,
      weight,
      achievement: outcome.ok ? outcome.value.achievement : null,
      status: computeStatus(outcome.ok ? { ...outcome, value: outcome.value.achievement } : outcome, settings.achievement.threshold),
      explanation: outcome.ok ? outcome.explanation : `Non valutabile: ${outcome.message}`,
      ref: indicator.ref,
    };
  });
}
