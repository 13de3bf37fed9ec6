/**
 * The example plan's sheets (built from the seed fixture) and small edits on them, to make
 * workbooks with one defect each: find a row by its key columns, set a cell by header.
 */
import * as path from "node:path";
import fixture from "../../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import { toA1 } from "../../../src/core/plan/a1";
import type { SheetCellValue, SheetContent } from "../../../src/core/report/sheetContent";
import { writeWorkbookFile } from "../../../src/cli/writeWorkbook";

export function exampleSheets(): SheetContent[] {
  return buildExamplePlanSheets(fixture as unknown as PlanFixture);
}

export function sheetNamed(sheets: SheetContent[], name: string): SheetContent {
  const sheet = sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function columnIndex(sheet: SheetContent, header: string): number {
  const index = (sheet.rows[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column «${header}» in ${sheet.name}`);
  return index;
}

/** 0-based index of the first row whose named columns hold the given values. */
export function rowIndex(sheet: SheetContent, keys: Record<string, SheetCellValue>): number {
  const index = sheet.rows.findIndex(
    (row, r) => r > 0 && Object.entries(keys).every(([header, value]) => row[columnIndex(sheet, header)] === value),
  );
  if (index < 0) throw new Error(`no row ${JSON.stringify(keys)} in ${sheet.name}`);
  return index;
}

/** Sets a cell (and its number format, or none) in place; returns its A1 address. */
export function setCell(
  sheets: SheetContent[],
  sheetName: string,
  keys: Record<string, SheetCellValue>,
  header: string,
  value: SheetCellValue,
  format?: string,
): string {
  const sheet = sheetNamed(sheets, sheetName);
  const r = rowIndex(sheet, keys);
  const c = columnIndex(sheet, header);
  const row = sheet.rows[r] ?? [];
  row[c] = value;
  const address = toA1(r, c);
  sheet.cellFormats = { ...(sheet.cellFormats ?? {}) };
  if (format === undefined) delete sheet.cellFormats[address];
  else sheet.cellFormats[address] = format;
  return address;
}

export async function writeSheets(folder: string, name: string, sheets: SheetContent[]): Promise<string> {
  const file = path.join(folder, name);
  await writeWorkbookFile(file, sheets);
  return file;
}
