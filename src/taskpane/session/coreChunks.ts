/**
 * The dynamic-import boundaries between the pane and the core. The pane's first bundle
 * (taskpane.js) holds React, Fluent UI and the session, enough to paint the pane; the core
 * comes in chunks fetched from the add-in's own origin (next to taskpane.js: publicPath
 * "auto") after the first paint:
 *
 * - "core": the settings reader (it checks rule ids, so it needs the rules) and the core's check
 *   pipeline (reading the plan, the rules, the scores: src/core/checkPlan.ts), requested as soon
 *   as the pane starts, while Excel reads the settings and the sheets. One chunk name for both
 *   keeps the requests few (webpack still splits out, as shared chunks, the parts the settings form
 *   also uses); "Valida piano" then never waits for code;
 * - the sheet builders (summary, anomalies, rules, template), on the first click that writes sheets;
 * - the example plan (the seed fixture and its builder, ~80 KB), on the first «Carica esempio».
 *
 * webpack keeps one promise per chunk: calling a loader again costs nothing.
 */
import type { PlanFixture } from "../../core/example/planFixture";
import type { SheetContent } from "../../core/report/sheetContent";
import type { PaneSettings } from "../settings/paneSettings";

export type SettingsReader = (stored: Record<string, unknown>) => PaneSettings;

export async function loadSettingsReader(): Promise<SettingsReader> {
  const { parsePaneSettings } = await import(/* webpackChunkName: "core" */ "../settings/readStoredSettings");
  return parsePaneSettings;
}

/** The core's check pipeline as the pane runs it (readWorkbookPlan.ts): reading, rules and scores. */
export function loadPlanCheck(): Promise<typeof import("./readWorkbookPlan")> {
  return import(/* webpackChunkName: "core" */ "./readWorkbookPlan");
}

/** The sheets the pane writes: «Crea riepilogo», «Scrivi regole di valutazione», «Inserisci modello». */
export function loadSheetBuilders(): Promise<typeof import("./sheetBuilders")> {
  return import("./sheetBuilders");
}

/** "Carica esempio": the seed plan (Brescia 2020) as sheets, built from the fixture. */
export async function loadExampleSheets(): Promise<SheetContent[]> {
  const [{ buildExamplePlanSheets }, fixture] = await Promise.all([
    import(/* webpackChunkName: "example" */ "../../core/example/buildExamplePlanSheets"),
    import(/* webpackChunkName: "example" */ "../../../assets/plan-2020.json"),
  ]);
  return buildExamplePlanSheets(fixture.default as unknown as PlanFixture);
}

/** Starts fetching a chunk that will be needed soon; a failure shows later, where it is awaited. */
export function preload(loader: () => Promise<unknown>): void {
  loader().catch(() => undefined);
}
