/**
 * The results list's groups, prepared once per validation (the «preparazione dell'elenco» step):
 * the anomalies in the list's order (see anomalyGroups.ts), grouped by objective (with the
 * objective's title) and by rule. In the core's chunk (coreChunks.ts, through readWorkbookPlan.ts):
 * it reads objective codes as the core does.
 */
import { codeKey } from "../../core/plan/planCodes";
import type { Plan } from "../../core/plan/planModel";
import type { Anomaly } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { orderAnomalies, type Grouping, type PreparedGroups, type ResultGroup } from "./anomalyGroups";

function emptyCounts(): SeverityCounts {
  return { errore: 0, avviso: 0, info: 0 };
}

/** Groups `ordered` by `keyOf`, groups in the order of their first anomaly. */
function groupBy(ordered: readonly Anomaly[], grouping: Grouping, keyOf: (anomaly: Anomaly) => { key: string; label: string | null; title?: string }): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const anomaly of ordered) {
    const { key, label, title } = keyOf(anomaly);
    let group = groups.get(key);
    if (!group) {
      group = { key, grouping, label, ...(title === undefined ? {} : { title }), counts: emptyCounts(), anomalies: [] };
      groups.set(key, group);
    }
    group.counts[anomaly.severity] += 1;
    group.anomalies.push(anomaly);
  }
  return [...groups.values()];
}

/** Both groupings of a validation's anomalies, errors first (see the module's comment). */
export function prepareResultGroups(anomalies: readonly Anomaly[], plan: Plan): PreparedGroups {
  const titles = new Map(plan.objectives.map((objective) => [codeKey(objective.code), objective.title]));
  const ordered = orderAnomalies(anomalies);
  const objective = groupBy(ordered, "objective", (anomaly) => {
    const code = anomaly.objective?.trim() ? anomaly.objective : null;
    if (code === null) return { key: "piano", label: null };
    const title = titles.get(codeKey(code));
    return { key: `obiettivo-${codeKey(code)}`, label: code, ...(title ? { title } : {}) };
  });
  const rule = groupBy(ordered, "rule", (anomaly) => ({ key: `regola-${anomaly.rule}`, label: anomaly.rule }));
  return { objective, rule, ordered };
}

