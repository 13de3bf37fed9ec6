/**
 * The scorecard: one row per objective and one per manager, each with its score and the status of
 * the scoring profile (the statuses scorePlan gives, through computeStatus: the same verdict as
 * PERF.STATO and the Riepilogo), and how many rows have each status. The pane shows it beside the
 * anomalies («Anomalie | Punteggi»); the figures are the Riepilogo's, so the two always agree.
 */
import type { Status } from "../calc/calcTypes";
import type { PlanScores } from "./scorePlan";
import { STATUSES } from "./cellColors";

export interface ScorecardRow {
  /** Unique within its list: the objective's code, the manager's name (numbered when repeated). */
  key: string;
  /** What the row is about: the objective's code, the manager's name. */
  label: string;
  /** A second line: the objective's title, the codes of the manager's objectives. */
  detail: string;
  /** The score as a fraction (0.75 = 75%), null when non valutabile. */
  score: number | null;
  status: Status;
  /** Why the score is what it is (or why it is missing), in Italian: the Riepilogo's «Come è calcolato». */
  explanation: string;
}

export type StatusCounts = Record<Status, number>;

export interface ScorecardList {
  rows: ScorecardRow[];
  counts: StatusCounts;
}

export interface Scorecard {
  objectives: ScorecardList;
  managers: ScorecardList;
}

function countStatuses(rows: readonly ScorecardRow[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Keys made unique: a second «Rossi» becomes «Rossi (2)» (or «Rossi (3)» when «Rossi (2)» is taken). */
function uniqueKeys<T extends { key: string }>(rows: T[]): T[] {
  const used = new Set<string>();
  return rows.map((row) => {
    let key = row.key;
    for (let n = 2; used.has(key); n++) key = `${row.key} (${n})`;
    used.add(key);
    return key === row.key ? row : { ...row, key };
  });
}

function list(rows: ScorecardRow[]): ScorecardList {
  const unique = uniqueKeys(rows);
  return { rows: unique, counts: countStatuses(unique) };
}

export function buildScorecard(scores: PlanScores): Scorecard {
  return {
    objectives: list(
      scores.objectives.map((objective) => ({
        key: objective.code,
        label: objective.code,
        detail: objective.title,
        score: objective.score,
        status: objective.status,
        explanation: objective.explanation,
      })),
    ),
    managers: list(
      scores.managers.map((manager) => ({
        key: manager.name,
        label: manager.name,
        detail: manager.objectives.map((objective) => objective.code).join(", "),
        score: manager.score,
        status: manager.status,
        explanation: manager.explanation,
      })),
    ),
  };
}
