import type { Plan } from "../plan/planModel";
import type { ValidationSettings } from "../settings";
import type { MessageText } from "../wording/messageParameters";
import type { Anomaly, Severity } from "./anomaly";

/** What a rule receives: the plan and the settings in force. */
export interface RuleContext {
  plan: Plan;
  settings: ValidationSettings;
}

/**
 * An anomaly as a rule emits it: where, about what, and a message key with its figures. The runner
 * adds the rule id and severity and renders the message.
 */
export type Finding = Omit<Anomaly, "rule" | "severity" | "key" | "params" | "message" | "suggestion"> & { text: MessageText; severity?: Severity };

export interface Rule {
  /** Stable id, kebab-case Italian ("pesi-indicatori"). */
  id: string;
  defaultSeverity: Severity;
  /** One Italian line saying what the rule checks (from the catalogue: `ruleDescription` gives it in English). */
  description: string;
  check(context: RuleContext): Finding[];
}
