/**
 * The smallest observable store: a value, a way to change it, and listeners,
 * shaped for React's `useSyncExternalStore` and usable without React in tests.
 */
export class SessionStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  getState = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Replaces the state with `change(previous)` and tells every listener. */
  update(change: (previous: T) => T): void {
    this.value = change(this.value);
    for (const listener of [...this.listeners]) listener();
  }
}

/** Lets the browser paint and handle input between long steps, so Excel and the pane never freeze. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
