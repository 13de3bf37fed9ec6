/**
 * The one check pipeline: grids -> plan (readPlan) -> anomalies (validatePlan) -> scores
 * (scorePlan). The command line and the pane both call it, so they cannot disagree on what
 * a workbook holds: same reading options, same settings, same order.
 *
 * `checkPlanSteps` runs it one step at a time: a generator that stops after each step and says
 * which step comes next, so that a caller that must stay responsive (the pane, on a plan of
 * thousands of indicators) can yield to the event loop between them; its first stop, after
 * reading, also lets a caller read the plan without checking it. `checkPlan` runs every step at
 * once. A workbook without a plan is a value (`ok: false` with the reader's message), never an
 * exception.
 */
import type { WorkbookGrids } from "./plan/grid";
import type { Period, Plan, SheetRecognition } from "./plan/planModel";
import { readPlan } from "./plan/readPlan";
import { scorePlan } from "./report/scorePlan";
import type { PlanScores } from "./report/scorePlan";
import type { Anomaly } from "./rules/anomaly";
import { validatePlan } from "./rules/validatePlan";
import type { ValidationSettings } from "./settings";
import type { Locale } from "./wording/addinLanguage";

export interface PlanCheckOptions {
  /** The reporting date the user asked for; when absent the reader detects it. */
  period?: Period;
  /** Rule severities, tolerances and scoring settings (the defaults when absent). */
  settings?: Partial<ValidationSettings>;
  /** The language of the anomalies' messages (Italian when absent). */
  locale?: Locale;
}

/** A workbook's check: its plan, the anomalies found and the scores. */
export interface PlanCheck {
  ok: true;
  plan: Plan;
  anomalies: Anomaly[];
  scores: PlanScores;
}

/** No plan could be read: the reader's message and what it made of each sheet. */
export interface NoPlan {
  ok: false;
  message: string;
  recognition: SheetRecognition[];
}

export type PlanCheckResult = PlanCheck | NoPlan;

/** The steps after reading, in order. */
export const PLAN_CHECK_STEPS = ["validate", "score"] as const;
export type PlanCheckStep = (typeof PLAN_CHECK_STEPS)[number];

/** Where the pipeline stopped: the plan read so far and the step that runs on the next call. */
export interface PlanCheckPause {
  next: PlanCheckStep;
  plan: Plan;
}

export type PlanCheckSteps = Generator<PlanCheckPause, PlanCheckResult, void>;

/** The pipeline, one step per `next()`: read (stops before "validate"), validate (stops before "score"), score. */
export function* checkPlanSteps(workbook: WorkbookGrids, options: PlanCheckOptions = {}): PlanCheckSteps {
  const read = readPlan(workbook, options.period === undefined ? {} : { period: options.period });
  if (!read.ok) return { ok: false, message: read.message, recognition: read.recognition };
  const { plan } = read;
  yield { next: "validate", plan };
  const anomalies = validatePlan(plan, options.settings, options.locale === undefined ? {} : { locale: options.locale });
  yield { next: "score", plan };
  return { ok: true, plan, anomalies, scores: scorePlan(plan, options.settings) };
}

/** The whole pipeline at once. */
export function checkPlan(workbook: WorkbookGrids, options: PlanCheckOptions = {}): PlanCheckResult {
  const steps = checkPlanSteps(workbook, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Only the first step: the plan, or why there is none. */
export function readPlanStep(workbook: WorkbookGrids, options: PlanCheckOptions = {}): { ok: true; plan: Plan } | NoPlan {
  const first = checkPlanSteps(workbook, options).next();
  return first.done ? first.value : { ok: true, plan: first.value.plan };
}
