/**
 * The things the adapter takes from Office.js globals, gathered behind one
 * interface so that tests can hand in a fake Excel object model and so that no
 * other file in src/excel touches `Excel` or `Office` directly.
 */

/** The subset of Office.Settings the adapter uses (Common API, requirement set Settings 1.1). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export interface OfficeHost {
  /** Excel.run: one batch context; every `context.sync()` is one round trip. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supportsExcelApi(version: string): boolean;
  /**
   * Whether requests to Excel are capped at 5 MB: Excel on the web (and, to be
   * safe, any platform other than Windows and Mac desktop, where there is no cap).
   */
  requestSizeCapped(): boolean;
  /** Office.context.displayLanguage ("it-IT", "en-GB"): the language of Excel's UI and of the PERF function names it loaded. */
  displayLanguage(): string;
  /** Office.context.document.settings, looked up when needed. */
  settings(): DocumentSettings;
  /** Removes an event handler in the context it was added in (Excel.run(handler.context, ...)). */
  removeHandler(handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void>;
}

/** Reads the Office.js globals lazily, so that importing this file never needs Office. */
export function officeGlobalsHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    supportsExcelApi: (version) => {
      const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
      return requirements?.isSetSupported("ExcelApi", version) ?? false;
    },
    requestSizeCapped: () => {
      const platform = typeof Office === "undefined" ? undefined : String(Office.context?.platform ?? "");
      return platform !== "PC" && platform !== "Mac";
    },
    displayLanguage: () => (typeof Office === "undefined" ? "" : String(Office.context?.displayLanguage ?? "")),
    settings: () => Office.context.document.settings,
    removeHandler: (handler) =>
      Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }),
  };
}

/** Promise form of Settings.saveAsync; rejects with the Office error when saving fails. */
export function saveSettingsAsync(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result && String(result.status).toLowerCase() === "failed") {
        reject(result.error ?? new Error("saveAsync failed"));
      } else {
        resolve();
      }
    });
  });
}
