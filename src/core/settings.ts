/**
 * The validation settings: their type (with the scoring profile), the defaults, merging, the status
 * thresholds in force, and the settings written back in the shape a user writes them. A user's
 * settings are read and checked by readSettings.ts (`resolveSettings`), apart so that the pane's first
 * bundle, which needs only the defaults and the record, does not carry the readers. The command line
 * and the pane both use them; the rules and the scores read the settings in force.
 *
 * `resolveSettings` (readSettings.ts) never throws: every problem becomes a `SettingsError` with an Italian message,
 * and the value at fault is ignored (the default stays), so a typo in one rule never disables the
 * others. It checks rule ids against the ids it is given (the rule catalogue's), so that this
 * module does not load every rule where only the defaults are needed (the pane's first bundle).
 *
 * Accepted shape (Italian key aliases in brackets):
 * { "weightTolerancePoints" [tolleranzaPesi]: 0.1,        // percentage points, 0–100
 *   "criticalAchievement" [sogliaCritica]: 0.5 | "50%",   // fraction 0–1, or a percentage text
 *   "deviationTolerance" [tolleranzaScostamento]: 0.005 | "0,5%",
 *   "useBaseline" [usaBaseline]: false,
 *   "achievement" [raggiungimento]: { "cap" [tetto]: 1.2, "threshold" [soglia]: 0.3, "milestonePartial" [milestoneParziale]: 0.5 },
 *   "rules" [regole]: { "pesi-indicatori": "avviso", "polarita-dedotta": "off" },
 *   ...the scoring profile's keys (calc/readScoringProfile.ts): preset, metodo, metodoDecrescente,
 *   massimo, minimo, milestoneParziale, fasce, stati, aggregazione, quotaIndicatoriPropri, convenzioneScostamento, premi }
 * Severities: errore, avviso, info, off (also error, warning, disattiva, spenta, false).
 */
import type { AchievementOptions } from "./calc/calcTypes";
import { DEFAULT_SCORING_PROFILE, profileRecord, type ScoringProfile } from "./calc/scoringProfile";
import type { Severity } from "./rules/anomaly";

/** Settings every rule and the scores may read. Defaults live in `defaultValidationSettings`. */
export interface ValidationSettings {
  /** Tolerance on weight sums, in percentage points (default 0.1 = 0,1 p.p.). */
  weightTolerancePoints: number;
  /**
   * From this achievement an indicator is «Parzialmente raggiunto»; below it «Non raggiunto» and, at the
   * reporting date, critical (default 0.5): the profile's `stati.parziale`.
   */
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
  /** The scoring profile's other parts: bands, statuses, aggregation, deviation convention, rewards (calc/scoringProfile.ts). */
  profile: ScoringProfile;
}

/** The settings in force when the user changes nothing: the design's defaults. */
export const defaultValidationSettings: ValidationSettings = Object.freeze({
  /** 0,1 percentage points: 3 × 33,33% = 99,99% is rounding, 99,8% is an error. */
  weightTolerancePoints: 0.1,
  /** An indicator below 50% of its target at the reporting date is critical. */
  criticalAchievement: 0.5,
  /** A declared deviation may differ from the computed one by 0,5% of |target| (rounding of the figures written). */
  deviationTolerance: 0.005,
  achievement: Object.freeze({ cap: 1 }),
  useBaseline: false,
  rules: Object.freeze({}),
  profile: DEFAULT_SCORING_PROFILE,
}) as ValidationSettings;

/**
 * Settings in force = defaults overlaid with what the caller gives. The nested parts merge too:
 * giving one rule's severity keeps the other overrides, giving the cap keeps the threshold. Never
 * mutates its inputs.
 */
export function mergeSettings(
  partial?: Partial<ValidationSettings>,
  base: ValidationSettings = defaultValidationSettings,
): ValidationSettings {
  return {
    ...base,
    ...partial,
    achievement: { ...base.achievement, ...partial?.achievement },
    rules: { ...base.rules, ...partial?.rules },
    profile: { ...base.profile, ...partial?.profile },
  };
}

/**
 * The status thresholds in force (computeStatus's): «Parzialmente raggiunto» from criticalAchievement
 * (or the achievement threshold, below which a figure counts 0, when higher), «Raggiunto» from the
 * profile's «raggiunto».
 */
export function statusThresholds(settings: ValidationSettings): { partial: number; achieved: number } {
  const floor = settings.achievement.threshold ?? 0;
  return { partial: Math.max(settings.criticalAchievement, floor), achieved: settings.profile.achieved };
}

/** The settings as a plain record in the shape `resolveSettings` reads back (the pane stores it in the workbook). */
export function settingsRecord(settings: ValidationSettings): Record<string, unknown> {
  const { methods: _methods, ...achievement } = settings.achievement;
  return {
    weightTolerancePoints: settings.weightTolerancePoints,
    criticalAchievement: settings.criticalAchievement,
    deviationTolerance: settings.deviationTolerance,
    useBaseline: settings.useBaseline ?? false,
    achievement,
    rules: { ...settings.rules },
    ...profileRecord(settings.profile, settings.achievement),
  };
}

