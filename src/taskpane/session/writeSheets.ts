/**
 * Writing the sheets the pane builds into the workbook, and what the pane says afterwards; new
 * sheets (template, example) never replace a sheet the user has.
 */
import type { SheetContent } from "../../core/report/sheetContent";
import type { WorkbookPort } from "../../port/workbookPort";
import type { MessageKey } from "../i18n/messages";
import { describeFailure } from "./describeFailure";
import type { PaneFailure, PaneNotice } from "./sessionState";

export type WriteResult =
  | { ok: true; written: string[] }
  | { ok: false; existing: string[] }
  | { ok: false; failure: PaneFailure };

/**
 * Writes sheets through the port, one after the other. With `keepExisting`,
 * nothing is written when any of the names is already taken: inserting the
 * template or the example must never replace a sheet the user filled in.
 */
export async function writeSheets(port: WorkbookPort, contents: SheetContent[], keepExisting: boolean): Promise<WriteResult> {
  try {
    if (keepExisting) {
      const present = new Set((await port.listSheets()).map((name) => name.toLowerCase()));
      const existing = contents.map((content) => content.name).filter((name) => present.has(name.toLowerCase()));
      if (existing.length > 0) return { ok: false, existing };
    }
    for (const content of contents) await port.writeSheet(content);
    return { ok: true, written: contents.map((content) => content.name) };
  } catch (error) {
    return { ok: false, failure: describeFailure("write", error) };
  }
}

/** What the pane says after a write: the success message, the names in the way, or the failure. */
export function noticeForWrite(result: WriteResult, success: MessageKey): PaneNotice {
  if (result.ok) return { intent: "success", key: success };
  if ("existing" in result) return { intent: "warning", key: "notice.sheetsExist", params: { sheets: result.existing.join(", ") } };
  return { intent: "error", failure: result.failure };
}

/** Prepares new sheets (template, example) and adds them without replacing any existing sheet. */
export async function insertNewSheets(
  port: WorkbookPort,
  prepare: () => SheetContent[] | Promise<SheetContent[]>,
  success: MessageKey,
): Promise<PaneNotice> {
  let contents: SheetContent[];
  try {
    contents = await prepare();
  } catch (error) {
    return { intent: "error", failure: describeFailure("example", error) };
  }
  return noticeForWrite(await writeSheets(port, contents, true), success);
}
