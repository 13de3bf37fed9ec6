/**
 * In the shared runtime the pane's page is loaded with every workbook that uses PERF
 * formulas, pane hidden. The session then reads nothing until the pane is shown, and does not
 * watch the workbook's edits while it is hidden. Counted in calls to the workbook, not in time.
 */
import type { WorkbookChange } from "../../../src/port/workbookPort";
import type { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import type { PaneVisibility } from "../../../src/taskpane/session/sharedRuntime";
import { PlanSession } from "../../../src/taskpane/session/planSession";
import { exampleWorkbook } from "../support/exampleWorkbook";

/** A visibility Office would report: shown or hidden by the test. */
function manualVisibility(initiallyVisible: boolean): PaneVisibility & { set(visible: boolean): void } {
  let visible = initiallyVisible;
  const listeners = new Set<(visible: boolean) => void>();
  return {
    visible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      visible = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

/** How many edit subscriptions the workbook holds now. */
function countSubscriptions(workbook: MemoryWorkbook): { active: () => number } {
  let active = 0;
  const subscribe = workbook.onChanged.bind(workbook);
  jest.spyOn(workbook, "onChanged").mockImplementation((listener: (change: WorkbookChange) => void) => {
    const stop = subscribe(listener);
    active += 1;
    return () => {
      active -= 1;
      stop();
    };
  });
  return { active: () => active };
}

/** Resolves once the session has left "starting" (the shown pane's first read is asynchronous). */
function settled(session: PlanSession): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (session.state.view.status !== "starting") {
        stop();
        resolve();
      }
    };
    const stop = session.store.subscribe(check);
    check();
  });
}

describe("a pane loaded hidden by the shared runtime", () => {
  it("reads neither settings nor sheets until it is shown, then starts once", async () => {
    const workbook = exampleWorkbook();
    const reads = jest.spyOn(workbook, "readSheets");
    const settings = jest.spyOn(workbook, "loadSettings");
    const visibility = manualVisibility(false);
    const session = new PlanSession({ port: workbook, visibility });

    await session.start();
    expect(reads).not.toHaveBeenCalled();
    expect(settings).not.toHaveBeenCalled();

    visibility.set(true);
    await settled(session);
    expect(session.state.view.status).toBe("ready");
    expect(reads).toHaveBeenCalledTimes(1);
    expect(settings).toHaveBeenCalledTimes(1);
    session.dispose();
  });

  it("stops watching edits while hidden and watches again when shown", async () => {
    const workbook = exampleWorkbook({ revalidateOnChange: true });
    const subscriptions = countSubscriptions(workbook);
    const visibility = manualVisibility(true);
    const session = new PlanSession({ port: workbook, visibility });
    await session.start();
    expect(subscriptions.active()).toBe(1);

    visibility.set(false);
    expect(subscriptions.active()).toBe(0);
    const validations = jest.spyOn(session, "validate");
    workbook.editCell("Indicatori", "L6", 10);
    expect(validations).not.toHaveBeenCalled();

    visibility.set(true);
    expect(subscriptions.active()).toBe(1);
    session.dispose();
    expect(subscriptions.active()).toBe(0);
  });

  it("on screen from the start, starts at once as before", async () => {
    const workbook = exampleWorkbook();
    const reads = jest.spyOn(workbook, "readSheets");
    const session = new PlanSession({ port: workbook, visibility: manualVisibility(true) });
    await session.start();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(session.state.view.status).toBe("ready");
  });
});
