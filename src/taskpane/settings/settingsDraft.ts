import type { Severity } from "../../core/rules/anomaly";
import { parsePeriod } from "../../core/plan/reportingDate";
import { parseItalianNumber } from "../../core/values/parseItalianNumber";
import { SETTING_LIMITS, type PaneSettings, type ReportingDateSetting } from "./paneSettings";
import { AGGREGATION_WORDS, bandsText, CONVENTION_WORDS, DEFAULT_SCORING_PROFILE, METHOD_WORDS } from "../../core/calc/scoringProfile";
import { readProfileKeys } from "../../core/calc/readScoringProfile";

/** The settings form as the user types it: numbers as text, percentages as shown (100 = 100%). */
export interface SettingsDraft {
  /** The reporting date as typed ("31/07/2013", "2019"); empty: automatic. */
  reportingDate: string;
  weightTolerance: string;
  cap: string;
  /** Empty: no threshold. */
  threshold: string;
  critical: string;
  /** From this achievement (%) an indicator is «Raggiunto» (the profile's «stati.raggiunto»). */
  achieved: string;
  /** A milestone started where its target asks it done (%): the profile's «milestoneParziale». */
  milestonePartial: string;
  /** The strategic objective's own indicators' share (%); empty: as the plan writes it (the profile's «quotaIndicatoriPropri»). */
  ownShare: string;
  useBaseline: boolean;
  /**
   * The scoring profile's main choices, as a clerk writes them: method ("" = the default rule), the
   * decreasing indicators' method ("" = the same as «method»), bands as text, aggregation, convention.
   */
  method: string;
  decreasingMethod: string;
  bands: string;
  aggregation: string;
  convention: string;
  highlightOnValidate: boolean;
  revalidateOnChange: boolean;
  /** Rule id -> override; rules absent use their default severity. */
  rules: Record<string, Severity | "off">;
}

export type NumericField = "weightTolerance" | "cap" | "threshold" | "critical" | "achieved" | "milestonePartial" | "ownShare";
/** The scoring profile's fields, read by the core's profile reader. */
export type ProfileField = "method" | "decreasingMethod" | "bands" | "aggregation" | "convention";
export type DraftField = NumericField | ProfileField | "reportingDate";

/** The words each choice field offers (the profile's own words; "" keeps the default rule). */
export const PROFILE_CHOICES = {
  method: ["", ...Object.values(METHOD_WORDS)],
  decreasingMethod: ["", ...Object.values(METHOD_WORDS)],
  aggregation: Object.values(AGGREGATION_WORDS),
  convention: Object.values(CONVENTION_WORDS),
} as const;

/** Limits in the units the form shows (points, percent). */
export const FIELD_LIMITS: Record<NumericField, { min: number; max: number }> = {
  weightTolerance: SETTING_LIMITS.weightTolerancePoints,
  cap: { min: SETTING_LIMITS.cap.min * 100, max: SETTING_LIMITS.cap.max * 100 },
  threshold: { min: SETTING_LIMITS.threshold.min * 100, max: SETTING_LIMITS.threshold.max * 100 },
  critical: { min: SETTING_LIMITS.criticalAchievement.min * 100, max: SETTING_LIMITS.criticalAchievement.max * 100 },
  achieved: { min: SETTING_LIMITS.achieved.min * 100, max: SETTING_LIMITS.achieved.max * 100 },
  milestonePartial: { min: 0, max: 100 },
  ownShare: { min: 0, max: 100 },
};

/** Numeric fields that may be left empty: no threshold, the plan's own share. */
const OPTIONAL_FIELDS: ReadonlySet<NumericField> = new Set(["threshold", "ownShare"]);

/** A field's limits for this draft: «Parzialmente raggiunto» (critical) cannot start above «Raggiunto» as typed. */
export function fieldLimits(field: NumericField, draft: SettingsDraft): { min: number; max: number } {
  const limits = FIELD_LIMITS[field];
  if (field !== "critical") return limits;
  const achieved = parseItalianNumber(draft.achieved.trim());
  const inRange = achieved.ok && achieved.value >= FIELD_LIMITS.achieved.min && achieved.value <= FIELD_LIMITS.achieved.max;
  return inRange ? { min: limits.min, max: Math.min(limits.max, achieved.value) } : limits;
}

