/**
 * Whether the task pane is on screen. The add-in runs in a shared runtime with
 * lifetime="long" (manifest.xml): the pane's page is loaded with the workbook as soon as
 * a PERF formula needs the functions, and it stays loaded when the user closes the pane.
 * The pane must then do nothing heavy (read every sheet, re-validate on every edit) until
 * it is shown, and stop watching the workbook while it is hidden.
 *
 * Office tells a shared runtime when its task pane is shown or hidden with
 * Office.addin.onVisibilityModeChanged (SharedRuntime 1.1; visibilityMode "Taskpane" or
 * "Hidden": https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1),
 * "Show or hide the task pane of your Office Add-in",
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). It offers no
 * getter for the current mode, so the page's own visibility (document.visibilityState) is
 * the first answer, corrected by every event.
 */

export interface PaneVisibility {
  /** Whether the pane is shown now. */
  visible(): boolean;
  /** Calls `listener` each time the pane is shown (true) or hidden (false); returns a function that stops. */
  onChange(listener: (visible: boolean) => void): () => void;
}

/** A pane always on screen: the browser preview, and tests that are not about visibility. */
export const ALWAYS_VISIBLE: PaneVisibility = {
  visible: () => true,
  onChange: () => () => undefined,
};

interface VisibilityArgs {
  visibilityMode?: string;
}

interface OfficeAddin {
  onVisibilityModeChanged?: (handler: (args: VisibilityArgs) => void) => Promise<() => Promise<void>>;
}

/** The pane's visibility as Office reports it; always visible where Office cannot say. */
export function officeVisibility(): PaneVisibility {
  const addin = (typeof Office === "undefined" ? undefined : (Office as unknown as { addin?: OfficeAddin }).addin) ?? undefined;
  if (!addin?.onVisibilityModeChanged) return ALWAYS_VISIBLE;
  let visible = typeof document === "undefined" || document.visibilityState !== "hidden";
  const listeners = new Set<(visible: boolean) => void>();
  void addin
    .onVisibilityModeChanged((args) => {
      visible = args.visibilityMode !== "Hidden";
      for (const listener of [...listeners]) listener(visible);
    })
    .catch(() => undefined);
  return {
    visible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
