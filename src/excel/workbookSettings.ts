/**
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
import { parseStoredSettings, storableSettings } from "./documentSettings";

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
