/**
 * «Valida piano» on the ribbon does what its tooltip says: a command in the shared runtime
 * validates at once, highlights the cells and opens the pane on the results, even when the
 * pane was never shown, and tells Office it is done. Counted in calls, not in time.
 */
import type { PaneVisibility } from "../../../src/taskpane/session/sharedRuntime";
import { PlanSession } from "../../../src/taskpane/session/planSession";
import { RIBBON_VALIDATE_ACTION, ribbonCommands, type OfficeCommandsApi } from "../../../src/taskpane/session/sharedRuntime";
import { exampleWorkbook } from "../support/exampleWorkbook";

/** Office's side: the associated actions, how often the pane was shown, how often a command completed. */
function fakeOffice() {
  const actions = new Map<string, (event: { completed(): void }) => unknown>();
  const counts = { shown: 0, completed: 0 };
  let done: () => void = () => undefined;
  const api: OfficeCommandsApi = {
    associate: (id, handler) => {
      actions.set(id, handler);
    },
    showAsTaskpane: async () => {
      counts.shown += 1;
    },
  };
  /** Presses the button; resolves when the command has called event.completed(). */
  const press = () =>
    new Promise<void>((resolve) => {
      done = resolve;
      actions.get(RIBBON_VALIDATE_ACTION)?.({
        completed: () => {
          counts.completed += 1;
          done();
        },
      });
    });
  return { api, counts, press, actions };
}

const hidden: PaneVisibility = { visible: () => false, onChange: () => () => undefined };

describe("the ribbon's «Valida piano»", () => {
  it("is associated under the name the manifest gives it", () => {
    const office = fakeOffice();
    ribbonCommands(office.api);
    expect([...office.actions.keys()]).toEqual([RIBBON_VALIDATE_ACTION]);
  });

  it("validates at once, highlights the cells and shows the pane on the results, from a pane never shown", async () => {
    const office = fakeOffice();
    const workbook = exampleWorkbook({ highlightOnValidate: false });
    const highlights = jest.spyOn(workbook, "applyHighlights");
    const session = new PlanSession({ port: workbook, visibility: hidden, commands: ribbonCommands(office.api) });
    await session.start();
    expect(session.state.view.status).toBe("starting");

    await office.press();
    expect(office.counts).toEqual({ shown: 1, completed: 1 });
    const view = session.state.view;
    expect(view.status).toBe("results");
    expect(view.status === "results" && view.validation.highlighted).toBe(true);
    expect(view.status === "results" && view.validation.anomalies.length).toBeGreaterThan(0);
    expect(highlights).toHaveBeenCalledTimes(1);
    session.dispose();
  });

  it("pressed before the pane's session exists, runs once the session is there", async () => {
    const office = fakeOffice();
    const commands = ribbonCommands(office.api);
    const pressed = office.press();
    expect(office.counts.completed).toBe(0);
    const session = new PlanSession({ port: exampleWorkbook(), commands });
    await pressed;
    expect(office.counts.completed).toBe(1);
    expect(session.state.view.status).toBe("results");
    session.dispose();
  });

  it("tells Office it is done even when the validation fails", async () => {
    const office = fakeOffice();
    const workbook = exampleWorkbook();
    jest.spyOn(workbook, "readSheets").mockRejectedValue(new Error("Excel occupato"));
    const session = new PlanSession({ port: workbook, commands: ribbonCommands(office.api) });
    await office.press();
    expect(office.counts.completed).toBe(1);
    expect(session.state.view.status).toBe("error");
    session.dispose();
  });
});
