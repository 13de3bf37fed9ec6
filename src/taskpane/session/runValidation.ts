import type { SheetRecognition } from "../../core/plan/planModel";
import type { WorkbookPort } from "../../port/workbookPort";
import type { PaneSettings } from "../settings/paneSettings";
import { loadPlanCheck } from "./coreChunks";
import { describeFailure } from "./describeFailure";
import { VALIDATION_PHASES, type PaneFailure, type PlanOverview, type PaneValidation, type ValidationPhase } from "./sessionState";

export type ValidationRun =
  | { kind: "noPlan"; sheets: string[]; reason: string; recognition: SheetRecognition[] }
  | { kind: "done"; overview: PlanOverview; validation: PaneValidation; highlightFailure?: PaneFailure; rulesProblems: string[] }
  | { kind: "failed"; failure: PaneFailure }
  | { kind: "cancelled" };

export interface ValidationHooks {
  /** Called as each phase starts (step counts from 1). */
  onPhase(phase: ValidationPhase, step: number, steps: number): void;
  /** Awaited between phases so that the pane repaints and stays responsive. */
  pause(): Promise<void>;
  /** Asked after every pause: true when the user cancelled (the validation stops there, the workbook untouched); never when absent. */
  cancelled?(): boolean;
}

const CANCELLED = { kind: "cancelled" } as const;

/** Lets the browser paint and handle input between long steps, so Excel and the pane never freeze. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One "Valida piano": read the sheets, run the core's check pipeline on them (read the
 * plan, run every rule, compute the scores: the same `checkPlan` the CLI runs, step by step
 * with a pause between steps), prepare the list (errors first, grouped) and (when the settings
 * ask) highlight the cells. The user can cancel at every pause before the highlighting, which
 * is the only step that writes. Every failure comes back as a value; nothing here throws.
 */
export async function runValidation(port: WorkbookPort, settings: PaneSettings, hooks: ValidationHooks): Promise<ValidationRun> {
  const cancelled = () => hooks.cancelled?.() === true;
  const steps = settings.highlightOnValidate ? VALIDATION_PHASES.length : VALIDATION_PHASES.length - 1;
  /** Shows the phase, lets the pane repaint; false when the user cancelled meanwhile. */
  const enter = async (phase: ValidationPhase): Promise<boolean> => {
    hooks.onPhase(phase, VALIDATION_PHASES.indexOf(phase) + 1, steps);
    await hooks.pause();
    return !cancelled();
  };

  if (!(await enter("read"))) return CANCELLED;
  let grids;
  try {
    grids = await port.readSheets();
  } catch (error) {
    return { kind: "failed", failure: describeFailure("read", error) };
  }

  if (cancelled() || !(await enter("validate"))) return CANCELLED;
  let computed;
  try {
    // The core's one check pipeline (the CLI's too), in a chunk loaded on demand (coreChunks.ts); usually there already.
    const { planCheckSteps, overviewOf, summarizeAnomalies, prepareResultGroups } = await loadPlanCheck();
    const { steps: pipeline, rulesProblems, rewardRules } = planCheckSteps(grids, settings);
    let step = pipeline.next();
    while (!step.done) {
      // Between reading the plan and running the rules, a pause within "validate": on a 10.000-indicator
      // plan each takes a few hundred milliseconds, together about a second without a repaint (npm run bench).
      if (step.value.next === "score") {
        if (!(await enter("score"))) return CANCELLED;
      } else {
        await hooks.pause();
        if (cancelled()) return CANCELLED;
      }
      step = pipeline.next();
    }
    const check = step.value;
    const sheets = grids.map((grid) => grid.sheet);
    if (!check.ok) return { kind: "noPlan", sheets, reason: check.message, recognition: check.recognition };
    if (!(await enter("prepare"))) return CANCELLED;
    // The list's order and groups, once: filters and the grouping toggle then only pick rows.
    const groups = prepareResultGroups(check.anomalies, check.plan);
    computed = { check, groups, overview: overviewOf(check.plan, sheets), counts: summarizeAnomalies(check.anomalies).counts, rulesProblems, rewardRules };
  } catch (error) {
    return { kind: "failed", failure: describeFailure("internal", error) };
  }

  const { check, groups, overview, counts, rulesProblems, rewardRules } = computed;
  const { plan, anomalies, scores } = check;
  const validation: PaneValidation = { plan, anomalies, counts, scores, groups, rewardRules, highlighted: false };
  if (!settings.highlightOnValidate) return { kind: "done", overview, validation, rulesProblems };

  if (!(await enter("highlight"))) return CANCELLED;
  try {
    await port.applyHighlights(anomalies);
    validation.highlighted = true;
    return { kind: "done", overview, validation, rulesProblems };
  } catch (error) {
    return { kind: "done", overview, validation, highlightFailure: describeFailure("highlight", error), rulesProblems };
  }
}
