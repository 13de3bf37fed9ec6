/**
 * The dynamic-import boundaries between the pane and the core. The pane's first bundle
 * (taskpane.js) holds React, Fluent UI and the session, enough to paint the pane; the core
 * comes in chunks fetched from the add-in's own origin (next to taskpane.js: publicPath
 * "auto") after the first paint:
 *
 * - "core": the settings reader (it checks rule ids, so it needs the rules), the plan reader
 *   (header detection, Italian values) and the rules and scores, requested as soon as the pane
 *   starts, while Excel reads the settings and the sheets. One chunk name for the three keeps
 *   the requests few (webpack still splits out, as shared chunks, the parts the settings form
 *   also uses); "Valida piano" then never waits for code;
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
  const { parsePaneSettings } = await import(/* webpackChunkName: "core" */ "../settings/readStoredSettings");
  return parsePaneSettings;
}

export async function loadPlanReader(): Promise<PlanReader> {
  const { readWorkbookPlan } = await import(/* webpackChunkName: "core" */ "./readWorkbookPlan");
  return readWorkbookPlan;
}

export function loadValidationCore(): Promise<typeof import("./validationCore")> {
  return import(/* webpackChunkName: "core" */ "./validationCore");
}

export function loadSheetBuilders(): Promise<typeof import("./sheetBuilders")> {
  return import("./sheetBuilders");
}

/** Starts fetching a chunk that will be needed soon; a failure shows later, where it is awaited. */
export function preload(loader: () => Promise<unknown>): void {
  loader().catch(() => undefined);
}
