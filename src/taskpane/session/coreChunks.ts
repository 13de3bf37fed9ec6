/**
 * The dynamic-import boundaries between the pane and the core. The pane's first bundle
 * (taskpane.js) holds React, Fluent UI and the session, enough to paint the pane; webpack
 * puts each group below in a chunk of its own, fetched from the add-in's own origin (next to
 * taskpane.js: publicPath "auto") when first needed:
 *
 * - the settings reader (it checks rule ids, so it comes with the rules) and the plan reader
 *   (header detection, Italian values), as soon as the pane starts, while Excel reads the
 *   settings and the sheets, so that they are there when the sheets are;
 * - the rest of validation (calculations, scores), once a plan is found, while the user reads
 *   its summary, so that "Valida piano" does not wait for it;
 * - the sheet builders (summary, anomalies, template), on the first click that writes sheets.
 *
 * webpack keeps one promise per chunk: calling a loader again costs nothing.
 */
import type { Grid } from "../../core/plan/grid";
import type { PaneSettings } from "../settings/paneSettings";
import type { PlanReading } from "./readWorkbookPlan";

export type PlanReader = (grids: Grid[], settings: PaneSettings) => PlanReading;
export type SettingsReader = (stored: Record<string, unknown>) => PaneSettings;

export async function loadSettingsReader(): Promise<SettingsReader> {
  const { parsePaneSettings } = await import("../settings/readStoredSettings");
  return parsePaneSettings;
}

export async function loadPlanReader(): Promise<PlanReader> {
  const { readWorkbookPlan } = await import("./readWorkbookPlan");
  return readWorkbookPlan;
}

export function loadValidationCore(): Promise<typeof import("./validationCore")> {
  return import("./validationCore");
}

export function loadSheetBuilders(): Promise<typeof import("./sheetBuilders")> {
  return import("./sheetBuilders");
}

/** Starts fetching a chunk that will be needed soon; a failure shows later, where it is awaited. */
export function preload(loader: () => Promise<unknown>): void {
  loader().catch(() => undefined);
}
