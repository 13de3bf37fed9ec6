import type { Plan } from "../../core/plan/planModel";
import type { Anomaly, Severity } from "../../core/rules/anomaly";
import { summarizeAnomalies, type AnomalyGroup } from "../../core/report/summarizeAnomalies";
import type { PlanScores } from "./sessionTypes";

export type { AnomalyGroup };

/** The groups by objective of the anomalies the severity filter lets through, in the core's order. */
export function visibleGroups(anomalies: readonly Anomaly[], plan: Plan, shown: Record<Severity, boolean>): AnomalyGroup[] {
  return summarizeAnomalies(
    anomalies.filter((anomaly) => shown[anomaly.severity]),
    plan,
  ).groups;
}

/** A stable key for a group in lists and accordions. */
export function groupKey(group: AnomalyGroup): string {
  return group.objective === null ? "piano" : `obiettivo-${group.objective.trim().toLowerCase()}`;
}

/** A stable key for an anomaly in lists: rule, place and message. */
export function anomalyKey(anomaly: Anomaly): string {
  return `${anomaly.rule}|${anomaly.sheet}|${anomaly.cell}|${anomaly.indicator ?? ""}|${anomaly.message}`;
}

/** Objective code (trimmed, lower case) -> score, for the groups' headers; non valutabili are left out. */
export function objectiveScores(scores: PlanScores): Map<string, number> {
  const map = new Map<string, number>();
  for (const objective of scores.objectives) {
    if (objective.score !== null) map.set(objective.code.trim().toLowerCase(), objective.score);
  }
  return map;
}
