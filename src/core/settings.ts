/**
 * The validation settings, in one module: their type, the defaults, merging, and a user's settings
 * (the JSON of `--regole`, the pane's stored settings) checked and merged over the defaults, and
 * written back in the shape they are read. The command line and the pane both use it; the rules and
 * the scores read the settings in force.
 *
 * `resolveSettings` never throws: every problem becomes a `SettingsError` with an Italian message,
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
 *   massimo, minimo, fasce, stati, aggregazione, quotaIndicatoriPropri, convenzioneScostamento, premi }
 * Severities: errore, avviso, info, off (also error, warning, disattiva, spenta, false).
 */
import type { AchievementOptions } from "./calc/calcTypes";
import { resolveAchievementOptions } from "./calc/capAchievement";
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from "./calc/scoringProfile";
import { profileKeyOf, profileRecord, readProfileKeys } from "./calc/readScoringProfile";
import type { Severity } from "./rules/anomaly";
import { closestId, readFraction } from "./values/readSettingValue";

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
    ...profileRecord(settings.profile, settings.achievement, settings.criticalAchievement, settings.criticalAchievement),
  };
}

export interface SettingsError {
  /** Where in the input: "rules.pesi-indicatore", "criticalAchievement". */
  path: string;
  message: string;
}

export interface ResolvedSettings {
  settings: ValidationSettings;
  errors: SettingsError[];
}

const ALIASES: Record<string, string> = {
  tolleranzaPesi: "weightTolerancePoints",
  sogliaCritica: "criticalAchievement",
  tolleranzaScostamento: "deviationTolerance",
  usaBaseline: "useBaseline",
  raggiungimento: "achievement",
  regole: "rules",
  tetto: "cap",
  soglia: "threshold",
  milestoneParziale: "milestonePartial",
};

