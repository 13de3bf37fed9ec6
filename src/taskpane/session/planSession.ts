import type { Anomaly, Severity } from "../../core/rules/anomaly";
import type { SheetContent } from "../../core/report/sheetContent";
import { isReportSheetName } from "../../core/reportSheets";
import type { WorkbookChange, WorkbookPort } from "../../port/workbookPort";
import { defaultPaneSettings, serializePaneSettings, type PaneSettings } from "../settings/paneSettings";
import { loadExampleSheets, loadPlanCheck, loadSettingsReader, loadSheetBuilders, preload } from "./coreChunks";
import { stepAnomaly, type Grouping } from "./anomalyGroups";
import { describeFailure } from "./describeFailure";
import { ALWAYS_VISIBLE, type PaneVisibility, type RibbonCommands } from "./sharedRuntime";
import { runValidation, yieldToEventLoop } from "./runValidation";
import { initialSessionState, SessionStore, type PaneAction, type PaneFailure, type PaneNotice, type SessionState } from "./sessionState";
import { insertNewSheets, noticeForWrite, writeSheets } from "./writeSheets";
import type { Locale } from "../../core/wording/addinLanguage";

export interface PlanSessionOptions {
  port: WorkbookPort;
  /** Awaited between validation phases (default: one turn of the event loop). */
  pause?: () => Promise<void>;
  /** Quiet time after the last edit before validating again (default 1500 ms). */
  revalidateDelayMs?: number;
  /** The example plan's sheets (default: built lazily from the seed fixture). */
  exampleSheets?: () => Promise<SheetContent[]>;
  /**
   * Whether the pane is on screen (default: always). Hidden, the session reads nothing and
   * watches no edits; it starts when first shown and watches again when shown again.
   */
  visibility?: PaneVisibility;
  /** The ribbon's commands: «Valida piano» validates, highlights and shows the results (none in the preview). */
  commands?: RibbonCommands;
}

/**
 * The pane's controller: one state (see `SessionState`) and the actions that
 * move it, with no React and no Office in sight, so every state is testable
 * with an in-memory workbook. React renders `store.getState()`.
 */
export class PlanSession {
  readonly store = new SessionStore<SessionState>(initialSessionState(defaultPaneSettings()));
  private readonly port: WorkbookPort;
  private readonly pause: () => Promise<void>;
  private readonly revalidateDelayMs: number;
  private readonly exampleSheets: () => Promise<SheetContent[]>;
  private readonly ownSheets = new Set<string>();
  private stopWatching: () => void = () => undefined;
  private readonly visibility: PaneVisibility;
  private stopFollowingVisibility: (() => void) | null = null;
  /** start() was called while the pane was hidden: it runs when the pane is shown. */
  private startPending = false;
  /** The start under way, if any: a second start() waits for it instead of reading twice. */
  private startRun: Promise<void> | null = null;
  private stopCommands: () => void = () => undefined;
  /** The user asked to stop the validation under way. */
  private cancelRequested = false;

  constructor(options: PlanSessionOptions) {
    this.port = options.port;
    this.pause = options.pause ?? yieldToEventLoop;
    this.revalidateDelayMs = options.revalidateDelayMs ?? 1500;
    this.exampleSheets = options.exampleSheets ?? loadExampleSheets;
    this.visibility = options.visibility ?? ALWAYS_VISIBLE;
    if (options.commands) this.stopCommands = options.commands.onValidate(() => this.validateFromRibbon());
  }

  get state(): SessionState {
    return this.store.getState();
  }

  /**
   * Loads the saved settings, then reads the sheets and shows what plan was found; while the
   * pane is hidden (the shared runtime loaded it for the functions), waits until it is shown.
   */
  async start(options: { evenIfHidden?: boolean } = {}): Promise<void> {
    this.followVisibility();
    if (!this.visibility.visible() && !options.evenIfHidden) {
      this.startPending = true;
      return;
    }
    this.startPending = false;
    if (this.startRun) return this.startRun;
    this.startRun = this.startNow().finally(() => {
      this.startRun = null;
    });
    return this.startRun;
  }

  /**
   * The ribbon's «Valida piano»: validates at once (starting first if the pane never did),
   * highlights the anomalous cells, and leaves the pane on the results.
   */
  async validateFromRibbon(): Promise<void> {
    if (this.startRun) await this.startRun;
    else if (this.startPending || this.state.view.status === "starting") await this.start({ evenIfHidden: true });
    await this.validate();
    const view = this.state.view;
    if (view.status === "results" && !view.validation.highlighted) await this.toggleHighlights();
  }

  private async startNow(): Promise<void> {
    // The core's chunks come while Excel reads the settings and the sheets.
    preload(loadSettingsReader);
    preload(loadPlanCheck);
    const loaded = await loadDocumentSettings(this.port, this.state.settings);
    if (!loaded.ok) {
      this.set({ view: { status: "error", failure: loaded.failure } });
      return;
    }
    const { settings, notice } = loaded;
    this.set({ settings, notice, view: { status: "starting" } });
    this.watch();
    await this.refresh();
  }

