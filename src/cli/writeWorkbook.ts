/**
 * Sheets (`SheetContent[]`) to an .xlsx, the same way every time: fixed document
 * dates and ZIP timestamps, so that regenerating a workbook from the same data
 * gives the same bytes. Files are written safely (safeWrite.ts): through an exclusive
 * temporary file in the target folder, then renamed, so a reader never sees half a workbook.
 */
import ExcelJS from "exceljs";
import type { SheetContent } from "../core/report/sheetContent";
import { addSheetContent } from "./addSheetContent";
import { fixZipTimestamps } from "../xlsx/fixZipTimestamps";
import { writeFileAtomically } from "./safeWrite";

export interface WorkbookDocument {
  creator?: string;
  title?: string;
  /** Creation and modification date stored in the file (default 2020-06-30, the seed's reporting date). */
  date?: Date;
}

export const DEFAULT_DOCUMENT_DATE = new Date(Date.UTC(2020, 5, 30, 0, 0, 0));

export function buildWorkbook(sheets: SheetContent[], document: WorkbookDocument = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date = document.date ?? DEFAULT_DOCUMENT_DATE;
  workbook.creator = document.creator ?? "perf-check";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = date;
  workbook.modified = date;
  if (document.title) workbook.title = document.title;
  for (const sheet of sheets) addSheetContent(workbook, sheet);
  return workbook;
}

/** The workbook's bytes, with every ZIP entry stamped with `date` (default: the workbook's modification date). */
export async function workbookBytes(workbook: ExcelJS.Workbook, date?: Date): Promise<Buffer> {
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipTimestamps(written, date ?? workbook.modified ?? DEFAULT_DOCUMENT_DATE);
}

export async function writeWorkbookFile(target: string, sheets: SheetContent[], document: WorkbookDocument = {}): Promise<void> {
  const workbook = buildWorkbook(sheets, document);
  await writeFileAtomically(target, await workbookBytes(workbook, document.date));
}
