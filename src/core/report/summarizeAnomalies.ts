/**
 * Anomalies counted by severity and grouped by objective, for the CLI report and the pane's list.
 * Groups keep the order of the anomalies given (validatePlan sorts them: plan-wide first, then
 * strategic, operational and unknown objectives in natural order); anomalies with no objective form
 * the group `objective: null` ("Piano"). With the plan, each group carries its objective's title.
 */
import { codeKey } from "../plan/planCodes";
import { type Anomaly, type Severity, SEVERITY_ORDER } from "../rules/anomaly";
import type { Plan } from "../plan/planModel";

export type SeverityCounts = Record<Severity, number>;

export interface AnomalyGroup {
  /** The objective code as written in the first anomaly of the group; null for plan-wide anomalies. */
  objective: string | null;
  title?: string;
  counts: SeverityCounts;
  /** The most severe severity in the group. */
  worst: Severity;
  anomalies: Anomaly[];
}

export interface AnomalySummary {
  total: number;
  counts: SeverityCounts;
  groups: AnomalyGroup[];
}

function emptyCounts(): SeverityCounts {
  return { errore: 0, avviso: 0, info: 0 };
}

function worstOf(counts: SeverityCounts): Severity {
  return SEVERITY_ORDER.find((severity) => counts[severity] > 0) ?? "info";
}

export function summarizeAnomalies(anomalies: readonly Anomaly[], plan?: Plan): AnomalySummary {
  const titles = new Map((plan?.objectives ?? []).map((o) => [codeKey(o.code), o.title]));
  const counts = emptyCounts();
  const groups = new Map<string, AnomalyGroup>();
  for (const anomaly of anomalies) {
    counts[anomaly.severity] += 1;
    const code = anomaly.objective?.trim() ? anomaly.objective : null;
    const key = code === null ? "" : codeKey(code);
    let group = groups.get(key);
    if (!group) {
      const title = code === null ? undefined : titles.get(key);
      group = { objective: code, ...(title === undefined ? {} : { title }), counts: emptyCounts(), worst: "info", anomalies: [] };
      groups.set(key, group);
    }
    group.counts[anomaly.severity] += 1;
    group.anomalies.push(anomaly);
  }
  const list = [...groups.values()].map((group) => ({ ...group, worst: worstOf(group.counts) }));
  return { total: anomalies.length, counts, groups: list };
}
