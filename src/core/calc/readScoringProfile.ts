/**
 * The scoring profile's keys as a user writes them (`--regole`, the «Regole di valutazione» sheet,
 * the pane's stored settings), read and checked; presets by name; and the profile written back in
 * the same keys. Italian keys, with English aliases:
 *
 *   preset                              a published SMVP by name (scoringPresets.ts); the other keys override it
 *   metodo [method]                     lineare | rapporto | baseline (every polarity, unless metodoDecrescente)
 *   metodoDecrescente [decreasingMethod] lineare | rapporto | baseline
 *   massimo [maximum], minimo [minimum] the cap ("120%") and the threshold below which an achievement counts 0
 *   milestoneParziale [milestonePartial] a milestone started where its target asks it done: "50%" (default 0%)
 *   fasce [bands]                       [{ "da": "60%", "punteggio": "proporzionale" | "100%" }] or "0% → 0%; 60% → proporzionale"
 *   stati [statuses]                    { "raggiunto": "100%", "parziale": "50%" }
 *   aggregazione [aggregation]          media-pesata | tutti-raggiunti
 *   quotaIndicatoriPropri [ownIndicatorsShare]  the strategic objective's own indicators' share, "50%"
 *   convenzioneScostamento [deviationConvention] positivo-meglio | realizzato-meno-atteso
 *
 * The reward keys (premi, fondo...) are the rewards' own (report/readRewardRules.ts).
 * Every bad value is an Italian message naming the key and what it accepts; the value is ignored.
 * The profile written back in these keys is scoringProfile.ts's `profileRecord`.
 */
import type { AchievementOptions } from "./calcTypes";
import { readScoreBands, type ScoreBand } from "./scoreBands";
import {
  DEFAULT_SCORING_PROFILE,
  type AchievementMethod,
  type Aggregation,
  type DeviationConvention,
  type ScoringProfile,
} from "./scoringProfile";
import { SCORING_PRESETS } from "./scoringPresets";
import { closestId, readFraction } from "../values/readSettingValue";
import { formatShare } from "../wording/formatNumbers";

export type ProfileKey =
  | "preset"
  | "method"
  | "decreasingMethod"
  | "maximum"
  | "minimum"
  | "milestonePartial"
  | "bands"
  | "statuses"
  | "aggregation"
  | "ownIndicatorsShare"
  | "deviationConvention";

/** Each key's Italian name (how messages and the sheet call it) and its aliases. */
export const PROFILE_KEY_NAMES: Record<ProfileKey, string> = {
  preset: "preset",
  method: "metodo",
  decreasingMethod: "metodoDecrescente",
  maximum: "massimo",
  minimum: "minimo",
  milestonePartial: "milestoneParziale",
  bands: "fasce",
  statuses: "stati",
  aggregation: "aggregazione",
  ownIndicatorsShare: "quotaIndicatoriPropri",
  deviationConvention: "convenzioneScostamento",
};

const KEY_OF_NAME: Record<string, ProfileKey> = Object.fromEntries(
  (Object.entries(PROFILE_KEY_NAMES) as [ProfileKey, string][]).flatMap(([key, name]) => [
    [name, key],
    [key, key],
  ]),
);

/** The profile key a settings key stands for (Italian or English), or null. */
export function profileKeyOf(name: string): ProfileKey | null {
  return KEY_OF_NAME[name] ?? null;
}

export interface ProfileError {
  path: string;
  message: string;
}

/** What the profile's keys set: the profile's own parts, the achievement options, and the «parziale» status threshold. */
export interface ProfileReading {
  profile: Partial<ScoringProfile>;
  achievement: AchievementOptions;
  criticalAchievement?: number;
  errors: ProfileError[];
}

