import type { Period } from "../../core/plan/planModel";
import { defaultValidationSettings } from "../../core/rules/defaultSettings";
import { mergeSettings } from "../../core/rules/mergeSettings";
import { resolveSettings } from "../../core/rules/resolveSettings";
import type { ValidationSettings } from "../../core/rules/ruleTypes";

/** "auto": the reporting date is detected from the results present. */
export type ReportingDateSetting = "auto" | Period;

/** What the settings panel edits; stored in the workbook's document settings. */
export interface PaneSettings {
  reportingDate: ReportingDateSetting;
  validation: ValidationSettings;
  /** Highlight the anomalous cells after each validation (on by default). */
  highlightOnValidate: boolean;
  /** Validate again, debounced, when the user edits the sheets. */
  revalidateOnChange: boolean;
}

/** Ranges the settings form accepts (fractions; tolerance in percentage points). */
export const SETTING_LIMITS = {
  weightTolerancePoints: { min: 0, max: 10 },
  cap: { min: 1, max: 10 },
  threshold: { min: 0, max: 1 },
  criticalAchievement: { min: 0, max: 1 },
} as const;

export function defaultPaneSettings(): PaneSettings {
  return {
    reportingDate: "auto",
    validation: mergeSettings(undefined, defaultValidationSettings),
    highlightOnValidate: true,
    revalidateOnChange: false,
  };
}

/** The record saved with `WorkbookPort.saveSettings`; `validation` has the shape `resolveSettings` reads. */
export function serializePaneSettings(settings: PaneSettings): Record<string, unknown> {
  const { validation } = settings;
  return {
    version: 1,
    reportingDate: settings.reportingDate,
    validation: {
      weightTolerancePoints: validation.weightTolerancePoints,
      criticalAchievement: validation.criticalAchievement,
      deviationTolerance: validation.deviationTolerance,
      useBaseline: validation.useBaseline ?? false,
      achievement: { ...validation.achievement },
      rules: { ...validation.rules },
    },
    highlightOnValidate: settings.highlightOnValidate,
    revalidateOnChange: settings.revalidateOnChange,
  };
}

/**
 * Settings read back from a document. The validation part goes through the
 * core's `resolveSettings`, which ignores (keeping the default) any value that
 * is missing, of the wrong type or out of range; the pane's own switches fall
 * back to their defaults the same way, so a damaged or foreign record can never
 * break the pane.
 */
export function parsePaneSettings(stored: Record<string, unknown>): PaneSettings {
  const defaults = defaultPaneSettings();
  const validation = "validation" in stored ? resolveSettings(stored.validation).settings : defaults.validation;
  return {
    reportingDate: isReportingDate(stored.reportingDate) ? stored.reportingDate : defaults.reportingDate,
    validation,
    highlightOnValidate: booleanOr(stored.highlightOnValidate, defaults.highlightOnValidate),
    revalidateOnChange: booleanOr(stored.revalidateOnChange, defaults.revalidateOnChange),
  };
}

function isReportingDate(value: unknown): value is ReportingDateSetting {
  return value === "auto" || value === "30/6" || value === "31/12";
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}
