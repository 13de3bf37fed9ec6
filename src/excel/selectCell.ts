/**
 * Takes the user to a cell: activates its sheet and selects the cell, in one
 * sync. The address is checked before Excel is called, so that a malformed one
 * becomes a typed Italian error instead of a failed batch; a sheet that is no
 * longer there (renamed or deleted since the validation) is reported by name.
 *
 * Requirement sets: Worksheet.activate, Range.select ExcelApi 1.1.
 */
import { WorkbookError } from "./workbookError";
import { normaliseAddress } from "./cellAddress";

/** The canonical address, or a WorkbookError saying why it cannot be selected. */
export function checkSelectable(sheet: string, address: string): string {
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
