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
