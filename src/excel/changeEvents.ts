/**
 * Tells the pane when the user edits cells, for its debounced re-validation.
 * Listens to WorksheetCollection.onChanged (data edits only: formatting has its
 * own event, and the add-in's conditional formats fire neither). Edits made by
 * this add-in itself (writing the Anomalie or Riepilogo sheet) are ignored where
 * Excel says who made them (triggerSource, ExcelApi 1.14), and edits of the
 * report sheets are ignored everywhere, so that writing a report never triggers
 * a new validation.
 *
 * Requirement sets: WorksheetCollection.onChanged ExcelApi 1.9. Where it is
 * missing the subscription silently does nothing: the pane still validates on
 * click, it only loses the automatic re-validation.
 */
import { isReportSheetName } from "../core/reportSheets";
import type { WorkbookChange } from "../port/workbookPort";
import type { OfficeHost } from "./officeHost";

type ChangedHandler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

async function sheetName(host: OfficeHost, worksheetId: string): Promise<string> {
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(worksheetId);
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  } catch {
    return "";
  }
}

/** Subscribes `listener` to cell edits; returns the unsubscribe function. */
export function subscribeToChanges(host: OfficeHost, listener: (change: WorkbookChange) => void): () => void {
  let handler: ChangedHandler | undefined;
  let active = true;
  const onChanged = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (!active || event.triggerSource === "ThisLocalAddin") return;
    const sheet = await sheetName(host, event.worksheetId);
    if (!active || isReportSheetName(sheet)) return;
    listener({ sheet, address: event.address });
  };
  host
    .run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(onChanged);
      await context.sync();
      return added;
    })
    .then((added) => {
      handler = added;
      if (!active) return host.removeHandler(added);
      return undefined;
    })
    .catch(() => {
      active = false;
    });
  return () => {
    if (!active) return;
    active = false;
    if (handler) host.removeHandler(handler).catch(() => undefined);
  };
}
