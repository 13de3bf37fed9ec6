/**
 * A user's settings (the JSON of `--regole`, the «Regole di valutazione» sheet's rows, the pane's
 * stored settings) read, checked and merged over the defaults: the shape is described in settings.ts.
 * Every problem is a `SettingsError` with an Italian message; the value at fault is ignored.
 */
import type { AchievementOptions } from "./calc/calcTypes";
import { resolveAchievementOptions } from "./calc/capAchievement";
import { profileKeyOf, readProfileKeys } from "./calc/readScoringProfile";
import type { Severity } from "./rules/anomaly";
import { defaultValidationSettings, mergeSettings, type ValidationSettings } from "./settings";
import { closestId, readFraction } from "./values/readSettingValue";

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
        message: `Impostazione sconosciuta «${rawKey}»: le impostazioni sono weightTolerancePoints, criticalAchievement, deviationTolerance, useBaseline, achievement, rules e le regole di valutazione (preset, metodo, metodoDecrescente, massimo, minimo, milestoneParziale, fasce, stati, aggregazione, quotaIndicatoriPropri, convenzioneScostamento, premi).`,
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
