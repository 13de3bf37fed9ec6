/**
 * PERF.FASCIA: the score of an achievement under a body's bands (fasce di punteggio): `soglie` the
 * lower bounds of the bands, ascending, `punteggi` beside them a percentage or «proporzionale» (the
 * achievement itself). =PERF.FASCIA(0,7; {0;0,6;0,95}; {0;"proporzionale";1}) gives 70%.
 * The achievement may be a range (one score per cell); the bands are read once per call.
 */
import { bandScore, readScoreBands, type BandScore, type ScoreBand, type ScoreBands } from "../core/calc/scoreBands";
import { toMatrix } from "./argumentMatrix";
import { mapBroadcast } from "./broadcast";
import { plainCell } from "./cellInput";
import { answer, fromCalcFailure, guarded, invalid, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { readNumber } from "./valueArgument";

/** The words of a proportional band's score, in Italian and English. */
const PROPORTIONAL_WORDS = new Set(["proporzionale", "proportional"]);

function cellsOf(argument: unknown, name: string): CellAnswer<unknown[]> {
  const matrix = toMatrix(argument, name);
  return matrix.ok ? answer(matrix.value.flat()) : matrix;
}

function readBandScore(raw: unknown, position: number): CellAnswer<BandScore> {
  const cell = plainCell(raw);
  if (typeof cell === "string" && PROPORTIONAL_WORDS.has(cell.trim().toLowerCase())) return answer("proportional");
  return readNumber(cell, `punteggi (${position}ª fascia)`);
}

/** The bands typed in two ranges of the same size, checked (see readScoreBands). */
function readBands(thresholds: unknown, scores: unknown): CellAnswer<ScoreBands> {
  const bounds = cellsOf(thresholds, "soglie");
  if (!bounds.ok) return bounds;
  const given = cellsOf(scores, "punteggi");
  if (!given.ok) return given;
  if (bounds.value.length !== given.value.length) {
    return invalid(`soglie e punteggi devono avere lo stesso numero di celle: ${bounds.value.length} soglie, ${given.value.length} punteggi.`);
  }
  const bands: ScoreBand[] = [];
  for (const [i, raw] of bounds.value.entries()) {
    const from = readNumber(plainCell(raw), `soglie (${i + 1}ª fascia)`);
    if (!from.ok) return from;
    const score = readBandScore(given.value[i], i + 1);
    if (!score.ok) return score;
    bands.push({ from: from.value, score: score.value });
  }
  const read = readScoreBands(bands);
  return read.ok ? answer(read.bands) : invalid(read.message);
}

function scoreOf(raw: unknown, bands: ScoreBands): CellAnswer<number> {
  const achievement = readNumber(raw, "raggiungimento");
  if (!achievement.ok) return achievement;
  const score = bandScore(achievement.value, bands);
  return score.ok ? answer(score.value) : fromCalcFailure(score);
}

export function band(achievement: unknown, thresholds: unknown, scores: unknown): ExcelCell[][] {
  return guarded("PERF.FASCIA", () => {
    const bands = readBands(thresholds, scores);
    if (!bands.ok) return toExcelMatrix(bands);
    return toExcelMatrix(mapBroadcast([{ name: "raggiungimento", value: achievement }], ([cell]) => scoreOf(cell, bands.value), toExcelCell));
  });
}
