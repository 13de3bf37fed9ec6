import type { Plan } from "../plan/planModel";
import type { AchievementOptions } from "../calc/calcTypes";
import type { MessageText } from "../wording/messageParameters";
import type { Anomaly, Severity } from "./anomaly";

/** Settings every rule may read. Defaults live in `defaultValidationSettings`. */
export interface ValidationSettings {
  /** Tolerance on weight sums, in percentage points (default 0.1 = 0,1 p.p.). */
  weightTolerancePoints: number;
  /** Achievement below this fraction at the reporting date is critical (default 0.5). */
  criticalAchievement: number;
  /** Tolerance when comparing a declared deviation with the computed one, as a fraction of |target| (default 0.005). */
  deviationTolerance: number;
  achievement: AchievementOptions;
  /**
   * Measure achievement from the baseline ((result − baseline) / (target − baseline)) instead of the
   * linear default. Off by default: real plans' baselines are the previous year's totals, not the
   * starting point of the year's count (seed 1.1 ind.1: baseline 133 events in 2019, target 32 at 30/6).
   */
  useBaseline?: boolean;
  /** Per-rule overrides: a different severity, or "off". */
  rules: Record<string, Severity | "off">;
}

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
