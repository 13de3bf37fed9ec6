/**
 * The core's rules, scores and anomaly counts, loaded on demand (see coreChunks.ts): what
 * "Valida piano" runs after reading the plan. The pane's first bundle does without them.
 */
export { validatePlan } from "../../core/rules/validatePlan";
export { scorePlan } from "../../core/report/scorePlan";
export { summarizeAnomalies } from "../../core/report/summarizeAnomalies";
