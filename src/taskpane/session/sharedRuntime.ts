/**
 * What the shared runtime hears from Office besides the pane's own buttons: whether the task pane
 * is on screen, and the ribbon's «Valida piano» command. Both come with SharedRuntime 1.1.
 */

// ---- The pane on screen or hidden ----

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

// ---- The ribbon's «Valida piano» ----

/**
 * The ribbon's «Valida piano» button as a command (ExecuteFunction) that runs in the shared
 * runtime: it validates at once, highlights the cells and opens the pane on the results, as
 * its tooltip says. The manifest names the action RIBBON_VALIDATE_ACTION; the page associates
 * it with Office.actions.associate ("Configure your Office Add-in to use a shared runtime":
 * function commands run in the same runtime as the task pane, with the FunctionFile being the
 * pane's page; https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime)
 * and opens the pane with Office.addin.showAsTaskpane (SharedRuntime 1.1,
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). Office waits for
 * `event.completed()`, called whatever happens.
 *
 * The button may be pressed before the pane's session exists (the page is still loading):
 * the press waits for the session and runs then.
 */

export const RIBBON_VALIDATE_ACTION = "validatePlan";

export interface RibbonCommands {
  /** Registers what «Valida piano» does; returns a function that unregisters it. */
  onValidate(handler: () => Promise<void>): () => void;
}

export interface OfficeCommandsApi {
  associate(actionId: string, handler: (event: { completed(): void }) => unknown): void;
  showAsTaskpane(): Promise<void>;
}

/** Commands wired to Office (or to a stand-in with the same two calls, in tests). */
export function ribbonCommands(office: OfficeCommandsApi): RibbonCommands {
  let handler: (() => Promise<void>) | null = null;
  const waiting: (() => void)[] = [];
  const nothing = (): Promise<void> => Promise.resolve();
  const ready = (): Promise<() => Promise<void>> => {
    if (handler) return Promise.resolve(handler);
    return new Promise((resolve) => {
      waiting.push(() => resolve(handler ?? nothing));
    });
  };
  office.associate(RIBBON_VALIDATE_ACTION, (event) => {
    void (async () => {
      try {
        await office.showAsTaskpane().catch(() => undefined);
        const run = await ready();
        await run();
      } finally {
        event.completed();
      }
    })();
  });
  return {
    onValidate: (registered) => {
      handler = registered;
      for (const wake of waiting.splice(0)) wake();
      return () => {
        if (handler === registered) handler = null;
      };
    },
  };
}

/** The ribbon commands over Office.js; none where Office offers no actions (outside Excel, older Office). */
export function officeRibbonCommands(): RibbonCommands | undefined {
  if (typeof Office === "undefined") return undefined;
  const office = Office as unknown as { actions?: { associate?: OfficeCommandsApi["associate"] }; addin?: { showAsTaskpane?: () => Promise<void> } };
  const associate = office.actions?.associate;
  const show = office.addin?.showAsTaskpane;
  if (!associate || !show) return undefined;
  return ribbonCommands({ associate: (id, run) => associate.call(office.actions, id, run), showAsTaskpane: () => show.call(office.addin) });
}
