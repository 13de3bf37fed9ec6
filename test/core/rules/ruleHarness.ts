/**
 * Runs one rule through `validatePlan` (so severities, overrides and sorting apply as in production)
 * and offers a compact view of the anomalies for assertions.
 */
import type { Plan } from "../../../src/core/plan/planModel";
import type { Anomaly } from "../../../src/core/rules/anomaly";
import type { Rule } from "../../../src/core/rules/ruleTypes";
import type { ValidationSettings } from "../../../src/core/settings";
import { validatePlan } from "../../../src/core/rules/validatePlan";

export function runRule(rule: Rule, plan: Plan, settings?: Partial<ValidationSettings>): Anomaly[] {
  return validatePlan(plan, settings, [rule]);
}

/** Where and about what: "Indicatori!L2 1.1/1 errore". */
export function placeOf(anomaly: Anomaly): string {
  const about = [anomaly.objective, anomaly.indicator].filter((part) => part !== undefined).join("/");
  return `${anomaly.sheet}!${anomaly.cell} ${about} ${anomaly.severity}`.replace(/\s+/g, " ").trim();
}
