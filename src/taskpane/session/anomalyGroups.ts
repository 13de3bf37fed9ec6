/**
 * The results list as a busy clerk reads it: errors first everywhere, then the plan's order.
 *
 * - Blocking anomalies (a missing column: what follows cannot be checked, rule
 *   `struttura-colonne` at severity errore or avviso) come before anything else;
 * - then by severity (errore, avviso, info), then in the core's order (plan order, see
 *   compareAnomalies.ts), which the sort keeps because it is stable;
 * - groups (by objective or by rule) are ordered the same way: by their first anomaly.
 *
 * The groups are prepared once per validation (prepareResultGroups.ts, in the core's chunk: the
 * validation's last step before the results show); the severity filter and the closed groups turn them into the rows
 * the virtualised list shows (`resultRows`), and the walk «anomalia successiva / precedente»
 * follows the same rows (`stepAnomaly`). Nothing here knows React.
 */
import { SEVERITY_ORDER, type Anomaly, type Severity } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import type { PlanScores } from "./sessionState";

/** How the list is grouped: by objective (the plan's order) or by rule. */
export type Grouping = "objective" | "rule";
export const GROUPINGS: readonly Grouping[] = ["objective", "rule"];

/** The rule whose anomalies say that a column is missing and some checks could not run. */
const BLOCKING_RULE = "struttura-colonne";

export interface ResultGroup {
  /** Stable key for lists and the open/closed state. */
  key: string;
  grouping: Grouping;
  /** The objective code as written, or the rule id; null for plan-wide anomalies grouped by objective. */
  label: string | null;
  /** The objective's title, when the plan has one. */
  title?: string;
  counts: SeverityCounts;
  /** Errors first, then the plan's order. */
  anomalies: Anomaly[];
}

export interface PreparedGroups {
  objective: ResultGroup[];
  rule: ResultGroup[];
  /** Every anomaly, blocking first, then by severity, then in plan order. */
  ordered: Anomaly[];
}

/** True for an anomaly that says part of the plan could not be checked at all. */
export function isBlocking(anomaly: Anomaly): boolean {
  return anomaly.rule === BLOCKING_RULE && anomaly.severity !== "info";
}

function rank(anomaly: Anomaly): number {
  return (isBlocking(anomaly) ? 0 : 3) + SEVERITY_ORDER.indexOf(anomaly.severity);
}

/** Blocking first, then errors, warnings, infos; ties keep the core's (plan) order. */
export function orderAnomalies(anomalies: readonly Anomaly[]): Anomaly[] {
  const ranks = anomalies.map(rank);
  return anomalies
    .map((anomaly, index) => index)
    .sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b)
    .map((index) => anomalies[index] as Anomaly);
}

/** One row of the list: a group's header, or one anomaly of an open group. */
export type ResultRow =
  | { kind: "group"; key: string; group: ResultGroup; shown: SeverityCounts; open: boolean }
  | { kind: "anomaly"; key: string; anomaly: Anomaly; group: ResultGroup };

/**
 * The rows the list shows: for each group with an anomaly the filter lets through, its header
 * (with the counts shown) and, when open, its anomalies of the severities shown.
 */
export function resultRows(groups: readonly ResultGroup[], shown: Record<Severity, boolean>, closed: ReadonlySet<string>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const group of groups) {
    const counts: SeverityCounts = {
      errore: shown.errore ? group.counts.errore : 0,
      avviso: shown.avviso ? group.counts.avviso : 0,
      info: shown.info ? group.counts.info : 0,
    };
    if (counts.errore + counts.avviso + counts.info === 0) continue;
    const open = !closed.has(group.key);
    rows.push({ kind: "group", key: group.key, group, shown: counts, open });
    if (!open) continue;
    group.anomalies.forEach((anomaly, index) => {
      if (shown[anomaly.severity]) rows.push({ kind: "anomaly", key: `${group.key}#${index}`, anomaly, group });
    });
  }
  return rows;
}

/**
 * «Anomalia successiva / precedente»: the anomaly after (or before) `current` among those the
 * filter shows, in the list's order, closed groups included (the list opens the group to show
 * it); wraps around at the ends. With no current anomaly, the first (or the last). Null when the
 * filter shows none.
 */
export function stepAnomaly(groups: readonly ResultGroup[], shown: Record<Severity, boolean>, current: Anomaly | null, direction: 1 | -1): Anomaly | null {
  const visible = groups.flatMap((group) => group.anomalies.filter((anomaly) => shown[anomaly.severity]));
  if (visible.length === 0) return null;
  const at = current === null ? -1 : visible.indexOf(current);
  if (at < 0) return (direction === 1 ? visible[0] : visible[visible.length - 1]) ?? null;
  return visible[(at + direction + visible.length) % visible.length] ?? null;
}

/** The position (from 1) of `anomaly` among the anomalies the filter shows, and how many there are. */
export function positionOf(groups: readonly ResultGroup[], shown: Record<Severity, boolean>, anomaly: Anomaly | null): { position: number | null; total: number } {
  let total = 0;
  let position: number | null = null;
  for (const group of groups) {
    for (const candidate of group.anomalies) {
      if (!shown[candidate.severity]) continue;
      total += 1;
      if (candidate === anomaly) position = total;
    }
  }
  return { position, total };
}

/** What the verdict card says first. */
export type Verdict =
  | { kind: "empty" }
  | { kind: "notReady"; errors: number }
  | { kind: "ready"; warnings: number; infos: number };

/**
 * The plan's verdict: with errors it is not ready for the OIV; without indicators (the empty
 * template) there was nothing to check, so it never «passes»; otherwise it is ready, with its
 * warnings and infos to read.
 */
export function verdictOf(counts: SeverityCounts, indicators: number): Verdict {
  if (counts.errore > 0) return { kind: "notReady", errors: counts.errore };
  if (indicators === 0) return { kind: "empty" };
  return { kind: "ready", warnings: counts.avviso, infos: counts.info };
}

/** Objective code (trimmed, lower case) -> score, for the groups' headers; non valutabili are left out. */
export function objectiveScores(scores: PlanScores): Map<string, number> {
  const map = new Map<string, number>();
  for (const objective of scores.objectives) {
    if (objective.score !== null) map.set(objective.code.trim().toLowerCase(), objective.score);
  }
  return map;
}
