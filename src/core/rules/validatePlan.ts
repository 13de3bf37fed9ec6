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
 *
 * Rules emit message keys with their figures; each anomaly is worded here, once, in the language
 * asked (Italian by default), and keeps its key and figures so that an edge can word it again in
 * another language (`localizeAnomaly`) without validating again. Only the anomalies found are worded.
 */
import type { Plan } from "../plan/planModel";
import type { MessageText } from "../wording/messageParameters";
import { renderMessage } from "../wording/renderMessage";
import { type Anomaly, type Severity, SEVERITY_ORDER } from "./anomaly";
import { sortAnomalies } from "./compareAnomalies";
import { mergeSettings, type ValidationSettings } from "../settings";
import type { Finding, Rule } from "./ruleTypes";
import { RULES } from "./ruleCatalogue";
import type { Locale } from "../wording/addinLanguage";

/** Rule id of the anomaly reported when a rule fails unexpectedly. */
export const INTERNAL_ERROR_RULE = "errore-interno";

export interface ValidateOptions {
  /** The rules to run (default: every rule of the catalogue). */
  rules?: readonly Rule[];
  /** The language of the messages (default Italian). */
  locale?: Locale;
}

export function validatePlan(plan: Plan, settings?: Partial<ValidationSettings>, options: ValidateOptions | readonly Rule[] = {}): Anomaly[] {
  const { rules = RULES, locale = "it" }: ValidateOptions = isRuleList(options) ? { rules: options } : options;
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
      anomalies.push(internalError(plan, rule, error, locale));
      continue;
    }
    for (const finding of findings) anomalies.push(toAnomaly(rule.id, ceiling, finding, locale));
  }
  return sortAnomalies(anomalies, plan);
}

function isRuleList(options: ValidateOptions | readonly Rule[]): options is readonly Rule[] {
  return Array.isArray(options);
}

/** Where a finding is: its cell, and (when known) its objective and indicator. */
type Place = Pick<Anomaly, "sheet" | "cell" | "objective" | "indicator" | "detail">;

/**
 * An anomaly with its message worded in `locale`, keeping the key and figures it was worded from.
 * Built field by field, in the order a reader sees them (rule, severity, cell, objective, indicator,
 * key, figures, message, suggestion, detail): no spreads of a finding, which a large plan repeats by
 * the thousand.
 */
function worded(rule: string, severity: Severity, place: Place, text: MessageText, locale: Locale): Anomaly {
  const { message, suggestion, detail } = renderMessage(text, locale);
  const result = { rule, severity, sheet: place.sheet, cell: place.cell } as Anomaly;
  if (place.objective !== undefined) result.objective = place.objective;
  if (place.indicator !== undefined) result.indicator = place.indicator;
  if (place.detail !== undefined) result.detail = place.detail;
  result.key = text.key;
  result.params = text.params;
  result.message = message;
  if (suggestion !== undefined) result.suggestion = suggestion;
  if (detail !== undefined) result.detail = detail;
  return result;
}

function toAnomaly(rule: string, ceiling: Severity, finding: Finding, locale: Locale): Anomaly {
  return worded(rule, finding.severity === undefined ? ceiling : milder(finding.severity, ceiling), finding, finding.text, locale);
}

/** The less severe of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}

function internalError(plan: Plan, rule: Rule, error: unknown, locale: Locale): Anomaly {
  const reason = error instanceof Error ? error.message : String(error);
  const firstSheet = plan.recognition[0]?.sheet ?? "";
  return worded(INTERNAL_ERROR_RULE, "errore", { sheet: firstSheet, cell: "A1" }, { key: "errore-interno", params: { rule: rule.id, reason } }, locale);
}
