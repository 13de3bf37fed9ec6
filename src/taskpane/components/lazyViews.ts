/**
 * The pane's views that are not needed for its first paint, each in a chunk of its own
 * (webpack splits at every import() below), fetched from the add-in's own origin after the
 * pane has painted. Pane.tsx renders them under <Suspense> and preloads them early enough
 * that, in practice, the fallback never shows: the validation's progress bar and the results
 * (accordion of anomalies, filters), once the first read of the workbook is over, before the
 * user can click "Valida piano".
 *
 * The messages (MessageBar) stay in the first bundle: the error boundary needs them to say
 * that a chunk could not be loaded.
 *
 * The settings form is loaded when first opened (Pane.tsx), the core in coreChunks.ts.
 */
import { preloadableLazy } from "./preloadableLazy";

export const LazyValidationProgress = preloadableLazy(() => import("./ValidationProgress").then((module) => module.ValidationProgress));
export const LazyResultsView = preloadableLazy(() => import("./ResultsView").then((module) => module.ResultsView));

/** Once the workbook has been read: what a validation shows. */
export function preloadValidationViews(): void {
  LazyValidationProgress.preload();
  LazyResultsView.preload();
}
