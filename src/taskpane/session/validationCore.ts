/**
 * The core's rules and scores, as one chunk loaded on demand (see coreChunks.ts): what
 * "Valida piano" runs after reading the plan. The largest part of the core; the pane paints
 * and reads the plan without it.
 */
export { validatePlan } from "../../core/rules/validatePlan";
export { scorePlan } from "../../core/report/scorePlan";
