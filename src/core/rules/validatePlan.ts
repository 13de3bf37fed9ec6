/**
 * Runs every rule of the catalogue over a plan and returns the anomalies, sorted
 * (see `anomalyOrder`).
 *
 * Severity: a rule's severity is its default, or the user's override; "off" skips the rule.
 * A finding may carry its own severity, a variant the rule grades itself (rounding reported
 * as info by `pesi-indicatori`): the rule's severity is then a ceiling, so lowering a rule to
 * "info" lowers all of its findings, while raising it to "errore" does not turn rounding into
 * an error.
 *
 * A rule that throws (it should not: rules treat bad data as values) does not stop the others:
 * the failure is reported as an anomaly of rule `errore-interno` naming the rule.
 */
import type { Plan } from "../plan/planModel";
import { type Anomaly, type Severity, SEVERITY_ORDER } from "./anomaly";
import { anomalyOrder } from "./compareAnomalies";
import { mergeSettings, type ValidationSettings } from "../settings";
import type { Finding, Rule } from "./ruleTypes";
import { RULES } from "./ruleCatalogue";

/** Rule id of the anomaly reported when a rule fails unexpectedly. */
export const INTERNAL_ERROR_RULE = "errore-interno";

export function validatePlan(
  plan: Plan,
  settings?: Partial<ValidationSettings>,
  rules: readonly Rule[] = RULES,
): Anomaly[] {
  const resolved = mergeSettings(settings);
  const anomalies: Anomaly[] = [];
  for (const rule of rules) {
    const override = resolved.rules[rule.id];
    if (override === "off") continue;
    const ceiling = override ?? rule.defaultSeverity;
    let findings: Finding[];
    try {
      findings = rule.check({ plan, settings: resolved });
    } catch (error) {
      anomalies.push(internalError(plan, rule, error));
      continue;
    }
    for (const finding of findings) anomalies.push(toAnomaly(rule.id, ceiling, finding));
  }
  return anomalies.sort(anomalyOrder(plan));
}

function toAnomaly(rule: string, ceiling: Severity, finding: Finding): Anomaly {
  const { severity, ...rest } = finding;
  return { rule, severity: severity === undefined ? ceiling : milder(severity, ceiling), ...rest };
}

/** The less severe of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}

function internalError(plan: Plan, rule: Rule, error: unknown): Anomaly {
  const reason = error instanceof Error ? error.message : String(error);
  const firstSheet = plan.recognition[0]?.sheet ?? "";
  return {
    rule: INTERNAL_ERROR_RULE,
    severity: "errore",
    sheet: firstSheet,
    cell: "A1",
    message: `La regola ${rule.id} si è interrotta per un errore interno (${reason}): i suoi controlli non sono stati eseguiti.`,
    suggestion: "Segnalare il problema allegando il file; le altre regole sono state applicate.",
  };
}
