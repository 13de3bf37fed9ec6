/**
 * The results list's groups, prepared once per validation (the «preparazione dell'elenco» step):
 * the anomalies in the list's order (see anomalyGroups.ts), grouped by objective (with the
 * objective's title) and by rule. In the core's chunk (coreChunks.ts, through readWorkbookPlan.ts):
 * it reads objective codes as the core does.
 */
import { codeKey } from "../../core/plan/planCodes";
import type { Plan } from "../../core/plan/planModel";
import { groupByKey } from "../../core/plan/planQueries";
import type { Anomaly } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { orderAnomalies, type Grouping, type PreparedGroups, type ResultGroup } from "./anomalyGroups";

function emptyCounts(): SeverityCounts {
  return { errore: 0, avviso: 0, info: 0 };
}

/** `ordered` in groups by `keyOf` (the plan's one grouping, groupByKey), groups in the order of their first anomaly, each with its counts. */
function resultGroups(ordered: readonly Anomaly[], grouping: Grouping, keyOf: (anomaly: Anomaly) => { key: string; label: string | null; title?: string }): ResultGroup[] {
  return [...groupByKey(ordered, (anomaly) => keyOf(anomaly).key)].map(([key, anomalies]) => {
    const { label, title } = keyOf(anomalies[0] as Anomaly);
    const counts = emptyCounts();
    for (const anomaly of anomalies) counts[anomaly.severity] += 1;
    return { key, grouping, label, ...(title === undefined ? {} : { title }), counts, anomalies };
  });
}

/** Both groupings of a validation's anomalies, errors first (see the module's comment). */
export function prepareResultGroups(anomalies: readonly Anomaly[], plan: Plan): PreparedGroups {
  const titles = new Map(plan.objectives.map((objective) => [codeKey(objective.code), objective.title]));
  const ordered = orderAnomalies(anomalies);
  const objective = resultGroups(ordered, "objective", (anomaly) => {
    const code = anomaly.objective?.trim() ? anomaly.objective : null;
    if (code === null) return { key: "piano", label: null };
    const title = titles.get(codeKey(code));
    return { key: `obiettivo-${codeKey(code)}`, label: code, ...(title ? { title } : {}) };
  });
  const rule = resultGroups(ordered, "rule", (anomaly) => ({ key: `regola-${anomaly.rule}`, label: anomaly.rule }));
  return { objective, rule, ordered };
}

