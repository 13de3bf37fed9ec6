/**
 * Score bands (fasce di punteggio): how an achievement becomes a score under a body's SMVP.
 *
 * A list of bands, each with its lower bound of achievement (inclusive, a fraction) and either a
 * fixed score (a fraction) or "proportional" (the score is the achievement itself). Bounds rise
 * strictly; an achievement falls in the last band whose bound it reaches; below the first bound the
 * score is 0. Example, 0 → 0; 60% → proporzionale; 95% → 100%: 50% scores 0, 70% scores 70%,
 * 96% scores 100%.
 *
 * `readScoreBands` checks bands typed by a user (PERF.FASCIA, the «Regole di valutazione» sheet,
 * `--regole`) and says in Italian what is wrong; `bandScore` applies checked bands.
 */
import type { Explained } from "./calcTypes";
import { describeBadNumber, explained, fail, isFiniteNumber } from "./calcOutcome";
import { formatShare } from "../wording/formatNumbers";

/** The score of a band: fixed, or the achievement itself. */
export type BandScore = number | "proportional";

export interface ScoreBand {
  /** Lower bound of achievement, inclusive, as a fraction (0.6 = 60%). */
  from: number;
  score: BandScore;
}

/** Bands that passed `readScoreBands`: at least one, bounds finite and strictly rising, scores finite and not negative. */
export type ScoreBands = readonly ScoreBand[] & { readonly checked: true };

export type BandsReading = { ok: true; bands: ScoreBands } | { ok: false; message: string };

/** «la 2ª fascia» for messages. */
function bandName(index: number): string {
  return `la ${index + 1}ª fascia`;
}

/** «della 2ª fascia» for messages. */
function ofBand(index: number): string {
  return `della ${index + 1}ª fascia`;
}

/** Checks bands as typed by a user; the message says which band is wrong and why. */
export function readScoreBands(bands: readonly ScoreBand[]): BandsReading {
  if (bands.length === 0) return { ok: false, message: "Fasce non valide: serve almeno una fascia (soglia e punteggio)." };
  for (const [index, band] of bands.entries()) {
    if (!isFiniteNumber(band.from)) {
      return { ok: false, message: `Fasce non valide: la soglia ${ofBand(index)} deve essere un numero, non ${describeBadNumber(band.from)}.` };
    }
    const previous = bands[index - 1];
    if (previous !== undefined && band.from <= previous.from) {
      return {
        ok: false,
        message: `Fasce non valide: le soglie devono crescere, ma ${bandName(index)} parte da ${formatShare(band.from)} dopo ${formatShare(previous.from)}.`,
      };
    }
    if (band.score !== "proportional" && (!isFiniteNumber(band.score) || band.score < 0)) {
      const shown = isFiniteNumber(band.score) ? formatShare(band.score) : describeBadNumber(band.score);
      return { ok: false, message: `Fasce non valide: il punteggio ${ofBand(index)} deve essere una percentuale non negativa o «proporzionale», non ${shown}.` };
    }
  }
  return { ok: true, bands: Object.assign([...bands], { checked: true as const }) };
}

/** The band an achievement falls in, or -1 below the first bound. */
export function bandIndex(achievement: number, bands: ScoreBands): number {
  let found = -1;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (band === undefined || achievement < band.from) break;
    found = i;
  }
  return found;
}

/** The score of an achievement under checked bands, explained on demand. */
export function bandScore(achievement: number, bands: ScoreBands): Explained<number> {
  if (!isFiniteNumber(achievement)) {
    return fail("invalidArgument", `Punteggio non calcolabile: il raggiungimento deve essere un numero finito, non ${describeBadNumber(achievement)}.`);
  }
  const index = bandIndex(achievement, bands);
  const band = bands[index];
  if (band === undefined) {
    const first = bands[0]?.from ?? 0;
    return explained(0, () => `${formatShare(achievement)} è sotto la prima fascia (da ${formatShare(first)}): punteggio 0%`);
  }
  const score = band.score === "proportional" ? achievement : band.score;
  return explained(score, () => {
    const next = bands[index + 1];
    const range = next === undefined ? `da ${formatShare(band.from)} in su` : `da ${formatShare(band.from)} a meno di ${formatShare(next.from)}`;
    const how = band.score === "proportional" ? `punteggio proporzionale, ${formatShare(score)}` : `punteggio ${formatShare(score)}`;
    return `${formatShare(achievement)} è nella fascia ${range}: ${how}`;
  });
}
