/**
 * Core time of one validation, as the pane and the CLI run it: readPlan over the grids,
 * validatePlan (every rule), scorePlan. Medians over repeated runs per plan size, with the
 * time per indicator so that growth with size shows at a glance.
 */
import { readPlan } from "../../src/core/plan/readPlan";
import type { Plan } from "../../src/core/plan/planModel";
import { scorePlan } from "../../src/core/report/scorePlan";
import { validatePlan } from "../../src/core/rules/validatePlan";
import { planOfSize } from "../support/syntheticPlan";
import { collectGarbage, timeMedian } from "./measure";

export interface CoreTiming {
  indicators: number;
  cells: number;
  anomalies: number;
  runs: number;
  readMs: number;
  validateMs: number;
  scoreMs: number;
  /** read + validate: what "Valida piano" needs before it can show anomalies. */
  validationMs: number;
  /** read + validate + score. */
  totalMs: number;
}

function readOrThrow(workbook: Parameters<typeof readPlan>[0]): Plan {
  const read = readPlan(workbook);
  if (!read.ok) throw new Error(`synthetic plan not read: ${read.message}`);
  return read.plan;
}

export function runsFor(indicators: number): number {
  if (indicators <= 1_000) return 15;
  if (indicators <= 10_000) return 7;
  return 3;
}

export function benchCore(indicators: number, runs = runsFor(indicators)): CoreTiming {
  const plan = planOfSize(indicators);
  const cells = plan.workbook.sheets.reduce((sum, grid) => sum + grid.values.reduce((rows, row) => rows + row.length, 0), 0);
  collectGarbage();
  const read = timeMedian(runs, () => readOrThrow(plan.workbook));
  const validate = timeMedian(runs, () => validatePlan(read.last));
  const score = timeMedian(runs, () => scorePlan(read.last));
  const whole = timeMedian(runs, () => {
    const parsed = readOrThrow(plan.workbook);
    return { anomalies: validatePlan(parsed), scores: scorePlan(parsed) };
  });
  const validation = timeMedian(runs, () => validatePlan(readOrThrow(plan.workbook)));
  return {
    indicators,
    cells,
    anomalies: validate.last.length,
    runs,
    readMs: read.ms,
    validateMs: validate.ms,
    scoreMs: score.ms,
    validationMs: validation.ms,
    totalMs: whole.ms,
  };
}
