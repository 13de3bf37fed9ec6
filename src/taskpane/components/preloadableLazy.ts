import { lazy, type ComponentType, type LazyExoticComponent } from "react";

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
