import { buildTemplateSheets } from "../../../src/core/example/templateSheets";
import { gridFromSheetContent } from "../../../src/port/gridFromSheetContent";
import { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import type { PlanSession } from "../../../src/taskpane/session/planSession";
import { verdictOf } from "../../../src/taskpane/session/anomalyGroups";
import { exampleWorkbook, manualPause } from "../support/exampleWorkbook";
import { viewOf, startedSession } from "../support/sessionViews";

/** Resolves once the session shows the given phase (the manual pause holds it there). */
async function untilPhase(session: PlanSession, gate: ReturnType<typeof manualPause>, phase: string): Promise<void> {
  for (let turn = 0; turn < 100; turn += 1) {
    const view = session.state.view;
    if (view.status === "validating" && view.phase === phase && gate.waiting() > 0) return;
    gate.release();
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`the validation never reached ${phase}`);
}

describe("the results of a validation in the pane's session", () => {
  it("says an empty template has nothing to check, never that it passes", async () => {
    const workbook = new MemoryWorkbook(buildTemplateSheets("it").map(gridFromSheetContent));
    const session = await startedSession(workbook);
    await session.validate();
    const { validation, overview } = viewOf(session.state, "results");
    expect(overview.indicators).toBe(0);
    expect(verdictOf(validation.counts, overview.indicators)).toEqual({ kind: "empty" });
  });

  it.each(["read", "validate", "score", "prepare"])("cancels at the %s step: back to the plan's summary, nothing highlighted", async (phase) => {
    const gate = manualPause();
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook, { pause: gate.pause });
    const running = session.validate();
    await untilPhase(session, gate, phase);
    session.cancelValidation();
    expect(session.state.view).toMatchObject({ status: "validating", cancelling: true });
    gate.open();
    await running;
    viewOf(session.state, "ready");
    expect(session.state.notice).toMatchObject({ intent: "warning", key: "notice.validationCancelled" });
    expect(workbook.snapshot().highlights).toEqual([]);
    expect(session.state.busy).toBeNull();
  });

  it("keeps the previous results when a new validation is cancelled", async () => {
    let gate: ReturnType<typeof manualPause> | null = null;
    const session = await startedSession(exampleWorkbook(), { pause: () => (gate ? gate.pause() : Promise.resolve()) });
    await session.validate();
    const before = viewOf(session.state, "results").validation;
    gate = manualPause();
    const running = session.validate();
    await untilPhase(session, gate, "validate");
    session.cancelValidation();
    gate.open();
    await running;
    expect(viewOf(session.state, "results").validation).toBe(before);
  });

  it("walks the anomalies with next and previous, selecting each cell in the workbook, errors first", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    const { validation } = viewOf(session.state, "results");
    const ordered = validation.groups.objective.flatMap((group) => group.anomalies);
    await session.stepAnomaly(1);
    expect(session.state.selected).toBe(ordered[0]);
    expect(session.state.selected?.severity).toBe("errore");
    expect(workbook.snapshot().selection).toEqual({ sheet: ordered[0]?.sheet, address: ordered[0]?.cell });
    await session.stepAnomaly(1);
    expect(session.state.selected).toBe(ordered[1]);
    await session.stepAnomaly(-1);
    await session.stepAnomaly(-1);
    expect(session.state.selected).toBe(ordered[ordered.length - 1]);
    expect(workbook.snapshot().selection).toEqual({ sheet: ordered[ordered.length - 1]?.sheet, address: ordered[ordered.length - 1]?.cell });
  });

  it("walks only the severities the filter shows, in the grouping chosen", async () => {
    const session = await startedSession(exampleWorkbook());
    await session.validate();
    session.setFilter("errore", false);
    session.setGrouping("rule");
    const { validation } = viewOf(session.state, "results");
    const expected = validation.groups.rule.flatMap((group) => group.anomalies).filter((anomaly) => anomaly.severity !== "errore");
    await session.stepAnomaly(1);
    await session.stepAnomaly(1);
    expect(session.state.selected).toBe(expected[1]);
  });
});
