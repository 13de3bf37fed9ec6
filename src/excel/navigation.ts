/**
 * Finding one's way around the workbook: the sheets it has, in tab order, and
 * going to a cell (activate its sheet, select the cell) in one sync. The address
 * is checked before Excel is called, so that a malformed one becomes a typed
 * Italian error instead of a failed batch; a sheet that is no longer there
 * (renamed or deleted since the validation) is reported by name by the caller's
 * error mapping (ItemNotFound -> "Il foglio «...» non esiste più").
 *
 * Requirement sets: worksheets load, Worksheet.activate, Range.select ExcelApi 1.1.
 */
import { WorkbookError } from "../port/workbookError";
import { normaliseAddress } from "./cellAddress";

/** Names of the workbook's sheets, in tab order (queues the load; read after the sync). */
export function queueSheetNames(context: Excel.RequestContext): () => string[] {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return () => sheets.items.map((sheet) => sheet.name);
}

/** The canonical address, or a WorkbookError saying why it cannot be selected. */
function checkSelectable(sheet: string, address: string): string {
  const normalised = normaliseAddress(address);
  if (normalised === null) {
    throw new WorkbookError(
      "invalidAddress",
      `Impossibile selezionare «${address}» nel foglio «${sheet}»: non è un indirizzo di cella di Excel.`,
      { sheet, address },
    );
  }
  return normalised;
}

export async function selectRange(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const normalised = checkSelectable(sheet, address);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(normalised).select();
  await context.sync();
}
