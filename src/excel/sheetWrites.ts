/**
 * The writes that fill a freshly added sheet from a SheetContent, packed into
 * batches under the request budget (one `context.sync()` each; one in all for
 * any report of ordinary size). Rows go first, in blocks of consecutive rows
 * written with one `formulas` and one `numberFormat` assignment per block; then
 * bold rows, widths, the frozen header, links, the cell fills (one assignment per run of
 * cells of one colour, one under the other: a status column), the chart over the cells of
 * its position, and activation.
 *
 * Requirement sets: formulas/numberFormat/font/fill/columnWidth/charts/setPosition/activate
 * ExcelApi 1.1, getRangeByIndexes, hyperlink and freezePanes ExcelApi 1.7.
 */
import type { SheetContent } from "../core/report/sheetContent";
import { parseA1, toA1 } from "../core/plan/a1";
import { columnWidthPoints, type SheetMatrix } from "./sheetMatrix";
import { COMMAND_OVERHEAD_BYTES, jsonBytes, packBatches } from "./requestBudget";

type WriteItem =
  | { kind: "row"; index: number; bytes: number }
  | { kind: "link"; address: string; target: string; text?: string; bytes: number }
  | { kind: "layout"; bytes: number }
  | { kind: "fill"; run: FillRun; bytes: number }
  | { kind: "chart"; bytes: number };

/** The text a link shows: the cell's own text. Numbers, booleans and formulas keep their cell as it is. */
function linkText(content: SheetContent, address: string): string | undefined {
  const cell = parseA1(address);
  const value = cell ? content.rows[cell.row]?.[cell.col] : undefined;
  return typeof value === "string" && value !== "" && !value.startsWith("=") ? value : undefined;
}

/** Cells one under the other in one column, with one fill. */
export interface FillRun {
  row: number;
  col: number;
  count: number;
  color: string;
}

/** The content's cell fills as runs: column by column, consecutive rows of one colour together. */
export function fillRuns(content: SheetContent): FillRun[] {
  const cells = Object.entries(content.cellFills ?? {}).flatMap(([address, color]) => {
    const cell = parseA1(address);
    return cell ? [{ ...cell, color }] : [];
  });
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: FillRun[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === cell.col && last.color === cell.color && last.row + last.count === cell.row) last.count += 1;
    else runs.push({ row: cell.row, col: cell.col, count: 1, color: cell.color });
  }
  return runs;
}

function planItems(content: SheetContent, matrix: SheetMatrix): WriteItem[] {
  const items: WriteItem[] = matrix.rowBytes.map((bytes, index) => ({ kind: "row", index, bytes }));
  items.push({ kind: "layout", bytes: COMMAND_OVERHEAD_BYTES * (1 + (content.boldRows?.length ?? 0) + Object.keys(content.columnWidths ?? {}).length) });
  for (const link of content.links ?? []) {
    const text = linkText(content, link.address);
    items.push({ kind: "link", address: link.address, target: link.target, text, bytes: COMMAND_OVERHEAD_BYTES + jsonBytes(link) + jsonBytes(text) });
  }
  for (const run of fillRuns(content)) items.push({ kind: "fill", run, bytes: COMMAND_OVERHEAD_BYTES + jsonBytes(run) });
  if (content.chart) items.push({ kind: "chart", bytes: 4 * COMMAND_OVERHEAD_BYTES + jsonBytes(content.chart) });
  return items;
}

function queueRows(sheet: Excel.Worksheet, matrix: SheetMatrix, first: number, count: number): void {
  if (count === 0 || matrix.columnCount === 0) return;
  const range = sheet.getRangeByIndexes(first, 0, count, matrix.columnCount);
  if (matrix.numberFormats) range.numberFormat = matrix.numberFormats.slice(first, first + count);
  range.formulas = matrix.formulas.slice(first, first + count);
}

function queueLayout(sheet: Excel.Worksheet, content: SheetContent, matrix: SheetMatrix): void {
  const width = Math.max(1, matrix.columnCount);
  for (const row of content.boldRows ?? []) sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  for (const [column, characters] of Object.entries(content.columnWidths ?? {})) {
    sheet.getRangeByIndexes(0, Number(column), 1, 1).format.columnWidth = columnWidthPoints(characters);
  }
  if (content.boldRows?.includes(0)) sheet.freezePanes.freezeRows(1);
}

function queueChart(sheet: Excel.Worksheet, content: SheetContent, matrix: SheetMatrix): void {
  if (!content.chart) return;
  const type = content.chart.type === "bar" ? "BarClustered" : "ColumnClustered";
  const chart = sheet.charts.add(type, sheet.getRange(content.chart.range), "Columns");
  chart.title.text = content.chart.title;
  const [start, end] = (content.chart.position ?? toA1(0, matrix.columnCount + 1)).split(":");
  chart.setPosition(start ?? "A1", end);
}

/** Queues every write of `content` into `sheet`, syncing once per batch. Returns the number of batches. */
export async function writeContent(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  content: SheetContent,
  matrix: SheetMatrix,
  maxRequestBytes: number,
): Promise<number> {
  const batches = packBatches(planItems(content, matrix), (item) => item.bytes, maxRequestBytes);
  for (const batch of batches) {
    const rows = batch.flatMap((item) => (item.kind === "row" ? [item.index] : []));
    queueRows(sheet, matrix, rows[0] ?? 0, rows.length);
    for (const item of batch) {
      if (item.kind === "layout") queueLayout(sheet, content, matrix);
      if (item.kind === "link") {
        sheet.getRange(item.address).hyperlink = { documentReference: item.target, ...(item.text === undefined ? {} : { textToDisplay: item.text }) };
      }
      if (item.kind === "fill") sheet.getRangeByIndexes(item.run.row, item.run.col, item.run.count, 1).format.fill.color = item.run.color;
      if (item.kind === "chart") queueChart(sheet, content, matrix);
    }
    if (batch === batches[batches.length - 1]) sheet.activate();
    await context.sync();
  }
  return batches.length;
}
