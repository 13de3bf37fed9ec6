import type { SheetRecognition } from "../../core/plan/planModel";
import type { WorkbookPort } from "../../port/workbookPort";
import type { PaneSettings } from "../settings/paneSettings";
import { loadPlanReader, loadValidationCore } from "./coreChunks";
import { describeFailure } from "./describeFailure";
import { VALIDATION_PHASES, type PaneFailure, type PlanOverview, type ValidationOutcome, type ValidationPhase } from "./sessionTypes";

export type ValidationRun =
  | { kind: "noPlan"; sheets: string[]; reason: string; recognition: SheetRecognition[] }
  | { kind: "done"; overview: PlanOverview; outcome: ValidationOutcome; highlightFailure?: PaneFailure }
  | { kind: "failed"; failure: PaneFailure };

export interface ValidationHooks {
  /** Called as each phase starts (step counts from 1). */
  onPhase(phase: ValidationPhase, step: number, steps: number): void;
  /** Awaited between phases so that the pane repaints and stays responsive. */
  pause(): Promise<void>;
}

/**
 * One "Valida piano": read the sheets, read the plan, run every rule, compute
 * the scores and (when the settings ask) highlight the cells. Every failure
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
    // The core comes in chunks loaded on demand (coreChunks.ts); usually there already.
    const [readWorkbookPlan, { validatePlan, scorePlan, summarizeAnomalies }] = await Promise.all([loadPlanReader(), loadValidationCore()]);
    const reading = readWorkbookPlan(grids, settings);
    if (!reading.ok) return { kind: "noPlan", sheets: reading.sheets, reason: reading.reason, recognition: reading.recognition };
    // Yield between reading the plan and running the rules: on a 10.000-indicator plan each takes
    // a few hundred milliseconds, together about a second without a repaint (npm run bench).
    await hooks.pause();
    const anomalies = validatePlan(reading.plan, settings.validation);
    await enter("score");
    const scores = scorePlan(reading.plan, settings.validation);
    computed = { reading, anomalies, counts: summarizeAnomalies(anomalies).counts, scores };
  } catch (error) {
    return { kind: "failed", failure: describeFailure("internal", error) };
  }

  const { reading, anomalies, counts, scores } = computed;
  const outcome: ValidationOutcome = { plan: reading.plan, anomalies, counts, scores, highlighted: false };
  if (!settings.highlightOnValidate) return { kind: "done", overview: reading.overview, outcome };

  await enter("highlight");
  try {
    await port.applyHighlights(anomalies);
    outcome.highlighted = true;
    return { kind: "done", overview: reading.overview, outcome };
  } catch (error) {
    return { kind: "done", overview: reading.overview, outcome, highlightFailure: describeFailure("highlight", error) };
  }
}
