/**
 * Core time of one validation, as the pane and the CLI run it: readPlan over the grids,
 * validatePlan (every rule), scorePlan. Each run reads the grids afresh and times the three
 * steps in turn; medians over repeated runs per plan size, with the time per indicator so
 * that growth with size shows at a glance.
 * Side by side, in the same process, the same warm-up and the same runs: the lower bound
 * (lowerBound/), a special-purpose reader and checker of the template that gives the same
 * anomalies and scores; the core is judged by how far it is from it. A lower bound that does not
 * find the core's anomalies (same keys, same order, checked on the first measured run) stops the
 * benchmark: it would not be a bound.
 * And the memory the Plan holds (planRetainedBytes): heapUsed after a full garbage collection
 * with the Plan alive, minus the same with it released, the grids alive in both.
 */
import { readPlan } from "../../src/core/plan/readPlan";
import type { Plan } from "../../src/core/plan/planModel";
import { scorePlan } from "../../src/core/report/scorePlan";
import type { Anomaly } from "./lowerBound/anomalyList";
import { validatePlan } from "../../src/core/rules/validatePlan";
import type { SyntheticPlan } from "../support/syntheticPlan";
import { lowerBound } from "./lowerBound/lowerBound";
import { collectGarbage, median } from "./measure";

export interface CoreTiming {
  indicators: number;
  cells: number;
  anomalies: number;
  runs: number;
  readMs: number;
  validateMs: number;
  scoreMs: number;
  /** read + validate: what "Valida piano" needs before it can list the anomalies. */
  validationMs: number;
  /** read + validate + score. */
  totalMs: number;
  /** The lower bound's read + rules + scores, on the same grids in the same runs. */
  lowerBoundMs: number;
  /** Bytes the Plan retains (heap with it alive minus without), null without node --expose-gc. */
  planBytes: number | null;
}

function readOrThrow(workbook: SyntheticPlan["workbook"]): Plan {
  const read = readPlan(workbook);
  if (!read.ok) throw new Error(`synthetic plan not read: ${read.message}`);
  return read.plan;
}

export function runsFor(indicators: number): number {
  if (indicators <= 1_000) return 15;
  if (indicators <= 10_000) return 7;
  return 3;
}

export function benchCore(plan: SyntheticPlan, runs = runsFor(plan.indicators)): CoreTiming {
  const cells = plan.workbook.sheets.reduce((sum, grid) => sum + grid.values.reduce((rows, row) => rows + row.length, 0), 0);
  const times = { read: [] as number[], validate: [] as number[], score: [] as number[], validation: [] as number[], total: [] as number[], lowerBound: [] as number[] };
  let anomalies = 0;
  // Warm-up first, for at least a second and twice (once at 100.000): the JIT compiles the readers
  // and rules, as in a pane that has been used; then the measured runs.
  const warmUpRuns = plan.indicators > 10_000 ? 1 : 2;
  const warmUpUntil = performance.now() + 1_000;
  for (let done = 0; done < warmUpRuns || (plan.indicators <= 10_000 && performance.now() < warmUpUntil); done += 1) {
    const parsed = readOrThrow(plan.workbook);
    validatePlan(parsed);
    scorePlan(parsed);
    lowerBound(plan.workbook);
  }
  for (let run = 1; run <= runs; run += 1) {
    collectGarbage();
    const t0 = performance.now();
    const parsed = readOrThrow(plan.workbook);
    const t1 = performance.now();
    const found = validatePlan(parsed);
    anomalies = found.length;
    const t2 = performance.now();
    scorePlan(parsed);
    const t3 = performance.now();
    times.read.push(t1 - t0);
    times.validate.push(t2 - t1);
    times.score.push(t3 - t2);
    times.validation.push(t2 - t0);
    times.total.push(t3 - t0);
    collectGarbage();
    const t4 = performance.now();
    const bound = lowerBound(plan.workbook);
    times.lowerBound.push(performance.now() - t4);
    if (run === 1) sameAnomalies(found, bound.anomalies);
  }
  return {
    indicators: plan.indicators,
    cells,
    anomalies,
    runs,
    readMs: median(times.read),
    validateMs: median(times.validate),
    scoreMs: median(times.score),
    validationMs: median(times.validation),
    totalMs: median(times.total),
    lowerBoundMs: median(times.lowerBound),
    planBytes: planRetainedBytes(plan, plan.indicators > 10_000 ? 1 : 3),
  };
}

const keyOf = (a: Anomaly) => `${a.rule}|${a.severity}|${a.sheet}|${a.cell}|${a.objective ?? ""}|${a.indicator ?? ""}`;

/** Stops the benchmark when the lower bound does not find the core's anomalies, in order: it would not bound the same work. */
function sameAnomalies(core: readonly Anomaly[], bound: readonly Anomaly[]): void {
  const differs = core.length !== bound.length || core.some((anomaly, i) => keyOf(anomaly) !== keyOf(bound[i] as Anomaly));
  if (differs) throw new Error(`the lower bound found ${bound.length} anomalies, the core ${core.length}, not the same: it is not a bound of the same work`);
}

function heapAfterGarbage(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The heap the Plan of `plan` retains, median of `samples`: heapUsed after a full collection with
 * the Plan alive, minus the same once it is released; the grids stay alive throughout. Null
 * when node runs without --expose-gc (a heap figure without a collection would be noise). One read
 * first, unmeasured: the memos of texts shared by every plan (header words, dates) are then full and
 * do not count as the Plan's. The heap with the Plan alive is taken twice and the lower figure kept:
 * right after the read, the optimised measuring loop can still hold the read's temporaries (an inlined
 * reader's records) in stack slots until the next call overwrites them, 9 MB at 10.000 indicators
 * that a second collection, with the Plan still alive, frees. They are not the Plan's.
 */
export function planRetainedBytes(plan: SyntheticPlan, samples = 3): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const sizes: number[] = [];
  const holder: { plan: Plan | null } = { plan: readOrThrow(plan.workbook) };
  holder.plan = null;
  for (let sample = 0; sample < samples; sample += 1) {
    holder.plan = readOrThrow(plan.workbook);
    const withPlan = Math.min(heapAfterGarbage(gc), heapAfterGarbage(gc));
    holder.plan = null;
    sizes.push(withPlan - heapAfterGarbage(gc));
  }
  return median(sizes);
}
