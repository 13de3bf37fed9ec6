/**
 * A small hand-written fake of the Excel object model, for the adapter tests.
 *
 * Why not only office-addin-mock: the mock holds one static object tree; it
 * cannot hold several sheets looked up by name, used ranges computed from cells,
 * conditional formats added to multi-area ranges and found again by a later
 * load, sheets added, deleted and renamed, or a file reopened. This fake does,
 * and behaves like Office.js where it matters for the adapter:
 *
 * - every call is queued and runs at `context.sync()`, in order; loaded
 *   properties are readable only after that sync (reading early throws);
 * - syncs are counted (`log.syncs`) and every command is logged (`log.calls`);
 *   work left queued when the batch returns is flushed by one more, counted sync,
 *   as Excel.run does;
 * - each sync's payload is estimated (JSON of values sent and loaded, plus 100
 *   bytes per command) and fails above `payloadLimit` (5 MB by default, as
 *   Excel on the web; null = desktop, no limit) with Excel's error codes;
 *   `platform` says which of the two the adapter is told it runs on;
 * - Excel's refusals: unknown sheet -> ItemNotFound, duplicate sheet name ->
 *   ItemAlreadyExists, deleting the last sheet -> InvalidOperation, a 2-D array
 *   not matching its range or a getRanges address over 8192 characters ->
 *   InvalidArgument; loading the values of a range of more than five million cells
 *   -> RangeExceedsLimit, on every platform;
 * - formulas naming a PERF function the display language's metadata does not
 *   define show #NAME? (#NOME? in Italian);
 * - writing through `formulas` behaves like typing ("=" formula, "'" text,
 *   number-like text becomes a number).
 *
 * `reopen()` gives a new fake over a deep copy of the file (cells, formats,
 * conditional formats, custom properties, saved settings): what a user finds
 * after closing and reopening the workbook.
 */
import englishMetadata from "../../src/functions/functions.en-US.json";
import { addinLanguage } from "../../src/core/wording/addinLanguage";
import type { DocumentSettings, OfficeHost } from "../../src/excel/officeHost";
import { FakeContext, type ChangeHandlers, type FakeFunctionNames, type FakeLog } from "./fake/fakeContext";
import { FakeSettingCollection, FakeWorksheetCollection } from "./fake/fakeWorksheet";
import { cloneState, type FakeState } from "./fake/fakeState";

export { workbookState, snapshotCells, snapshotConditionalFormats, type SheetSpec } from "./fake/fakeWorkbook";

export interface FakeExcelOptions {
  /** Bytes per request and per response; null for no limit (desktop). Default 5 MB. */
  payloadLimit?: number | null;
  /** Highest ExcelApi requirement set the fake claims ("1.12" by default). */
  apiVersion?: string;
  /** Office.context.platform: "OfficeOnline" (default, 5 MB cap), "PC" or "Mac" (desktop, no cap). */
  platform?: string;
  /**
   * Office.context.displayLanguage ("it-IT" by default). Excel knows the PERF functions by the
   * names of the metadata file the manifest gives that language: the Italian ids by default,
   * the English names of functions.en-US.json for the English locales it overrides.
   */
  displayLanguage?: string;
  /** Most cells one range may load: Excel caps a get at five million cells on every platform (default). */
  maxCellsPerGet?: number;
  /** Make saveAsync fail, as in a read-only document. */
  failSettingsSave?: boolean;
}

export interface FakeExcel {
  state: FakeState;
  log: FakeLog;
  host: OfficeHost;
  /** Forgets syncs and calls logged so far. */
  resetLog(): void;
  /** The same file, closed and opened again. */
  reopen(): FakeExcel;
  /** Fires worksheets.onChanged with `args` (an Excel.WorksheetChangedEventArgs-like object). */
  emitChange(args: Record<string, unknown>): Promise<void>;
}

/** The PERF names an Excel in `displayLanguage` knows: English names or Italian ids, from the metadata files. */
function functionNamesFor(displayLanguage: string): FakeFunctionNames {
  const english = addinLanguage(displayLanguage) === "en";
  const names = englishMetadata.functions.map((item) => (english ? item.name : item.id).toUpperCase());
  return { namespace: "PERF", known: new Set(names), nameError: english ? "#NAME?" : "#NOME?" };
}

function minor(version: string): number {
  return Number(version.split(".")[1] ?? 0);
}

function fakeSettings(state: FakeState, fail: boolean): DocumentSettings {
  const working: Record<string, unknown> = structuredClone(state.savedSettings);
  return {
    get: (name) => working[name] ?? null,
    set: (name, value) => {
      working[name] = structuredClone(value);
    },
    saveAsync: (callback) => {
      if (!fail) state.savedSettings = structuredClone(working);
      const result = fail
        ? { status: "failed", error: { code: 5009, name: "Permission Denied", message: "Read-only document" } }
        : { status: "succeeded" };
      callback?.(result as unknown as Office.AsyncResult<void>);
    },
  };
}

export function createFakeExcel(state: FakeState, options: FakeExcelOptions = {}): FakeExcel {
  const log: FakeLog = { syncs: 0, calls: [], payloads: [] };
  const handlers: ChangeHandlers = new Set();
  const payloadLimit = options.payloadLimit === undefined ? 5_000_000 : options.payloadLimit;
  const settings = fakeSettings(state, options.failSettingsSave ?? false);
  const displayLanguage = options.displayLanguage ?? "it-IT";
  const functions = functionNamesFor(displayLanguage);
  const host: OfficeHost = {
    run: async (batch) => {
      const context = new FakeContext(state, log, payloadLimit, handlers, functions, options.maxCellsPerGet);
      const requestContext = { workbook: { worksheets: new FakeWorksheetCollection(context), settings: new FakeSettingCollection(context) }, sync: () => context.sync() };
      const result = await batch(requestContext as unknown as Excel.RequestContext);
      if (context.pending() > 0) await context.sync();
      return result;
    },
    supportsExcelApi: (version) => minor(version) <= minor(options.apiVersion ?? "1.12"),
    requestSizeCapped: () => !["PC", "Mac"].includes(options.platform ?? "OfficeOnline"),
    displayLanguage: () => displayLanguage,
    settings: () => settings,
    removeHandler: async (handler) => {
      handler.remove();
      await (handler.context as unknown as FakeContext).sync();
    },
  };
  return {
    state,
    log,
    host,
    resetLog: () => {
      log.syncs = 0;
      log.calls = [];
      log.payloads = [];
    },
    reopen: () => createFakeExcel(cloneState(state), options),
    emitChange: async (args) => {
      await Promise.all([...handlers].map((handler) => handler(args)));
    },
  };
}
