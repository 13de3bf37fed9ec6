/**
 * An .xlsx file as the core sees a workbook (`WorkbookGrids`), or a typed failure
 * that says in plain words why it cannot be read: missing, empty, not an .xlsx
 * (old .xls, CSV, another ZIP), damaged or password-protected, not a regular file, or beyond
 * the reading limits (readLimits.ts), checked before the workbook is parsed. Never throws.
 *
 * src/xlsx is the one Node module for .xlsx files (ExcelJS, the ZIP container, Excel's stored
 * forms, the read failures' messages): the command line (src/cli) and the browser preview's
 * server (src/preview) both read workbooks through it.
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid, WorkbookGrids } from "../core/plan/grid";
import { detectFileKind, type FileKind } from "./detectFileKind";
import type { AddinLanguage as Locale } from "../core/wording/addinLanguage";
import { readFailure, type ReadFailure, type ReadFailureCode } from "./readFailure";
import { installExactExcelDates, withSerialDates } from "./exactDates";
import { inspectWorkbookZip, READ_LIMITS, type LimitExceeded, type ReadLimits } from "./readLimits";
import { workbookSheetNameProblem } from "./workbookSheetNames";
import { worksheetToGrid } from "./worksheetToGrid";

export type ReadWorkbookResult = { ok: true; workbook: WorkbookGrids } | ReadFailure;

const FAILURE_OF_KIND: Partial<Record<FileKind, ReadFailureCode>> = {
  empty: "empty",
  encrypted: "encrypted",
  legacyXls: "legacyXls",
  text: "text",
  unknown: "unknownFormat",
};

function codeOfFileSystemError(error: unknown): ReadFailureCode {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EISDIR") return "notAFile";
  if (code === "ELOOP") return "symlinkLoop";
  if (code === "EACCES" || code === "EPERM") return "noAccess";
  return "corrupt";
}

export type BytesRead = { ok: true; bytes: Buffer } | { ok: false; code: ReadFailureCode; exceeded?: LimitExceeded };

/** What a file system entry is, when it is not a regular file. */
function notRegularCode(stat: { isFile(): boolean; isDirectory(): boolean }): ReadFailureCode | null {
  if (stat.isFile()) return null;
  return stat.isDirectory() ? "notAFile" : "notRegular";
}

/**
 * The file's bytes, read only when it is a regular file within the size limit. The path is
 * looked at before it is opened (opening a FIFO would wait for a writer) and the open file is
 * looked at again (the path may have changed in between): its size is the one on disk, so a
 * sparse file of gigabytes is refused before a byte is read. Opened read-only, never created.
 */
export async function readWorkbookBytes(file: string, limits: ReadLimits = READ_LIMITS): Promise<BytesRead> {
  try {
    const before = notRegularCode(await fs.stat(file));
    if (before) return { ok: false, code: before };
    const handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      const after = notRegularCode(stat);
      if (after) return { ok: false, code: after };
      if (stat.size > limits.fileBytes) return { ok: false, code: "tooLarge", exceeded: { limit: "fileBytes", found: stat.size, max: limits.fileBytes } };
      return { ok: true, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, code: codeOfFileSystemError(error) };
  }
}

/** The workbook as ExcelJS models it (ISO date cells first made serial numbers, dates kept exact: exactDates.ts), or null. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  installExactExcelDates();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await withSerialDates(bytes)) as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return null;
  }
}

export async function readWorkbookFile(file: string, locale: Locale = "it", limits: ReadLimits = READ_LIMITS): Promise<ReadWorkbookResult> {
  const read = await readWorkbookBytes(file, limits);
  if (!read.ok) return readFailure(read.code, file, locale, read.exceeded);
  const kind = detectFileKind(read.bytes);
  const kindFailure = FAILURE_OF_KIND[kind];
  if (kindFailure) return readFailure(kindFailure, file, locale);
  const inspection = await inspectWorkbookZip(read.bytes, limits);
  if (!inspection.ok) return readFailure(inspection.code, file, locale, "exceeded" in inspection ? inspection.exceeded : undefined);
  const nameProblem = await workbookSheetNameProblem(read.bytes, inspection.entries);
  if (nameProblem) return readFailure(nameProblem.code, file, locale, undefined, nameProblem.sheet);
  const workbook = await loadWorkbook(read.bytes);
  if (!workbook) return readFailure("corrupt", file, locale);
  if (workbook.worksheets.length === 0) return readFailure("noSheets", file, locale);
  const date1904 = Boolean(workbook.properties.date1904);
  const sheets: Grid[] = [];
  for (const worksheet of workbook.worksheets) {
    const converted = worksheetToGrid(worksheet, date1904, limits.gridCells);
    if (!converted.ok) {
      return readFailure("tooLarge", file, locale, { limit: "gridCells", found: converted.gridCells, max: limits.gridCells, sheet: converted.sheet });
    }
    sheets.push(converted.grid);
  }
  return { ok: true, workbook: { name: path.basename(file), sheets } };
}
