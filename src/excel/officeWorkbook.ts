/**
 * The WorkbookPort over Office.js: the only class in the add-in that talks to
 * Excel. Each method is one `Excel.run` with a fixed number of syncs (see the
 * files it delegates to), and every failure leaves as a WorkbookError with an
 * Italian message.
 *
 * Syncs per call, for any plan up to the request budget (one million cells a
 * batch on every platform, under Excel's five-million-cell cap; and 4 MB a
 * request on Excel on the web, under its 5 MB cap; beyond it, one more sync per
 * further batch; a large sheet beside the plan adds 1, see readGrids.ts):
 *   listSheets 1 · readSheets(names) 2, readSheets() 3 · applyHighlights 3 ·
 *   clearHighlights 3 (2 when there is nothing to remove) · selectCell 1 ·
 *   writeSheet 2 (3 when it replaces its own earlier sheet) · loadSettings 1 (2 the
 *   one time it copies settings saved the old way) · saveSettings 1 (workbook settings,
 *   ExcelApi 1.4; without it the document settings and saveAsync, no sync).
 *
 * Minimum: ExcelApi 1.7 (1.9 for one conditional format per severity and sheet
 * and for change events; 1.12 to replace the add-in's own report sheets).
 */
import type { Grid } from "../core/plan/grid";
import type { Anomaly } from "../core/rules/anomaly";
import type { SheetContent } from "../core/report/sheetContent";
import { addinLanguage, type AddinLanguage } from "../core/wording/addinLanguage";
import { subscribeToChanges } from "./changeEvents";
import { readSettings, readWorkbookSettings, SETTINGS_KEY, writeSettings, writeWorkbookSettings } from "./documentSettings";
import { removeHighlights, replaceHighlights } from "./highlights";
import { officeGlobalsHost, type OfficeHost } from "./officeHost";
import { queueSheetNames, selectRange } from "./navigation";
import { readGrids, recognisePlanSheets, type PlanSheetRecogniser } from "./readGrids";
import { DEFAULT_BUDGET, type RequestBudget } from "./requestBudget";
import { toPortError, type ErrorContext } from "./toPortError";
import { WorkbookError } from "../port/workbookError";
import { mayReplace, type WorkbookChange, type WorkbookPort, type WriteSheetOptions } from "../port/workbookPort";
import { writeSheetContent } from "./writeSheet";

/**
 * Where Excel comes from, and the request budget. When maxRequestBytes is
 * omitted it is 4 MB where Excel caps requests (the web) and unlimited on
 * Windows and Mac desktop; bytesPerCell and maxAddressLength default as in
 * DEFAULT_BUDGET.
 */
export interface OfficeWorkbookOptions extends Partial<RequestBudget> {
  /** Where Excel, the requirement sets and the document settings come from (default: Office.js globals). */
  host?: OfficeHost;
  /** Document settings key holding the pane's settings (default "perf.settings"). */
  settingsKey?: string;
  /** Which large sheets hold a plan table (default: the plan reader, loaded on demand). */
  recognisePlanSheets?: PlanSheetRecogniser;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly host: OfficeHost;
  private readonly budgetOptions: Partial<RequestBudget>;
  private readonly settingsKey: string;
  private readonly recognise: PlanSheetRecogniser;

  constructor(options: OfficeWorkbookOptions = {}) {
    const { host, settingsKey, recognisePlanSheets: recognise, ...budget } = options;
    this.host = host ?? officeGlobalsHost();
    this.budgetOptions = budget;
    this.settingsKey = settingsKey ?? SETTINGS_KEY;
    this.recognise = recognise ?? recognisePlanSheets;
  }

  private async excel<T>(context: ErrorContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (error) {
      throw toPortError(error, context);
    }
  }

  /** The request budget, decided per call: Office may not be ready when the port is built. */
  private get budget(): RequestBudget {
    const { maxRequestBytes, bytesPerCell, maxAddressLength, maxCellsPerBatch } = this.budgetOptions;
    return {
      maxRequestBytes: maxRequestBytes ?? (this.capped() ? DEFAULT_BUDGET.maxRequestBytes : Number.POSITIVE_INFINITY),
      bytesPerCell: bytesPerCell ?? DEFAULT_BUDGET.bytesPerCell,
      maxAddressLength: maxAddressLength ?? DEFAULT_BUDGET.maxAddressLength,
      maxCellsPerBatch: maxCellsPerBatch ?? DEFAULT_BUDGET.maxCellsPerBatch,
    };
  }