export function toDraft(settings: PaneSettings, decimalMark: "," | "."): SettingsDraft {
  const show = (value: number) => String(Number(value.toFixed(6))).replace(".", decimalMark);
  const { validation } = settings;
  const methods = validation.achievement.methods;
  return {
    reportingDate: settings.reportingDate === "auto" ? "" : settings.reportingDate,
    weightTolerance: show(validation.weightTolerancePoints),
    cap: show((validation.achievement.cap ?? 1) * 100),
    threshold: validation.achievement.threshold === undefined ? "" : show(validation.achievement.threshold * 100),
    critical: show(validation.criticalAchievement * 100),
    achieved: show(validation.profile.achieved * 100),
    milestonePartial: show((validation.achievement.milestonePartial ?? 0) * 100),
    ownShare: validation.profile.strategicOwnShare === null ? "" : show(validation.profile.strategicOwnShare * 100),
    useBaseline: validation.useBaseline ?? false,
    method: methods?.increasing === undefined ? "" : METHOD_WORDS[methods.increasing],
    decreasingMethod: methods?.decreasing === undefined || methods.decreasing === methods.increasing ? "" : METHOD_WORDS[methods.decreasing],
    bands: validation.profile.bands === null ? "" : bandsText(validation.profile.bands),
    aggregation: AGGREGATION_WORDS[validation.profile.aggregation],
    convention: CONVENTION_WORDS[validation.profile.deviationConvention],
    highlightOnValidate: settings.highlightOnValidate,
    revalidateOnChange: settings.revalidateOnChange,
    rules: { ...validation.rules },
  };
}

export type DraftReading = { ok: true; settings: PaneSettings } | { ok: false; invalid: DraftField[] };

const PROFILE_KEYS: Record<ProfileField, string> = {
  method: "metodo",
  decreasingMethod: "metodoDecrescente",
  bands: "fasce",
  aggregation: "aggregazione",
  convention: "convenzioneScostamento",
};

/** The profile's fields read by the core (readScoringProfile.ts): the parts they set, and the fields it refused. */
function readProfileFields(draft: SettingsDraft): { reading: ReturnType<typeof readProfileKeys>; invalid: ProfileField[] } {
  const invalid: ProfileField[] = [];
  const keys: Record<string, unknown> = {};
  for (const field of Object.keys(PROFILE_KEYS) as ProfileField[]) {
    if (draft[field].trim() !== "") keys[PROFILE_KEYS[field]] = draft[field];
  }
  const reading = readProfileKeys(keys);
  for (const error of reading.errors) {
    const field = (Object.keys(PROFILE_KEYS) as ProfileField[]).find((f) => error.path === PROFILE_KEYS[f] || error.path.startsWith(`${PROFILE_KEYS[f]}.`));
    if (field !== undefined && !invalid.includes(field)) invalid.push(field);
  }
  return { reading, invalid };
}

/** The date typed, or "auto" when blank; undefined when the text is not a date. */
function reportingDateOf(text: string): ReportingDateSetting | undefined {
  return text.trim() === "" ? "auto" : parsePeriod(text);
}

/** The settings the draft describes, or the fields that are not numbers within their limits (or not a date). */
export function fromDraft(draft: SettingsDraft, base: PaneSettings): DraftReading {
  const invalid: DraftField[] = [];
  const reportingDate = reportingDateOf(draft.reportingDate);
  if (reportingDate === undefined) invalid.push("reportingDate");
  const read = (field: NumericField): number | undefined => {
    const text = draft[field].trim();
    if (OPTIONAL_FIELDS.has(field) && text === "") return undefined;
    const parsed = parseItalianNumber(text);
    const limits = fieldLimits(field, draft);
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
  const achieved = read("achieved");
  const milestonePartial = read("milestonePartial");
  const ownShare = read("ownShare");
  const profile = readProfileFields(draft);
  invalid.push(...profile.invalid);
  if (
    invalid.length > 0 ||
    reportingDate === undefined ||
    tolerance === undefined ||
    cap === undefined ||
    critical === undefined ||
    achieved === undefined ||
    milestonePartial === undefined
  ) {
    return { ok: false, invalid };
  }
  const achievement = { ...base.validation.achievement, cap: cap / 100 };
  if (milestonePartial === 0) delete achievement.milestonePartial;
  else achievement.milestonePartial = milestonePartial / 100;
  if (threshold === undefined) delete achievement.threshold;
  else achievement.threshold = threshold / 100;
  if (profile.reading.achievement.methods === undefined) delete achievement.methods;
  else achievement.methods = profile.reading.achievement.methods;
  const { bands = null, aggregation = DEFAULT_SCORING_PROFILE.aggregation, deviationConvention = DEFAULT_SCORING_PROFILE.deviationConvention } = profile.reading.profile;
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
        profile: {
          ...base.validation.profile,
          bands,
          aggregation,
          deviationConvention,
          achieved: achieved / 100,
          strategicOwnShare: ownShare === undefined ? null : ownShare / 100,
        },
      },
    },
  };
}