  /** Reads the sheets again and shows the plan's summary (or how to start). */
  async refresh(): Promise<void> {
    try {
      // The check pipeline's chunk holds "Valida piano"'s code too: with a plan in view, it is already there.
      const [grids, { readWorkbookPlan }] = await Promise.all([this.port.readSheets(), loadPlanCheck()]);
      const reading = readWorkbookPlan(grids, this.state.settings);
      this.set({
        view: reading.ok
          ? { status: "ready", overview: reading.overview }
          : { status: "noPlan", sheets: reading.sheets, reason: reading.reason, recognition: reading.recognition },
      });
    } catch (error) {
      this.set({ view: { status: "error", failure: describeFailure("read", error) } });
    }
  }

  /** "Valida piano"; «Annulla» (cancelValidation) puts the pane back as it was before. */
  validate(): Promise<void> {
    return this.exclusive("validate", async () => {
      const before = { view: this.state.view, selected: this.state.selected };
      this.cancelRequested = false;
      this.set({ notice: null, selected: null });
      const run = await runValidation(this.port, this.state.settings, {
        onPhase: (phase, step, steps) => this.set({ view: { status: "validating", phase, step, steps } }),
        pause: this.pause,
        cancelled: () => this.cancelRequested,
      });
      this.cancelRequested = false;
      if (run.kind === "cancelled") this.set({ ...before, notice: { intent: "warning", key: "notice.validationCancelled" } });
      else if (run.kind === "failed") this.set({ view: { status: "error", failure: run.failure } });
      else if (run.kind === "noPlan") this.set({ view: { status: "noPlan", sheets: run.sheets, reason: run.reason, recognition: run.recognition } });
      else {
        this.set({ view: { status: "results", overview: run.overview, validation: run.validation } });
        if (run.rulesProblems.length > 0) this.set({ notice: { intent: "warning", key: "notice.rulesSheetProblems", params: { problems: run.rulesProblems.join(" ") } } });
        if (run.highlightFailure) this.set({ notice: { intent: "error", failure: run.highlightFailure } });
      }
    });
  }

  /** «Annulla» during a validation: it stops at its next pause, before writing anything. */
  cancelValidation(): void {
    const view = this.state.view;
    if (view.status !== "validating" || this.cancelRequested) return;
    this.cancelRequested = true;
    this.set({ view: { ...view, cancelling: true } });
  }

  /** "Rimuovi evidenziazioni" / "Evidenzia celle". */
  toggleHighlights(): Promise<void> {
    return this.exclusive("highlights", async () => {
      const view = this.state.view;
      if (view.status !== "results") return;
      const highlighted = view.validation.highlighted;
      try {
        if (highlighted) await this.port.clearHighlights();
        else await this.port.applyHighlights(view.validation.anomalies);
      } catch (error) {
        this.set({ notice: { intent: "error", failure: describeFailure(highlighted ? "clear" : "highlight", error) } });
        return;
      }
      this.set({
        view: { ...view, validation: { ...view.validation, highlighted: !highlighted } },
        notice: { intent: "success", key: highlighted ? "notice.highlightsCleared" : "notice.highlightsApplied" },
      });
    });
  }

  /** "Crea riepilogo": the Riepilogo and Anomalie sheets from the last validation, the Anomalie sheet in the pane's language. */
  createSummary(locale: Locale = "it"): Promise<void> {
    return this.exclusive("summary", async () => {
      const view = this.state.view;
      if (view.status !== "results") return;
      let sheets;
      try {
        sheets = (await loadSheetBuilders()).buildReportSheets(view.validation, locale);
      } catch (error) {
        this.set({ notice: { intent: "error", failure: describeFailure("write", error) } });
        return;
      }
      sheets.forEach((sheet) => this.ownSheets.add(sheet.name));
      this.set({ notice: noticeForWrite(await writeSheets(this.port, sheets, false), "notice.summaryCreated") });
    });
  }

  /**
   * "Scrivi regole di valutazione": the «Regole di valutazione» sheet from the settings in force (the
   * pane's, with the sheet's own rows over them when it exists), replacing only a sheet the add-in wrote.
   */
  writeRulesSheet(): Promise<void> {
    return this.exclusive("summary", async () => {
      let sheet;
      try {
        const [grids, builders] = await Promise.all([this.port.readSheets(), loadSheetBuilders()]);
        sheet = builders.rulesSheet(grids, this.state.settings.validation);
      } catch (error) {
        this.set({ notice: { intent: "error", failure: describeFailure("write", error) } });
        return;
      }
      this.ownSheets.add(sheet.name);
      try {
        await this.port.writeSheet(sheet, { replace: true });
        this.set({ notice: { intent: "success", key: "notice.rulesSheetWritten" } });
      } catch (error) {
        this.set({ notice: { intent: "error", failure: describeFailure("write", error) } });
      }
    });
  }

  /** "Inserisci modello". */
  insertTemplate(): Promise<void> {
    return this.exclusive("template", async () => {
      this.set({ notice: await insertNewSheets(this.port, async () => (await loadSheetBuilders()).buildTemplate(), "notice.templateInserted") });
      await this.refresh();
    });
  }