const SEVERITIES: Record<string, Severity | "off"> = {
  errore: "errore", error: "errore", avviso: "avviso", warning: "avviso", attenzione: "avviso",
  info: "info", informazione: "info", off: "off", disattiva: "off", disattivata: "off", spenta: "off", false: "off",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function canonicalKey(key: string): string {
  return ALIASES[key] ?? key;
}

function readRules(input: unknown, ids: readonly string[], errors: SettingsError[]): Record<string, Severity | "off"> {
  const rules: Record<string, Severity | "off"> = {};
  if (!isRecord(input)) {
    errors.push({ path: "rules", message: "«rules» deve essere un oggetto: { \"id-regola\": \"errore\" | \"avviso\" | \"info\" | \"off\" }." });
    return rules;
  }
  for (const [id, raw] of Object.entries(input)) {
    if (!ids.includes(id)) {
      const near = closestId(id, ids);
      errors.push({ path: `rules.${id}`, message: `Regola sconosciuta «${id}»${near ? `: forse «${near}»?` : "."}` });
      continue;
    }
    const severity = SEVERITIES[String(raw).trim().toLowerCase()];
    if (severity === undefined) {
      errors.push({ path: `rules.${id}`, message: `Gravità non valida per «${id}»: «${String(raw)}». Usare errore, avviso, info oppure off.` });
      continue;
    }
    rules[id] = severity;
  }
  return rules;
}

function readAchievement(input: unknown, errors: SettingsError[]): AchievementOptions {
  if (!isRecord(input)) {
    errors.push({ path: "achievement", message: "«achievement» deve essere un oggetto: { \"cap\": 1.2, \"threshold\": 0.3, \"milestonePartial\": 0.5 }." });
    return {};
  }
  const options: AchievementOptions = {};
  for (const [rawKey, raw] of Object.entries(input)) {
    const key = canonicalKey(rawKey);
    if (key !== "cap" && key !== "threshold" && key !== "milestonePartial") {
      errors.push({ path: `achievement.${rawKey}`, message: `Opzione sconosciuta «${rawKey}»: usare cap, threshold o milestonePartial.` });
      continue;
    }
    const value = readFraction(raw);
    if (value === null) {
      errors.push({ path: `achievement.${rawKey}`, message: `«${rawKey}» deve essere un numero (es. 1,2 o "120%"), non «${String(raw)}».` });
      continue;
    }
    options[key] = value;
  }
  const resolved = resolveAchievementOptions(options);
  if (!resolved.ok) {
    errors.push({ path: "achievement", message: resolved.message });
    return {};
  }
  return options;
}

const RANGES: Record<string, { min: number; max: number; words: string }> = {
  weightTolerancePoints: { min: 0, max: 100, words: "tra 0 e 100 punti percentuali (es. 0,1)" },
  criticalAchievement: { min: 0, max: 1, words: "tra 0 e 1 (es. 0,5) o tra 0% e 100%" },
  deviationTolerance: { min: 0, max: 1, words: "tra 0 e 1 (es. 0,005) o tra 0% e 100%" },
};

/** A user's settings checked against the known rule ids and merged over `base` (the defaults). */
export function resolveSettings(input: unknown, ruleIds: readonly string[], base?: ValidationSettings): ResolvedSettings {
  const errors: SettingsError[] = [];
  const partial: Partial<ValidationSettings> = {};
  if (!isRecord(input)) {
    errors.push({ path: "", message: "La configurazione delle regole deve essere un oggetto JSON, es. { \"rules\": { \"polarita-dedotta\": \"off\" } }." });
    return { settings: mergeSettings(undefined, base), errors };
  }
  const profileKeys: Record<string, unknown> = {};
  for (const [rawKey, raw] of Object.entries(input)) {
    const key = canonicalKey(rawKey);
    const range = RANGES[key];
    if (profileKeyOf(rawKey) !== null) {
      profileKeys[rawKey] = raw;
      continue;
    }
    if (range) {
      const value = key === "weightTolerancePoints" ? readFraction(raw, false) : readFraction(raw);
      if (value === null || value < range.min || value > range.max) {
        errors.push({ path: rawKey, message: `«${rawKey}» deve essere un numero ${range.words}, non «${String(raw)}».` });
      } else {
        (partial as Record<string, number>)[key] = value;
      }
    } else if (key === "useBaseline") {
      if (typeof raw === "boolean") partial.useBaseline = raw;
      else errors.push({ path: rawKey, message: `«${rawKey}» deve essere true o false, non «${String(raw)}».` });
    } else if (key === "achievement") {
      partial.achievement = readAchievement(raw, errors);
    } else if (key === "rules") {
      partial.rules = readRules(raw, ruleIds, errors);
    } else {
      errors.push({
        path: rawKey,
        message: `Impostazione sconosciuta «${rawKey}»: le impostazioni sono weightTolerancePoints, criticalAchievement, deviationTolerance, useBaseline, achievement, rules e le regole di valutazione (preset, metodo, metodoDecrescente, massimo, minimo, fasce, stati, aggregazione, quotaIndicatoriPropri, convenzioneScostamento, premi).`,
      });
    }
  }
  applyProfileKeys(profileKeys, partial, base, errors);
  return { settings: mergeSettings(partial, base), errors };
}

/** The scoring profile's keys over `partial`; a cap and threshold that contradict each other are both dropped, and said so. */
function applyProfileKeys(keys: Record<string, unknown>, partial: Partial<ValidationSettings>, base: ValidationSettings | undefined, errors: SettingsError[]): void {
  if (Object.keys(keys).length === 0) return;
  const reading = readProfileKeys(keys);
  errors.push(...reading.errors);
  const baseAchievement = { ...(base ?? defaultValidationSettings).achievement, ...partial.achievement };
  const achievement = { ...baseAchievement, ...reading.achievement };
  const checked = resolveAchievementOptions(achievement);
  if (checked.ok) {
    partial.achievement = achievement;
  } else {
    errors.push({ path: "massimo", message: `«massimo» e «minimo»: ${checked.message}` });
    const { cap: _cap, threshold: _threshold, ...rest } = reading.achievement;
    partial.achievement = { ...baseAchievement, ...rest };
  }
  if (reading.criticalAchievement !== undefined) partial.criticalAchievement = reading.criticalAchievement;
  const source = reading.profile.source;
  partial.profile = { ...(base ?? defaultValidationSettings).profile, ...partial.profile, ...reading.profile, ...(source === undefined ? {} : { source }) };
}
