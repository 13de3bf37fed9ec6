/**
 * An .xlsx file as the core sees a workbook (`WorkbookGrids`), or a typed failure
 * that says in plain words why it cannot be read: missing, empty, not an .xlsx
 * (old .xls, CSV, another ZIP), damaged or password-protected. Never throws.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../core/plan/grid";
import { detectFileKind, type FileKind } from "./detectFileKind";
import { findEndOfCentralDirectory } from "./fixZipTimestamps";
import type { Locale } from "./messages";
import { readFailure, type ReadFailure, type ReadFailureCode } from "./readFailure";
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
  if (code === "EACCES" || code === "EPERM") return "noAccess";
  return "corrupt";
}

async function readBytes(file: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; code: ReadFailureCode }> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, code: "notAFile" };
    return { ok: true, bytes: await fs.readFile(file) };
  } catch (error) {
    return { ok: false, code: codeOfFileSystemError(error) };
  }
}

/** Which ZIP this is: truncated (no central directory), or not a workbook, from the part names stored in clear. */
function zipContentCode(bytes: Buffer): ReadFailureCode | null {
  if (findEndOfCentralDirectory(bytes) < 0) return "corrupt";
  if (bytes.includes("xl/workbook.bin")) return "xlsb";
  if (!bytes.includes("xl/workbook.xml")) return "notWorkbook";
  return null;
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return null;
  }
}

export async function readWorkbookFile(file: string, locale: Locale = "it"): Promise<ReadWorkbookResult> {
  const read = await readBytes(file);
  if (!read.ok) return readFailure(read.code, file, locale);
  const kind = detectFileKind(read.bytes);
  const kindFailure = FAILURE_OF_KIND[kind];
  if (kindFailure) return readFailure(kindFailure, file, locale);
  const contentFailure = zipContentCode(read.bytes);
  if (contentFailure) return readFailure(contentFailure, file, locale);
  const workbook = await loadWorkbook(read.bytes);
  if (!workbook) return readFailure("corrupt", file, locale);
  if (workbook.worksheets.length === 0) return readFailure("noSheets", file, locale);
  const date1904 = Boolean(workbook.properties.date1904);
  return {
    ok: true,
    workbook: { name: path.basename(file), sheets: workbook.worksheets.map((sheet) => worksheetToGrid(sheet, date1904)) },
  };
}
