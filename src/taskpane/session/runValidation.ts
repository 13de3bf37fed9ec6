import type { SheetRecognition } from "../../core/plan/planModel";
import type { WorkbookPort } from "../../port/workbookPort";
import type { PaneSettings } from "../settings/paneSettings";
import { loadPlanCheck } from "./coreChunks";
import { describeFailure } from "./describeFailure";
import { VALIDATION_PHASES, type PaneFailure, type PlanOverview, type ValidationOutcome, type ValidationPhase } from "./sessionTypes";

export type ValidationRun =
  | { kind: "noPlan"; sheets: string[]; reason: string; recognition: SheetRecognition[] }
  | { kind: "done"; overview: PlanOverview; outcome: ValidationOutcome; highlightFailure?: PaneFailure; rulesProblems: string[] }
  | { kind: "failed"; failure: PaneFailure };

export interface ValidationHooks {
  /** Called as each phase starts (step counts from 1). */
  onPhase(phase: ValidationPhase, step: number, steps: number): void;
  /** Awaited between phases so that the pane repaints and stays responsive. */
  pause(): Promise<void>;
}

/**
 * One "Valida piano": read the sheets, run the core's check pipeline on them (read the
 * plan, run every rule, compute the scores: the same `checkPlan` the CLI runs, step by step
 * with a pause between steps) and (when the settings ask) highlight the cells. Every failure
 * comes back as a value; nothing here throws.
 */
export async function runValidation(port: WorkbookPort, settings: PaneSettings, hooks: ValidationHooks): Promise<ValidationRun> {
  const steps = settings.highlightOnValidate ? VALIDATION_PHASES.length : VALIDATION_PHASES.length - 1;
  const enter = async (phase: ValidationPhase) => {
    hooks.onPhase(phase, VALIDATION_PHASES.indexOf(phase) + 1, steps);
    await hooks.pause();
  };

  await enter("read");
  let grids;
  try {
    grids = await port.readSheets();
  } catch (error) {
    return { kind: "failed", failure: describeFailure("read", error) };
  }

  await enter("validate");
  let computed;
  try {
    // The core's one check pipeline (the CLI's too), in a chunk loaded on demand (coreChunks.ts); usually there already.
    const { planCheckSteps, overviewOf, summarizeAnomalies } = await loadPlanCheck();
    const { steps: pipeline, rulesProblems, rewardRules } = planCheckSteps(grids, settings);
    let step = pipeline.next();
    while (!step.done) {
      // Between reading the plan and running the rules, a pause within "validate": on a 10.000-indicator
      // plan each takes a few hundred milliseconds, together about a second without a repaint (npm run bench).
      if (step.value.next === "score") await enter("score");
      else await hooks.pause();
      step = pipeline.next();
    }
    const check = step.value;
    const sheets = grids.map((grid) => grid.sheet);
    if (!check.ok) return { kind: "noPlan", sheets, reason: check.message, recognition: check.recognition };
    computed = { check, overview: overviewOf(check.plan, sheets), counts: summarizeAnomalies(check.anomalies).counts, rulesProblems, rewardRules };
  } catch (error) {
    return { kind: "failed", failure: describeFailure("internal", error) };
  }

  const { check, overview, counts, rulesProblems, rewardRules } = computed;
  const { plan, anomalies, scores } = check;
  const outcome: ValidationOutcome = { plan, anomalies, counts, scores, rewardRules, highlighted: false };
  if (!settings.highlightOnValidate) return { kind: "done", overview, outcome, rulesProblems };

  await enter("highlight");
  try {
    await port.applyHighlights(anomalies);
    outcome.highlighted = true;
    return { kind: "done", overview, outcome, rulesProblems };
  } catch (error) {
    return { kind: "done", overview, outcome, highlightFailure: describeFailure("highlight", error), rulesProblems };
  }
}
