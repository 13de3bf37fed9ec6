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
import { type ComponentType, lazy, type LazyExoticComponent } from "react";

/** A component in a chunk of its own, rendered under <Suspense>, that can be fetched ahead of time. */
export interface PreloadableComponent<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts fetching the chunk; a failure is shown where the component renders (error boundary). */
  preload(): void;
}

type Loaded<P> = { default: ComponentType<P> };

/**
 * Like React.lazy, plus `preload()`. When the chunk arrived before the component's first
 * render, the component resolves synchronously (React.lazy accepts any thenable and reads a
 * result delivered during `then`), so the <Suspense> fallback never flashes; otherwise the
 * fallback shows until the chunk arrives, as with React.lazy.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: Loaded<P> | undefined;
  let pending: Promise<Loaded<P>> | undefined;
  const fetchChunk = (): Promise<Loaded<P>> => {
    pending ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Component = lazy(() => (loaded ? alreadyResolved(loaded) : fetchChunk()));
  return {
    Component,
    preload: () => {
      fetchChunk().catch(() => undefined);
    },
  };
}

/** A thenable that calls back at once, for React.lazy to read without suspending. */
function alreadyResolved<T>(value: T): Promise<T> {
  const thenable = {
    then(onFulfilled?: (result: T) => unknown) {
      onFulfilled?.(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<T>;
}

export const LazyValidationProgress = preloadableLazy(() => import(/* webpackChunkName: "validation-views" */ "./ResultsView").then((module) => module.ValidationProgress));
export const LazyResultsView = preloadableLazy(() => import(/* webpackChunkName: "validation-views" */ "./ResultsView").then((module) => module.ResultsView));

/** Once the workbook has been read: what a validation shows. */
export function preloadValidationViews(): void {
  LazyValidationProgress.preload();
  LazyResultsView.preload();
}