  private capped(): boolean {
    try {
      return this.host.requestSizeCapped();
    } catch {
      return true;
    }
  }

  private supports(version: string): boolean {
    try {
      return this.host.supportsExcelApi(version);
    } catch {
      return false;
    }
  }

  /** The language of the PERF names this Excel knows; Italian (the default metadata) when Office cannot say. */
  private language(): AddinLanguage {
    try {
      return addinLanguage(this.host.displayLanguage());
    } catch {
      return "it";
    }
  }

  listSheets(): Promise<string[]> {
    return this.excel({ operation: "elencare i fogli" }, async (context) => {
      const names = queueSheetNames(context);
      await context.sync();
      return names();
    });
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    try {
      return await this.excel({ operation: "leggere i fogli del piano" }, (context) => readGrids(context, this.budget, names, this.recognise));
    } catch (error) {
      if (!(error instanceof WorkbookError) || error.code !== "sheetNotFound" || names === undefined) throw error;
      const present = new Set(await this.listSheets());
      const missing = names.find((name) => !present.has(name));
      if (missing === undefined) throw error;
      throw toPortError(error.officeCode ? { code: error.officeCode, message: error.detail } : error, {
        operation: "leggere i fogli del piano",
        sheet: missing,
      });
    }
  }

  async applyHighlights(anomalies: Anomaly[]): Promise<void> {
    const useRangeAreas = this.supports("1.9");
    await this.excel({ operation: "evidenziare le anomalie" }, (context) =>
      replaceHighlights(context, anomalies, this.budget, useRangeAreas),
    );
  }

  async clearHighlights(): Promise<void> {
    await this.excel({ operation: "rimuovere le evidenziazioni" }, (context) => removeHighlights(context));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.excel({ operation: "selezionare la cella", sheet, address }, (context) =>
      selectRange(context, sheet, address),
    );
  }

  writeSheet(content: SheetContent, options?: WriteSheetOptions): Promise<void> {
    const policy = {
      replace: mayReplace(content.name, options),
      customProperties: this.supports("1.12"),
      maxRequestBytes: this.budget.maxRequestBytes,
      language: this.language(),
    };
    return this.excel({ operation: `scrivere il foglio «${content.name}»`, sheet: content.name }, (context) =>
      writeSheetContent(context, content, policy),
    );
  }

  /** The settings from the document's common settings, where versions before the workbook settings kept them. */
  private documentSettings(): Record<string, unknown> {
    try {
      return readSettings(this.host.settings(), this.settingsKey);
    } catch (error) {
      throw toPortError(error, { operation: "leggere le impostazioni" });
    }
  }

  /**
   * The workbook's settings (ExcelApi 1.4); when it has none, those saved the old way in the
   * document settings, copied into the workbook's once. Without ExcelApi 1.4, the document's.
   */
  async loadSettings(): Promise<Record<string, unknown>> {
    if (!this.supports("1.4")) return this.documentSettings();
    const key = this.settingsKey;
    const stored = await this.excel({ operation: "leggere le impostazioni" }, (context) => readWorkbookSettings(context, key));
    if (stored !== undefined) return stored;
    const old = this.documentSettings();
    if (Object.keys(old).length === 0) return old;
    await this.excel({ operation: "leggere le impostazioni" }, (context) => writeWorkbookSettings(context, key, old));
    return old;
  }

  async saveSettings(settings: Record<string, unknown>): Promise<void> {
    if (this.supports("1.4")) {
      const key = this.settingsKey;
      await this.excel({ operation: "salvare le impostazioni" }, (context) => writeWorkbookSettings(context, key, settings));
      return;
    }
    try {
      await writeSettings(this.host.settings(), settings, this.settingsKey);
    } catch (error) {
      throw toPortError(error, { operation: "salvare le impostazioni" });
    }
  }

  onChanged(listener: (change: WorkbookChange) => void): () => void {
    return subscribeToChanges(this.host, listener);
  }
}
