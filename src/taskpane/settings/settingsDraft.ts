import type { Severity } from "../../core/rules/anomaly";
import { parsePeriod } from "../../core/plan/reportingDate";
import { parseItalianNumber } from "../../core/values/parseItalianNumber";
import { SETTING_LIMITS, type PaneSettings, type ReportingDateSetting } from "./paneSettings";

/** The settings form as the user types it: numbers as text, percentages as shown (100 = 100%). */
export interface SettingsDraft {
  /** The reporting date as typed ("31/07/2013", "2019"); empty: automatic. */
  reportingDate: string;
  weightTolerance: string;
  cap: string;
  /** Empty: no threshold. */
  threshold: string;
  critical: string;
  useBaseline: boolean;
  highlightOnValidate: boolean;
  revalidateOnChange: boolean;
  /** Rule id -> override; rules absent use their default severity. */
  rules: Record<string, Severity | "off">;
}

export type NumericField = "weightTolerance" | "cap" | "threshold" | "critical";

/** A field of the form whose text can be wrong. */
export type DraftField = NumericField | "reportingDate";

/** Limits in the units the form shows (points, percent). */
export const FIELD_LIMITS: Record<NumericField, { min: number; max: number }> = {
  weightTolerance: SETTING_LIMITS.weightTolerancePoints,
  cap: { min: SETTING_LIMITS.cap.min * 100, max: SETTING_LIMITS.cap.max * 100 },
  threshold: { min: SETTING_LIMITS.threshold.min * 100, max: SETTING_LIMITS.threshold.max * 100 },
  critical: { min: SETTING_LIMITS.criticalAchievement.min * 100, max: SETTING_LIMITS.criticalAchievement.max * 100 },
};

export function toDraft(settings: PaneSettings, decimalMark: "," | "."): SettingsDraft {
  const show = (value: number) => String(Number(value.toFixed(6))).replace(".", decimalMark);
  const { validation } = settings;
  return {
    reportingDate: settings.reportingDate === "auto" ? "" : settings.reportingDate,
    weightTolerance: show(validation.weightTolerancePoints),
    cap: show((validation.achievement.cap ?? 1) * 100),
    threshold: validation.achievement.threshold === undefined ? "" : show(validation.achievement.threshold * 100),
    critical: show(validation.criticalAchievement * 100),
    useBaseline: validation.useBaseline ?? false,
    highlightOnValidate: settings.highlightOnValidate,
    revalidateOnChange: settings.revalidateOnChange,
    rules: { ...validation.rules },
  };
}

export type DraftReading = { ok: true; settings: PaneSettings } | { ok: false; invalid: (NumericField | "reportingDate")[] };

/** The date typed, or "auto" when blank; undefined when the text is not a date. */
function reportingDateOf(text: string): ReportingDateSetting | undefined {
  return text.trim() === "" ? "auto" : parsePeriod(text);
}

/** The settings the draft describes, or the fields that are not numbers within their limits (or not a date). */
export function fromDraft(draft: SettingsDraft, base: PaneSettings): DraftReading {
  const invalid: (NumericField | "reportingDate")[] = [];
  const reportingDate = reportingDateOf(draft.reportingDate);
  if (reportingDate === undefined) invalid.push("reportingDate");
  const read = (field: NumericField): number | undefined => {
    const text = draft[field].trim();
    if (field === "threshold" && text === "") return undefined;
    const parsed = parseItalianNumber(text);
    const limits = FIELD_LIMITS[field];
    if (!parsed.ok || parsed.value < limits.min || parsed.value > limits.max) {
      invalid.push(field);
      return undefined;
    }
    return parsed.value;
  };
  const tolerance = read("weightTolerance");
  const cap = read("cap");
  const threshold = read("threshold");
  const critical = read("critical");
  if (invalid.length > 0 || reportingDate === undefined || tolerance === undefined || cap === undefined || critical === undefined) {
    return { ok: false, invalid };
  }
  const achievement = { ...base.validation.achievement, cap: cap / 100 };
  if (threshold === undefined) delete achievement.threshold;
  else achievement.threshold = threshold / 100;
  return {
    ok: true,
    settings: {
      reportingDate,
      highlightOnValidate: draft.highlightOnValidate,
      revalidateOnChange: draft.revalidateOnChange,
      validation: {
        ...base.validation,
        weightTolerancePoints: tolerance,
        criticalAchievement: critical / 100,
        achievement,
        useBaseline: draft.useBaseline,
        rules: { ...draft.rules },
      },
    },
  };
}
