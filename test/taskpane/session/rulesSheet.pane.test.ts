/**
 * The «Regole di valutazione» sheet in the pane: written on request from the settings in force,
 * read back as the plan's own profile at the next validation (its rows over the pane's settings),
 * its bad values shown, never silently dropped; its reward rules («Premi» rows and the people's
 * table) turned into the «Premi» tables of «Crea riepilogo».
 */
import { PlanSession } from "../../../src/taskpane/session/planSession";
import type { SessionState } from "../../../src/taskpane/session/sessionState";
import { exampleWorkbook } from "../support/exampleWorkbook";
import type { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";

const RULES_SHEET = "Regole di valutazione";

/** The rows of a sheet of the workbook, as Excel returns them. */
function sheetRows(workbook: MemoryWorkbook, name: string): unknown[][] {
  return workbook.snapshot().grids.find((g) => g.sheet === name)?.values ?? [];
}

/** The sheet the pane wrote, with some rows set by hand and people added under the table's header. */
async function editRulesSheet(workbook: MemoryWorkbook, values: Record<string, string>, people: unknown[][] = []): Promise<void> {
  const rows = sheetRows(workbook, RULES_SHEET).map((row) => {
    const label = row[0];
    return typeof label === "string" && label in values ? [label, values[label], row[2]] : row;
  });
  await workbook.writeSheet({ name: RULES_SHEET, rows: [...rows, ...people] as (string | number | null)[][] }, { replace: true });
}

/** A validated session on the example plan, with the «Regole di valutazione» sheet written by the pane. */
async function sessionWithRulesSheet(): Promise<{ workbook: MemoryWorkbook; session: PlanSession }> {
  const workbook = exampleWorkbook();
  const session = new PlanSession({ port: workbook });
  await session.start();
  await session.validate();
  await session.writeRulesSheet();
  return { workbook, session };
}

const ZILETTI = "dr Massimo Ziletti";

function resultsOf(state: SessionState) {
  if (state.view.status !== "results") throw new Error(`not results: ${state.view.status}`);
  return state.view.validation;
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

  describe("with reward rules in the sheet", () => {
    it("adds the «Premi» tables to «Crea riepilogo», as perf-check does", async () => {
      const { workbook, session } = await sessionWithRulesSheet();
      await session.createSummary();
      const firstColumn = (rows: unknown[][]) => rows.map((row) => row[0]);
      expect(firstColumn(sheetRows(workbook, "Riepilogo"))).not.toContain("Premi");

      await editRulesSheet(workbook, { Premi: "60% → proporzionale; 95% → 100%", Fondo: "3.106 € x 5 punti" }, [[ZILETTI, 0.4], ["dr.ssa Antonella Vairano", "30%"]]);
      await session.validate();
      expect(session.state.notice).toBeNull();
      expect(resultsOf(session.state).rewardRules?.people.map((person) => person.name)).toEqual([ZILETTI, "dr.ssa Antonella Vairano"]);
      await session.createSummary();
      const summary = sheetRows(workbook, "Riepilogo");
      expect(firstColumn(summary)).toEqual(expect.arrayContaining(["Premi", "Distribuzione per classi di punteggio"]));
      // Ziletti 99,63% → 100% of 40% × € 15.530,00; Vairano 99,85% → 100% of 30%.
      expect(summary.find((row) => row[0] === ZILETTI && row.includes(6212))).toBeDefined();
      expect(firstColumn(summary)).toContain("Gli importi rientrano nel fondo: distribuiti € 10.871,00 su € 15.530,00.");
    });

    it("writes the sheet again with the reward rules it read, as a clerk reads them", async () => {
      const { workbook, session } = await sessionWithRulesSheet();
      await editRulesSheet(workbook, { Premi: "90% -> 60% + 1% per punto", Classi: "60%;90%" }, [[ZILETTI, null, 1000, 0.9]]);
      await session.writeRulesSheet();
      const rows = sheetRows(workbook, RULES_SHEET);
      const valueOf = (label: string) => rows.find((row) => row[0] === label)?.[1];
      expect([valueOf("Premi"), valueOf("Fondo"), valueOf("Ripartizione"), valueOf("Classi")]).toEqual(["90% → 60% + 1% per punto", "", "quota", "90%; 60%"]);
      expect(rows.at(-1)).toEqual([ZILETTI, "", "€ 1.000,00", "0,9", ""]);
    });

    it("shows wrong reward rules after validating, leaves «Premi» out, and keeps them as written when the sheet is written again", async () => {
      const { workbook, session } = await sessionWithRulesSheet();
      await editRulesSheet(workbook, { Premi: "60% → 80%; 90% → 70%" });
      await session.validate();
      expect(session.state.notice).toMatchObject({
        intent: "warning",
        key: "notice.rulesSheetProblems",
        params: { problems: "Fasce dei premi non valide: la 2ª fascia (da 90%) dà 70%, meno dell'80% a cui arriva la 1ª fascia: un punteggio più alto non può avere una quota più bassa." },
      });
      expect(resultsOf(session.state).rewardRules).toBeNull();
      await session.createSummary();
      expect(sheetRows(workbook, "Riepilogo").map((row) => row[0])).not.toContain("Premi");
      await session.writeRulesSheet();
      expect(sheetRows(workbook, RULES_SHEET).find((row) => row[0] === "Premi")?.[1]).toBe("60% → 80%; 90% → 70%");
    });
  });
});
