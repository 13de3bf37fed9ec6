/**
 * The scoring profile: how a body's SMVP (sistema di misurazione e valutazione della performance)
 * turns results into achievements, achievements into scores and scores into verdicts. Today's
 * behaviour is the default; every part can be changed by `--regole`, the «Regole di valutazione»
 * sheet or the pane's settings (read by `readScoringProfile`).
 *
 * The parts, and where each lives in the settings:
 * - achievement method per polarity (`lineare` today, `rapporto`, `baseline`): `achievement.methods`,
 *   applied by computeAchievement; milestone partial states (`milestoneParziale`): `achievement.milestonePartial`;
 * - floor and cap («minimo», «massimo»): `achievement.threshold` and `achievement.cap`;
 * - score bands (`fasce`, see scoreBands.ts): `profile.bands`, applied by `indicatorScore`;
 * - status thresholds (`stati`): Raggiunto from `profile.achieved` (100%), Parzialmente raggiunto from
 *   `criticalAchievement` (50%): PERF.STATO, the Riepilogo, the pane and `scostamento-critico` all
 *   read them through computeStatus, so one figure never gets two verdicts;
 * - the objective's aggregation (`media-pesata` today, `tutti-raggiunti`): `profile.aggregation`;
 * - the strategic objective's composition (its own indicators' share when the plan writes none):
 *   `profile.strategicOwnShare`;
 * - the deviation convention (`positivo-meglio` today, `realizzato-meno-atteso`): read by
 *   `scostamento-errato`.
 * How scores become shares of the result bonus (`premi`) is the rewards' own rules (report/rewards.ts).
 */
import type { AchievementOptions, Explained } from "./calcTypes";
import { explained } from "./calcOutcome";
import { bandScore, type ScoreBand, type ScoreBands } from "./scoreBands";
import { formatShare } from "../wording/formatNumbers";

/** How an achievement is computed for one polarity. */
export type AchievementMethod = "linear" | "ratio" | "baseline";

/** How an objective aggregates its indicators' scores. */
export type Aggregation = "weightedMean" | "allMet";

/** How a declared deviation is signed: positive = better (today), or result − target whatever the polarity. */
export type DeviationConvention = "positiveIsBetter" | "resultMinusTarget";

export interface ScoringProfile {
  /** Score bands applied to each indicator's achievement; null = the score is the achievement (today). */
  bands: ScoreBands | null;
  /** From this achievement an indicator is «Raggiunto» (default 1 = 100%). */
  achieved: number;
  aggregation: Aggregation;
  /** The strategic objective's own indicators' share when the plan writes none; null = today's rule (sum of their weights, else 50%). */
  strategicOwnShare: number | null;
  deviationConvention: DeviationConvention;
  /** Where the profile was read from, for the report; absent = the defaults. */
  source?: string;
}

export const DEFAULT_SCORING_PROFILE: Readonly<ScoringProfile> = Object.freeze({
  bands: null,
  achieved: 1,
  aggregation: "weightedMean",
  strategicOwnShare: null,
  deviationConvention: "positiveIsBetter",
} satisfies ScoringProfile);

/** The Italian word of each choice, as a clerk writes it (the keys' values and the sheet's cells). */
export const METHOD_WORDS: Record<AchievementMethod, string> = { linear: "lineare", ratio: "rapporto", baseline: "baseline" };
export const AGGREGATION_WORDS: Record<Aggregation, string> = { weightedMean: "media-pesata", allMet: "tutti-raggiunti" };
export const CONVENTION_WORDS: Record<DeviationConvention, string> = {
  positiveIsBetter: "positivo-meglio",
  resultMinusTarget: "realizzato-meno-atteso",
};

/** An indicator's score: its achievement through the profile's bands, or the achievement itself without bands. */
export function indicatorScore(achievement: number, profile: ScoringProfile): Explained<number> {
  if (profile.bands === null) return explained(achievement, () => `punteggio pari al raggiungimento, ${formatShare(achievement)}`);
  return bandScore(achievement, profile.bands);
}

/** Bands as a clerk writes them: "0% → 0%; 60% → proporzionale; 95% → 100%". */
export function bandsText(bands: readonly ScoreBand[]): string {
  return bands.map((band) => `${formatShare(band.from)} → ${band.score === "proportional" ? "proporzionale" : formatShare(band.score)}`).join("; ");
}

/**
 * The profile's keys whose value differs from the default, in the shape `readProfileKeys` reads back
 * (Italian keys, values as a clerk writes them); cap, threshold and «parziale» are written by the
 * settings under their own keys.
 */
export function profileRecord(profile: ScoringProfile, achievement: AchievementOptions): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const methods = achievement.methods;
  if (methods?.increasing !== undefined) record["metodo"] = METHOD_WORDS[methods.increasing];
  if (methods?.decreasing !== undefined) record["metodoDecrescente"] = METHOD_WORDS[methods.decreasing];
  if (profile.bands !== null) record["fasce"] = bandsText(profile.bands);
  // «parziale» is the settings' criticalAchievement, written under its own key.
  if (profile.achieved !== DEFAULT_SCORING_PROFILE.achieved) record["stati"] = { raggiunto: formatShare(profile.achieved) };
  if (profile.aggregation !== DEFAULT_SCORING_PROFILE.aggregation) record["aggregazione"] = AGGREGATION_WORDS[profile.aggregation];
  if (profile.strategicOwnShare !== null) record["quotaIndicatoriPropri"] = formatShare(profile.strategicOwnShare);
  if (profile.deviationConvention !== DEFAULT_SCORING_PROFILE.deviationConvention) record["convenzioneScostamento"] = CONVENTION_WORDS[profile.deviationConvention];
  return record;
}