  /** "Carica esempio": the seed plan, loaded on demand so that the pane starts light. */
  loadExample(): Promise<void> {
    return this.exclusive("example", async () => {
      this.set({ notice: await insertNewSheets(this.port, this.exampleSheets, "notice.exampleLoaded") });
      await this.refresh();
    });
  }

  /** Saves the settings in the document, then shows the plan (or the validation) again under them. */
  async saveSettings(settings: PaneSettings): Promise<void> {
    let revalidate = false;
    await this.exclusive("settings", async () => {
      try {
        await this.port.saveSettings(serializePaneSettings(settings));
      } catch (error) {
        this.set({ notice: { intent: "error", failure: describeFailure("settings", error) } });
        return;
      }
      revalidate = this.state.view.status === "results";
      this.set({ settings, notice: { intent: "success", key: "notice.settingsSaved" } });
      this.watch();
      if (!revalidate) await this.refresh();
    });
    if (!revalidate) return;
    await this.validate();
    if (!this.state.notice) this.set({ notice: { intent: "success", key: "notice.settingsSaved" } });
  }

  /** Goes to the anomaly's cell in the workbook. */
  async selectAnomaly(anomaly: Anomaly): Promise<void> {
    this.set({ selected: anomaly });
    try {
      await this.port.selectCell(anomaly.sheet, anomaly.cell);
    } catch (error) {
      this.set({ notice: { intent: "error", failure: describeFailure("select", error) } });
    }
  }

  setFilter(severity: Severity, shown: boolean): void {
    this.set({ filter: { ...this.state.filter, [severity]: shown } });
  }

  /** Groups the anomaly list by objective or by rule. */
  setGrouping(grouping: Grouping): void {
    if (grouping !== this.state.grouping) this.set({ grouping });
  }

  /** «Anomalia successiva / precedente»: selects the next (or previous) anomaly's cell among those shown. */
  async stepAnomaly(direction: 1 | -1): Promise<void> {
    const view = this.state.view;
    if (view.status !== "results") return;
    const next = stepAnomaly(view.validation.groups[this.state.grouping], this.state.filter, this.state.selected, direction);
    if (next) await this.selectAnomaly(next);
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  dispose(): void {
    this.stopWatching();
    this.stopCommands();
    this.stopFollowingVisibility?.();
    this.stopFollowingVisibility = null;
  }

  /** Shown: start if start() waited, or watch edits again. Hidden: stop watching. */
  private followVisibility(): void {
    if (this.stopFollowingVisibility) return;
    this.stopFollowingVisibility = this.visibility.onChange((visible) => {
      if (!visible) {
        this.stopWatching();
        this.stopWatching = () => undefined;
      } else if (this.startPending) {
        void this.start();
      } else if (this.state.view.status !== "starting") {
        this.watch();
      }
    });
  }

  /** Re-validation on edits, when the settings ask for it and the pane is on screen. */
  private watch(): void {
    this.stopWatching();
    this.stopWatching = () => undefined;
    if (!this.state.settings.revalidateOnChange || !this.visibility.visible()) return;
    this.stopWatching = watchChanges(
      this.port,
      this.revalidateDelayMs,
      (change) => this.ownSheets.has(change.sheet) || isReportSheetName(change.sheet),
      () => {
        const status = this.state.view.status;
        if (status === "ready" || status === "results") void this.validate();
      },
    );
  }

  /** Runs one action at a time; a second click while busy does nothing. */
  private async exclusive(action: PaneAction, run: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: action });
    try {
      await run();
    } catch (error) {
      this.set({ view: { status: "error", failure: describeFailure("internal", error) } });
    } finally {
      this.set({ busy: null });
    }
  }

  private set(patch: Partial<SessionState>): void {
    this.store.update((previous) => ({ ...previous, ...patch }));
  }
}

type SettingsLoad =
  | { ok: true; settings: PaneSettings; notice: PaneNotice | null }
  | { ok: false; failure: PaneFailure };

/**
 * The settings saved in the document, read when the pane starts. A record that cannot be read
 * leaves the current settings in place with a warning (the pane still works, on defaults); a
 * damaged record is repaired value by value by the reader. Only the reader's own chunk failing
 * to load (see coreChunks.ts) stops the start, as an internal failure the user can retry.
 */
async function loadDocumentSettings(port: WorkbookPort, current: PaneSettings): Promise<SettingsLoad> {
  let stored: Record<string, unknown>;
  try {
    stored = await port.loadSettings();
  } catch {
    return { ok: true, settings: current, notice: { intent: "warning", key: "notice.settingsUnreadable" } };
  }
  try {
    const parsePaneSettings = await loadSettingsReader();
    return { ok: true, settings: parsePaneSettings(stored), notice: null };
  } catch (error) {
    return { ok: false, failure: describeFailure("internal", error) };
  }
}

/**
 * Calls `onQuiet` once the user has stopped editing for `delayMs`: a burst of
 * edits (a paste, typing down a column) triggers one re-validation, not many.
 * Changes to sheets `ignore` says are the add-in's own are not edits.
 * Returns a function that stops watching; a port without `onChanged` is not watched.
 */
function watchChanges(
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
