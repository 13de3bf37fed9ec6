/**
 * The «Regole di valutazione» sheet in the pane: written on request from the settings in force,
 * read back as the plan's own profile at the next validation (its rows over the pane's settings),
 * its bad values shown, never silently dropped.
 */
import { PlanSession } from "../../../src/taskpane/session/planSession";
import type { SessionState } from "../../../src/taskpane/session/sessionTypes";
import { exampleWorkbook } from "../support/exampleWorkbook";

function resultsOf(state: SessionState) {
  if (state.view.status !== "results") throw new Error(`not results: ${state.view.status}`);
  return state.view.outcome;
}

describe("the pane and the «Regole di valutazione» sheet", () => {
  it("writes the sheet on request, then validates under it once edited by hand", async () => {
    const workbook = exampleWorkbook();
    const session = new PlanSession({ port: workbook });
    await session.start();
    await session.validate();
    const before = resultsOf(session.state).scores.objectives.find((o) => o.code === "2.2")?.score;
    await session.writeRulesSheet();
    expect(session.state.notice).toMatchObject({ intent: "success", key: "notice.rulesSheetWritten" });
    const grid = workbook.snapshot().grids.find((g) => g.sheet === "Regole di valutazione");
    expect(grid?.values[0]?.[0]).toBe("Regole di valutazione (profilo di punteggio)");
    const rows = (grid?.values ?? []).map((row) => row.slice(0, 2));
    expect(rows).toContainEqual(["Fasce di punteggio", ""]);
    expect(rows).toContainEqual(["Aggregazione dell'obiettivo", "media-pesata"]);

    // A clerk edits it: bands from 100%, met or not met.
    const edited = rows.map((row) => (row[0] === "Fasce di punteggio" ? [row[0], "100% → 100%"] : row));
    await workbook.writeSheet({ name: "Regole di valutazione", rows: edited as (string | null)[][] }, { replace: true });
    await session.validate();
    const after = resultsOf(session.state).scores.objectives.find((o) => o.code === "2.2")?.score;
    expect(before).toBeCloseTo(0.3 + 0.25 * 0.0606 + 0.2 + 0.25, 12);
    expect(after).toBeCloseTo(0.75, 12);
    expect(session.state.notice).toBeNull();
  });

  it("shows the sheet's bad values after validating, and validates with the rest", async () => {
    const workbook = exampleWorkbook();
    const session = new PlanSession({ port: workbook });
    await session.start();
    await workbook.writeSheet({ name: "Regole di valutazione", rows: [["Regole di valutazione (profilo di punteggio)"], ["Aggregazione dell'obiettivo", "media"]] }, { replace: true });
    await session.validate();
    expect(session.state.notice).toMatchObject({
      intent: "warning",
      key: "notice.rulesSheetProblems",
      params: { problems: "«aggregazione» deve essere media-pesata o tutti-raggiunti, non «media»." },
    });
    expect(resultsOf(session.state).anomalies.length).toBeGreaterThan(0);
  });
});
