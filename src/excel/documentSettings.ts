/**
 * The pane's settings (reporting date, weight tolerance, cap, threshold,
 * achievement method, rule severities) live in the document's settings, so that
 * they travel with the file: one JSON object under one key. Saving persists it
 * in the document with `saveAsync` (the user still saves the workbook itself).
 *
 * Requirement set: Settings 1.1 (Common API), available in every Excel host.
 */
import { saveSettingsAsync, type DocumentSettings } from "./officeHost";
import { WorkbookError } from "./workbookError";

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
  const stored = settings.get(key);
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

/** Stores `values` under the key and persists the document settings. */
export async function writeSettings(
  settings: DocumentSettings,
  values: Record<string, unknown>,
  key: string = SETTINGS_KEY,
): Promise<void> {
  let serialised: string;
  try {
    serialised = JSON.stringify(values);
  } catch (error) {
    throw new WorkbookError("settings", "Le impostazioni contengono valori che non si possono salvare nel file.", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  settings.set(key, JSON.parse(serialised) as unknown);
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
