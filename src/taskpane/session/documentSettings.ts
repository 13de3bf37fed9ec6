import type { WorkbookPort } from "../../port/workbookPort";
import type { PaneSettings } from "../settings/paneSettings";
import { loadSettingsReader } from "./coreChunks";
import { describeFailure } from "./describeFailure";
import type { PaneFailure, PaneNotice } from "./sessionTypes";

export type SettingsLoad =
  | { ok: true; settings: PaneSettings; notice: PaneNotice | null }
  | { ok: false; failure: PaneFailure };

/**
 * The settings saved in the document, read when the pane starts. A record that cannot be read
 * leaves the current settings in place with a warning (the pane still works, on defaults); a
 * damaged record is repaired value by value by the reader. Only the reader's own chunk failing
 * to load (see coreChunks.ts) stops the start, as an internal failure the user can retry.
 */
export async function loadDocumentSettings(port: WorkbookPort, current: PaneSettings): Promise<SettingsLoad> {
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
