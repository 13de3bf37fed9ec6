/**
 * The pane's views that are not needed for its first paint, in one chunk named
 * "validation-views" (plus the Fluent UI parts webpack shares with the settings form's chunk),
 * fetched from the add-in's own origin after the pane has painted: the validation's progress
 * bar and the results (accordion of anomalies, filters). Pane.tsx renders them under
 * <Suspense> and preloads them once the first read of the workbook is over, before the user
 * can click "Valida piano", so that in practice the fallback never shows.
 *
 * The messages (MessageBar) stay in the first bundle: the error boundary needs them to say
 * that a chunk could not be loaded.
 *
 * The settings form is loaded when first opened (Pane.tsx), the core in coreChunks.ts.
 */
import { preloadableLazy } from "./preloadableLazy";

export const LazyValidationProgress = preloadableLazy(() => import(/* webpackChunkName: "validation-views" */ "./ValidationProgress").then((module) => module.ValidationProgress));
export const LazyResultsView = preloadableLazy(() => import(/* webpackChunkName: "validation-views" */ "./ResultsView").then((module) => module.ResultsView));

/** Once the workbook has been read: what a validation shows. */
export function preloadValidationViews(): void {
  LazyValidationProgress.preload();
  LazyResultsView.preload();
}
