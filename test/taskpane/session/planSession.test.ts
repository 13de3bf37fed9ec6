import { WorkbookError } from "../../../src/port/workbookError";
import { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { exampleWorkbook, manualPause, workbookWithoutPlan } from "../support/exampleWorkbook";
import { renderMessage } from "../../../src/core/wording/renderMessage";
import { viewOf, startedSession } from "../support/sessionViews";

describe("the pane's session", () => {
  it("opens on a summary of the plan found: sheets, objectives, indicators and the detected reporting date", async () => {
    const session = await startedSession(exampleWorkbook());
    const { overview } = viewOf(session.state, "ready");
    expect(overview.planSheets).toEqual(["Obiettivi", "Indicatori", "Pesi", "Revisioni"]);
    expect(overview.strategicObjectives + overview.operationalObjectives).toBe(17);
    expect(overview.indicators).toBe(43);
    expect(overview).toMatchObject({ period: "30/6", periodDetected: true });
  });

  it("explains why no plan was found instead of showing nothing", async () => {
    const session = await startedSession(workbookWithoutPlan());
    const view = viewOf(session.state, "noPlan");
    expect(view.sheets).toEqual(["Foglio1"]);
    expect(view.reason).toContain("Nessun piano trovato");
  });

  it("goes through read, validate, score, prepare and highlight, then shows the anomalies, highlighted", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    const phases: string[] = [];
    session.store.subscribe(() => {
      const view = session.state.view;
      if (view.status === "validating") phases.push(`${view.step}/${view.steps} ${view.phase}`);
    });
    await session.validate();
    expect([...new Set(phases)]).toEqual(["1/5 read", "2/5 validate", "3/5 score", "4/5 prepare", "5/5 highlight"]);
    const { validation } = viewOf(session.state, "results");
    expect(validation.anomalies.length).toBeGreaterThan(0);
    expect(validation.highlighted).toBe(true);
    const highlighted = workbook.snapshot().highlights.map((h) => `${h.sheet}!${h.address}`);
    for (const anomaly of validation.anomalies) expect(highlighted).toContain(`${anomaly.sheet}!${anomaly.cell}`);
    expect(session.state.busy).toBeNull();
  });

  it("skips the highlight step when the settings turn highlighting off", async () => {
    const workbook = exampleWorkbook({ highlightOnValidate: false });
    const session = await startedSession(workbook);
    await session.validate();
    expect(viewOf(session.state, "results").validation.highlighted).toBe(false);
    expect(workbook.snapshot().highlights).toEqual([]);
  });

  it("removes the highlights and puts them back on request", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    await session.toggleHighlights();
    expect(workbook.snapshot().highlights).toEqual([]);
    expect(session.state.notice).toMatchObject({ intent: "success", key: "notice.highlightsCleared" });
    await session.toggleHighlights();
    expect(workbook.snapshot().highlights.length).toBeGreaterThan(0);
  });

  it("selects an anomaly's cell in the workbook", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    const anomaly = viewOf(session.state, "results").validation.anomalies[1];
    if (!anomaly) throw new Error("the example has anomalies");
    await session.selectAnomaly(anomaly);
    expect(workbook.snapshot().selection).toEqual({ sheet: anomaly.sheet, address: anomaly.cell });
    expect(session.state.selected).toBe(anomaly);
  });

  it("writes the Riepilogo and Anomalie sheets, with one Anomalie row per anomaly", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    await session.createSummary();
    const { grids, writtenSheets } = workbook.snapshot();
    expect(writtenSheets).toEqual(["Riepilogo", "Anomalie"]);
    const anomalies = grids.find((grid) => grid.sheet === "Anomalie");
    expect(anomalies?.values.length).toBe(viewOf(session.state, "results").validation.anomalies.length + 1);
    await session.createSummary();
    expect(session.state.notice).toMatchObject({ intent: "success", key: "notice.summaryCreated" });
  });

  it.each([
    ["it", "Gravità"],
    ["en", "Severity"],
  ] as const)("writes the Anomalie sheet in the pane's language (%s: first header «%s»), its messages too", async (locale, firstHeader) => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    await session.createSummary(locale);
    const anomalies = workbook.snapshot().grids.find((grid) => grid.sheet === "Anomalie");
    expect(anomalies?.values[0]?.[0]).toBe(firstHeader);
    const first = viewOf(session.state, "results").validation.anomalies[0];
    if (!first) throw new Error("the example has anomalies");
    expect(anomalies?.values.flat()).toContain(renderMessage(first, locale).message);
  });

  it("inserts the template into an empty workbook and the example next to unrelated sheets", async () => {
    const workbook = new MemoryWorkbook([]);
    const session = await startedSession(workbook);
    await session.insertTemplate();
    expect(workbook.snapshot().writtenSheets.length).toBeGreaterThan(0);
    expect(session.state.notice).toMatchObject({ intent: "success", key: "notice.templateInserted" });

    const other = workbookWithoutPlan();
    const second = await startedSession(other);
    await second.loadExample();
    expect(viewOf(second.state, "ready").overview.indicators).toBe(43);
  });

  it("never replaces the user's sheets when loading the example", async () => {
    const workbook = exampleWorkbook();
    const before = workbook.snapshot().grids;
    const session = await startedSession(workbook);
    await session.loadExample();
    expect(session.state.notice).toMatchObject({ intent: "warning", key: "notice.sheetsExist" });
    expect(workbook.snapshot().grids).toEqual(before);
  });

  it.each([
    ["a WorkbookError", new WorkbookError("accessDenied", "La cartella è protetta."), "hint.protected", "La cartella è protetta."],
    ["an Office error", { code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }, "hint.busy", "InvalidOperationInCellEditMode: Cell edit mode"],
    ["a bare string", "timeout", undefined, "timeout"],
  ])("turns %s from readSheets into a readable failure", async (_kind, error, hint, detail) => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    jest.spyOn(workbook, "readSheets").mockRejectedValue(error);
    await session.validate();
    const { failure } = viewOf(session.state, "error");
    expect(failure).toEqual(hint ? { operation: "read", hint, detail } : { operation: "read", detail });
  });

  it("keeps the results when highlighting fails, and says so", async () => {
    const workbook = exampleWorkbook();
    jest.spyOn(workbook, "applyHighlights").mockRejectedValue(new WorkbookError("payloadTooLarge", "Troppe celle."));
    const session = await startedSession(workbook);
    await session.validate();
    expect(viewOf(session.state, "results").validation.highlighted).toBe(false);
    expect(session.state.notice).toEqual({ intent: "error", failure: { operation: "highlight", hint: "hint.tooLarge", detail: "Troppe celle." } });
  });

  it("starts with the default settings, and says so, when the saved ones cannot be read", async () => {
    const workbook = exampleWorkbook();
    jest.spyOn(workbook, "loadSettings").mockRejectedValue(new Error("corrupt"));
    const session = await startedSession(workbook);
    expect(session.state.notice).toMatchObject({ intent: "warning", key: "notice.settingsUnreadable" });
    expect(session.state.view.status).toBe("ready");
  });

  it("saves the settings through the port and validates again under them", async () => {
    const workbook = exampleWorkbook();
    const session = await startedSession(workbook);
    await session.validate();
    const before = viewOf(session.state, "results").validation.anomalies.length;
    const settings = session.state.settings;
    const rules = { ...settings.validation.rules, "target-sotto-baseline": "off" as const };
    await session.saveSettings({ ...settings, validation: { ...settings.validation, rules } });
    expect(workbook.snapshot().settings).toMatchObject({ validation: { rules: { "target-sotto-baseline": "off" } } });
    const after = viewOf(session.state, "results").validation.anomalies;
    expect(after.some((anomaly) => anomaly.rule === "target-sotto-baseline")).toBe(false);
    expect(after.length).toBeLessThan(before);
    expect(session.state.notice).toMatchObject({ key: "notice.settingsSaved" });
  });

  it("does nothing on a second click while an action runs", async () => {
    const gate = manualPause();
    const workbook = exampleWorkbook();
    const read = jest.spyOn(workbook, "readSheets");
    const session = await startedSession(workbook, { pause: gate.pause });
    read.mockClear();
    const first = session.validate();
    expect(gate.waiting()).toBe(1);
    await session.validate();
    expect(session.state.busy).toBe("validate");
    gate.open();
    await first;
    expect(read).toHaveBeenCalledTimes(1);
    expect(session.state.view.status).toBe("results");
  });

  describe("on the user's edits (fake timers: the quiet time passes without waiting)", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("validates again once the user has stopped editing for the quiet time, once for a burst of edits", async () => {
      const workbook = exampleWorkbook({ revalidateOnChange: true });
      const session = await startedSession(workbook, { revalidateDelayMs: 1500, pause: async () => undefined });
      const validations = jest.spyOn(session, "validate");
      workbook.editCell("Indicatori", "L6", 10);
      jest.advanceTimersByTime(1000);
      workbook.editCell("Indicatori", "L7", 20);
      jest.advanceTimersByTime(1499);
      expect(validations).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(validations).toHaveBeenCalledTimes(1);
      await validations.mock.results[0]?.value;
      expect(session.state.view.status).toBe("results");
      jest.advanceTimersByTime(60_000);
      expect(validations).toHaveBeenCalledTimes(1);
      session.dispose();
    });

    it("ignores edits of its own report sheets, so that writing a report never validates again", async () => {
      const workbook = exampleWorkbook({ revalidateOnChange: true });
      const session = await startedSession(workbook, { revalidateDelayMs: 1500, pause: async () => undefined });
      await session.validate();
      await session.createSummary();
      const validations = jest.spyOn(session, "validate");
      workbook.editCell("Riepilogo", "A1", "x");
      workbook.editCell("Anomalie", "A1", "x");
      expect(jest.getTimerCount()).toBe(0);
      jest.advanceTimersByTime(60_000);
      expect(validations).not.toHaveBeenCalled();
      session.dispose();
    });

    it("stops watching when disposed: a later edit validates nothing", async () => {
      const workbook = exampleWorkbook({ revalidateOnChange: true });
      const session = await startedSession(workbook, { revalidateDelayMs: 1500, pause: async () => undefined });
      const validations = jest.spyOn(session, "validate");
      workbook.editCell("Indicatori", "L6", 10);
      session.dispose();
      jest.advanceTimersByTime(60_000);
      expect(validations).not.toHaveBeenCalled();
    });
  });
});
