/**
 * A lookup built from a plan, built once per plan: several rules (and the scores) ask for the same
 * plan index and the same weight groups in one validation, and on a 10.000-indicator plan each
 * build costs milliseconds. Plans are never changed once read, so the plan object is the key; a
 * WeakMap lets a plan and its lookups go together when the pane reads the workbook again.
 * What a memoised function returns is shared: callers read it and never change it.
 */
import type { Plan } from "../../plan/planModel";

export function memoByPlan<T>(build: (plan: Plan) => T): (plan: Plan) => T {
  const built = new WeakMap<Plan, T>();
  return (plan) => {
    const known = built.get(plan);
    if (known !== undefined) return known;
    const value = build(plan);
    built.set(plan, value);
    return value;
  };
}
