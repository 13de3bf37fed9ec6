import type { Period } from "../../core/plan/planModel";
import { defaultValidationSettings, mergeSettings, settingsRecord, type ValidationSettings } from "../../core/settings";

/** "auto": the reporting date is read in the sheets' titles, else detected from the filled columns. */
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
  achieved: { min: 0.01, max: 10 },
} as const;

export function defaultPaneSettings(): PaneSettings {
  return {
    reportingDate: "auto",
    validation: mergeSettings(undefined, defaultValidationSettings),
    highlightOnValidate: true,
    revalidateOnChange: false,
  };
}

/** The ids of the rules the settings switch off («2 controlli disattivati nelle impostazioni»). */
export function switchedOffRules(settings: PaneSettings): string[] {
  return Object.entries(settings.validation.rules)
    .filter(([, severity]) => severity === "off")
    .map(([id]) => id);
}

/** The record saved with `WorkbookPort.saveSettings`; `validation` has the shape `resolveSettings` reads (see readStoredSettings.ts). */
export function serializePaneSettings(settings: PaneSettings): Record<string, unknown> {
  return {
    version: 1,
    reportingDate: settings.reportingDate,
    validation: settingsRecord(settings.validation),
    highlightOnValidate: settings.highlightOnValidate,
    revalidateOnChange: settings.revalidateOnChange,
  };
}
