/**
 * Settings in force = defaults overlaid with what the caller gives. The nested
 * parts merge too: giving one rule's severity keeps the other overrides, giving
 * the cap keeps the threshold. Never mutates its inputs.
 */
import { defaultValidationSettings } from "./defaultSettings";
import type { ValidationSettings } from "./ruleTypes";

export function mergeSettings(
  partial?: Partial<ValidationSettings>,
  base: ValidationSettings = defaultValidationSettings,
): ValidationSettings {
  const merged: ValidationSettings = {
    ...base,
    ...partial,
    achievement: { ...base.achievement, ...partial?.achievement },
    rules: { ...base.rules, ...partial?.rules },
  };
  return merged;
}