const METHODS: Record<string, AchievementMethod> = { lineare: "linear", linear: "linear", rapporto: "ratio", ratio: "ratio", baseline: "baseline", "base-line": "baseline", base: "baseline" };
const AGGREGATIONS: Record<string, Aggregation> = {
  "media-pesata": "weightedMean", "weighted-mean": "weightedMean", "tutti-raggiunti": "allMet", "all-met": "allMet",
};
const CONVENTIONS: Record<string, DeviationConvention> = {
  "positivo-meglio": "positiveIsBetter", "positive-is-better": "positiveIsBetter",
  "realizzato-meno-atteso": "resultMinusTarget", "result-minus-target": "resultMinusTarget",
};
const PROPORTIONAL = ["proporzionale", "proportional"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "Media pesata", " media pesata " → "media-pesata". */
function word(raw: unknown): string {
  return String(raw).trim().toLowerCase().replace(/[\s_]+/g, "-");
}

function shown(raw: unknown): string {
  return typeof raw === "object" && raw !== null ? JSON.stringify(raw) : String(raw);
}

/** The method a word names («lineare», «Rapporto», «ratio», «baseline»), or null: the keys and PERF.RAGGIUNGIMENTO read it so. */
export function methodOfWord(raw: string): AchievementMethod | null {
  return METHODS[word(raw)] ?? null;
}

function choice<T>(name: string, raw: unknown, words: Record<string, T>, accepted: string, errors: ProfileError[]): T | undefined {
  const value = words[word(raw)];
  if (value === undefined) errors.push({ path: name, message: `«${name}» deve essere ${accepted}, non «${shown(raw)}».` });
  return value;
}

function share(name: string, raw: unknown, errors: ProfileError[], range: { min: number; max: number; minOpen?: boolean }): number | undefined {
  const value = readFraction(raw);
  const low = range.minOpen === true ? value !== null && value <= range.min : value !== null && value < range.min;
  if (value === null || low || value > range.max) {
    const from = range.minOpen === true ? `maggiore di ${formatShare(range.min)} e fino` : `da ${formatShare(range.min)}`;
    errors.push({ path: name, message: `«${name}» deve essere una percentuale ${from} a ${formatShare(range.max)} (es. "${formatShare(Math.min(range.max, 1))}"), non «${shown(raw)}».` });
    return undefined;
  }
  return value;
}

/**
 * Bands written as a text, "60% → proporzionale; 95% → 100%" (one band per «;» or line, arrows → -> =>
 * or «:»), as pairs of raw texts (bound, value); null when a part is not one bound and one value. The
 * profile's bands and the rewards' bands (readRewardRules.ts) are written so.
 */
export function bandTextPairs(text: string): [string, string][] | null {
  const parts = text.split(/[;\n]/).map((part) => part.trim()).filter((part) => part !== "");
  const pairs = parts.map((part) => part.split(/\s*(?:→|->|=>|:)\s*/));
  if (parts.length === 0 || !pairs.every((pair) => pair.length === 2)) return null;
  return pairs.map(([from, value]) => [from ?? "", value ?? ""]);
}

/** A list of `{ da, <value> }` entries, or a text "60% → 100%; 90% → …" (bandTextPairs), as pairs of raw values. */
function readPairs(name: string, raw: unknown, valueKeys: readonly string[], example: string, errors: ProfileError[]): [unknown, unknown][] | null {
  if (typeof raw === "string") {
    const pairs = bandTextPairs(raw);
    if (pairs !== null) return pairs;
  } else if (Array.isArray(raw) && raw.length > 0 && raw.every(isRecord)) {
    return raw.map((entry: Record<string, unknown>) => [entry["da"] ?? entry["from"], valueKeys.map((key) => entry[key]).find((v) => v !== undefined)]);
  }
  errors.push({ path: name, message: `«${name}» deve essere un elenco di fasce, es. ${example}, non «${shown(raw)}».` });
  return null;
}

function readBands(name: string, raw: unknown, errors: ProfileError[]): ScoringProfile["bands"] | undefined {
  const pairs = readPairs(name, raw, ["punteggio", "score"], `[{ "da": "60%", "punteggio": "proporzionale" }, { "da": "95%", "punteggio": "100%" }] o "60% → proporzionale; 95% → 100%"`, errors);
  if (pairs === null) return undefined;
  const bands: ScoreBand[] = [];
  for (const [index, [from, score]] of pairs.entries()) {
    const bound = readFraction(from);
    const proportional = PROPORTIONAL.includes(word(score));
    const value = proportional ? "proportional" : readFraction(score);
    if (bound === null || value === null) {
      const what = bound === null ? `la soglia «${shown(from)}»` : `il punteggio «${shown(score)}»`;
      errors.push({ path: `${name}.${index + 1}`, message: `«${name}», ${index + 1}ª fascia: ${what} non è una percentuale (es. "60%"${bound === null ? "" : " o «proporzionale»"}).` });
      return undefined;
    }
    bands.push({ from: bound, score: value });
  }
  const checked = readScoreBands(bands);
  if (!checked.ok) {
    errors.push({ path: name, message: `«${name}»: ${checked.message}` });
    return undefined;
  }
  return checked.bands;
}

function readStatuses(name: string, raw: unknown, reading: ProfileReading): void {
  if (!isRecord(raw)) {
    reading.errors.push({ path: name, message: `«${name}» deve essere un oggetto, es. { "raggiunto": "100%", "parziale": "50%" }, non «${shown(raw)}».` });
    return;
  }
  for (const [key, value] of Object.entries(raw)) {
    const path = `${name}.${key}`;
    if (key === "raggiunto" || key === "achieved") {
      const achieved = share(path, value, reading.errors, { min: 0, max: 10, minOpen: true });
      if (achieved !== undefined) reading.profile.achieved = achieved;
    } else if (key === "parziale" || key === "partial") {
      const partial = share(path, value, reading.errors, { min: 0, max: 1 });
      if (partial !== undefined) reading.criticalAchievement = partial;
    } else {
      reading.errors.push({ path, message: `Stato sconosciuto «${key}» in «${name}»: usare raggiunto e parziale.` });
    }
  }
  const achieved = reading.profile.achieved ?? DEFAULT_SCORING_PROFILE.achieved;
  if (reading.criticalAchievement !== undefined && reading.criticalAchievement > achieved) {
    reading.errors.push({
      path: name,
      message: `«${name}»: «parziale» (${formatShare(reading.criticalAchievement)}) non può superare «raggiunto» (${formatShare(achieved)}).`,
    });
    delete reading.criticalAchievement;
  }
}

function readPreset(name: string, raw: unknown, reading: ProfileReading): void {
  const wanted = String(raw).trim();
  const preset = SCORING_PRESETS[wanted];
  if (preset === undefined) {
    const names = Object.keys(SCORING_PRESETS);
    const near = closestId(wanted, names);
    reading.errors.push({ path: name, message: `Preset sconosciuto «${wanted}»${near ? `: forse «${near}»?` : "."} Preset disponibili: ${names.join(", ")}.` });
    return;
  }
  const inner = readProfileKeys(preset.keys);
  Object.assign(reading.profile, inner.profile, { source: `preset «${wanted}»` });
  Object.assign(reading.achievement, inner.achievement);
  if (inner.criticalAchievement !== undefined) reading.criticalAchievement = inner.criticalAchievement;
}

/**
 * The profile keys of `input` read (other keys are ignored: the caller reads them). A `preset` is
 * read first, whatever its place, so that the other keys override it.
 */
export function readProfileKeys(input: Record<string, unknown>): ProfileReading {
  const reading: ProfileReading = { profile: {}, achievement: {}, errors: [] };
  const entries = Object.entries(input)
    .map(([name, raw]) => ({ name, raw, key: profileKeyOf(name) }))
    .filter((entry): entry is { name: string; raw: unknown; key: ProfileKey } => entry.key !== null)
    .sort((a, b) => Number(b.key === "preset") - Number(a.key === "preset"));
  const methods: AchievementOptions["methods"] = {};
  let decreasingGiven = false;
  for (const { name, raw, key } of entries) {
    switch (key) {
      case "preset":
        readPreset(name, raw, reading);
        break;
      case "method": {
        const method = choice(name, raw, METHODS, "lineare, rapporto o baseline", reading.errors);
        if (method !== undefined) {
          methods.increasing = method;
          if (!decreasingGiven) methods.decreasing = method;
        }
        break;
      }
      case "decreasingMethod": {
        const method = choice(name, raw, METHODS, "lineare, rapporto o baseline", reading.errors);
        if (method !== undefined) {
          methods.decreasing = method;
          decreasingGiven = true;
        }
        break;
      }
      case "maximum": {
        const cap = share(name, raw, reading.errors, { min: 0, max: 10, minOpen: true });
        if (cap !== undefined) reading.achievement.cap = cap;
        break;
      }
      case "minimum": {
        const threshold = share(name, raw, reading.errors, { min: 0, max: 1 });
        if (threshold !== undefined) reading.achievement.threshold = threshold;
        break;
      }
      case "milestonePartial": {
        const partial = share(name, raw, reading.errors, { min: 0, max: 1 });
        if (partial !== undefined) reading.achievement.milestonePartial = partial;
        break;
      }
      case "bands": {
        const bands = readBands(name, raw, reading.errors);
        if (bands !== undefined) reading.profile.bands = bands;
        break;
      }
      case "statuses":
        readStatuses(name, raw, reading);
        break;
      case "aggregation": {
        const aggregation = choice(name, raw, AGGREGATIONS, "media-pesata o tutti-raggiunti", reading.errors);
        if (aggregation !== undefined) reading.profile.aggregation = aggregation;
        break;
      }
      case "ownIndicatorsShare": {
        const own = share(name, raw, reading.errors, { min: 0, max: 1 });
        if (own !== undefined) reading.profile.strategicOwnShare = own;
        break;
      }
      case "deviationConvention": {
        const convention = choice(name, raw, CONVENTIONS, "positivo-meglio o realizzato-meno-atteso", reading.errors);
        if (convention !== undefined) reading.profile.deviationConvention = convention;
        break;
      }
    }
  }
  if (methods.increasing !== undefined || methods.decreasing !== undefined) reading.achievement.methods = { ...reading.achievement.methods, ...methods };
  return reading;
}
