import type { WorkbookChange, WorkbookPort } from "../../port/workbookPort";

/**
 * Calls `onQuiet` once the user has stopped editing for `delayMs`: a burst of
 * edits (a paste, typing down a column) triggers one re-validation, not many.
 * Changes to sheets `ignore` says are the add-in's own are not edits.
 * Returns a function that stops watching; a port without `onChanged` is not watched.
 */
export function watchChanges(
  port: WorkbookPort,
  delayMs: number,
  ignore: (change: WorkbookChange) => boolean,
  onQuiet: () => void,
): () => void {
  if (!port.onChanged) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = port.onChanged((change) => {
    if (ignore(change)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onQuiet();
    }, delayMs);
  });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
