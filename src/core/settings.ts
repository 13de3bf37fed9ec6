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
 *   "rules" [regole]: { "pesi-indicatori": "avviso", "polarita-dedotta": "off" } }
 * Severities: errore, avviso, info, off (also error, warning, disattiva, spenta, false).
 */
import type { AchievementOptions } from "./calc/calcTypes";
import { resolveAchievementOptions } from "./calc/capAchievement";
import type { Severity } from "./rules/anomaly";

/** Settings every rule and the scores may read. Defaults live in `defaultValidationSettings`. */
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
  };
}

/** The settings as a plain record in the shape `resolveSettings` reads back (the pane stores it in the workbook). */
export function settingsRecord(settings: ValidationSettings): Record<string, unknown> {
  return {
    weightTolerancePoints: settings.weightTolerancePoints,
    criticalAchievement: settings.criticalAchievement,
    deviationTolerance: settings.deviationTolerance,
    useBaseline: settings.useBaseline ?? false,
    achievement: { ...settings.achievement },
    rules: { ...settings.rules },
  };
}

/**
 * What a user typed, read:
 * - `readFraction`: a JSON number as is, or a text written the Italian or English way ("0,5",
 *   "0.5"); a text ending in "%" is a percentage and becomes a fraction ("50%" -> 0.5) unless
 *   `percentAsFraction` is false (tolerances in percentage points: "0,1%" -> 0.1). Null when not a
 *   finite number.
 * - `closestId`: the known id nearest to a mistyped one (edit distance at most 3), for
 *   "forse «pesi-indicatori»?".
 */
export function readFraction(raw: unknown, percentAsFraction = true): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().replace(/\s+/g, "");
  const percent = text.endsWith("%");
  const digits = (percent ? text.slice(0, -1) : text).replace(",", ".");
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(digits)) return null;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return percent && percentAsFraction ? value / 100 : value;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

export function closestId(wanted: string, ids: readonly string[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const id of ids) {
    const score = distance(wanted.toLowerCase(), id);
    if (score <= 3 && (best === null || score < best.score)) best = { id, score };
  }
  return best?.id ?? null;
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
  for (const [rawKey, raw] of Object.entries(input)) {
    const key = canonicalKey(rawKey);
    const range = RANGES[key];
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
      errors.push({ path: rawKey, message: `Impostazione sconosciuta «${rawKey}»: le impostazioni sono weightTolerancePoints, criticalAchievement, deviationTolerance, useBaseline, achievement e rules.` });
    }
  }
  return { settings: mergeSettings(partial, base), errors };
}
