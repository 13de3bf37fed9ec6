/**
 * The pane's settings (reporting date, weight tolerance, cap, threshold,
 * achievement method, rule severities) travel with the file: one JSON object under
 * one key. They live in the workbook's own settings (Workbook.settings, ExcelApi
 * 1.4; below); the common document settings (Office.context.document.settings,
 * Settings 1.1) are where earlier versions kept them, used still where ExcelApi 1.4
 * is missing. Saving there persists with `saveAsync` (the user still saves the
 * workbook itself).
 */
import { saveSettingsAsync, type DocumentSettings } from "./officeHost";
import { WorkbookError } from "../port/workbookError";

export const SETTINGS_KEY = "perf.settings";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unreadable(detail: string): WorkbookError {
  return new WorkbookError(
    "settings",
    "Le impostazioni salvate in questo file non sono leggibili: vengono usate quelle predefinite. Salvale di nuovo per correggerle.",
    { detail },
  );
}

/** The stored settings; {} when none were saved. Throws a "settings" WorkbookError when they are unreadable. */
export function readSettings(settings: DocumentSettings, key: string = SETTINGS_KEY): Record<string, unknown> {
  return parseStoredSettings(settings.get(key), key);
}

/** A stored settings value (an object, or its JSON text) as an object; {} for none. */
function parseStoredSettings(stored: unknown, key: string = SETTINGS_KEY): Record<string, unknown> {
  if (stored === null || stored === undefined) return {};
  if (isPlainObject(stored)) return stored;
  if (typeof stored === "string") {
    try {
      const parsed: unknown = JSON.parse(stored);
      if (isPlainObject(parsed)) return parsed;
    } catch (error) {
      throw unreadable(error instanceof Error ? error.message : String(error));
    }
  }
  throw unreadable(`unexpected ${Array.isArray(stored) ? "array" : typeof stored} under ${key}`);
}

/** The settings as plain JSON data, or a "settings" WorkbookError when they cannot be stored. */
function storableSettings(values: Record<string, unknown>): unknown {
  try {
    return JSON.parse(JSON.stringify(values)) as unknown;
  } catch (error) {
    throw new WorkbookError("settings", "Le impostazioni contengono valori che non si possono salvare nel file.", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Stores `values` under the key and persists the document settings. */
export async function writeSettings(
  settings: DocumentSettings,
  values: Record<string, unknown>,
  key: string = SETTINGS_KEY,
): Promise<void> {
  settings.set(key, storableSettings(values));
  try {
    await saveSettingsAsync(settings);
  } catch (error) {
    const detail = typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
    throw new WorkbookError(
      "settings",
      "Impossibile salvare le impostazioni nel file: la cartella potrebbe essere di sola lettura. Riprova dopo averla salvata con un altro nome.",
      { detail },
    );
  }
}

// ---- The workbook's own settings ----
/*
 * The pane's settings in the workbook's own settings (Workbook.settings, a
 * SettingCollection: ExcelApi 1.4), saved in the file with the workbook. The common
 * document settings (Office.context.document.settings, the Common API) are reported
 * to be unreliable between Excel on the web and desktop; Workbook.settings is Excel's
 * own "collection of settings associated with the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-settings-member,
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 *
 * Settings saved the old way (document settings, by earlier versions of the add-in) are
 * read once: when the workbook has none under the key, the document's are returned and
 * copied into the workbook's settings, which are used from then on.
 *
 * Syncs: read 1 (2 when copying old settings over), write 1.
 */


/** The settings stored under `key` in the workbook, or undefined when there are none. */
export async function readWorkbookSettings(context: Excel.RequestContext, key: string): Promise<Record<string, unknown> | undefined> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return undefined;
  return parseStoredSettings(item.value as unknown, key);
}

/** Stores `values` under `key` in the workbook's settings (replacing what was there). */
export async function writeWorkbookSettings(context: Excel.RequestContext, key: string, values: Record<string, unknown>): Promise<void> {
  context.workbook.settings.add(key, storableSettings(values) as Excel.Setting["value"]);
  await context.sync();
}
