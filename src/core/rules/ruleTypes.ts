import type { Plan } from "../plan/planModel";
import type { ValidationSettings } from "../settings";
import type { Anomaly, Severity } from "./anomaly";

/** What a rule receives: the plan and the settings in force. */
export interface RuleContext {
  plan: Plan;
  settings: ValidationSettings;
}

/** An anomaly as a rule emits it: the rule id and severity are added by the runner. */
export type Finding = Omit<Anomaly, "rule" | "severity"> & { severity?: Severity };

export interface Rule {
  /** Stable id, kebab-case Italian ("pesi-indicatori"). */
  id: string;
  defaultSeverity: Severity;
  /** One Italian line saying what the rule checks. */
  description: string;
  check(context: RuleContext): Finding[];
}
