/**
 * The writes that fill a freshly added sheet from a SheetContent, packed into
 * batches under the request budget (one `context.sync()` each; one in all for
 * any report of ordinary size). Rows go first, in blocks of consecutive rows
 * written with one `formulas` and one `numberFormat` assignment per block; then
 * bold rows, widths, the frozen header, links, the chart, and activation.
 *
 * Requirement sets: formulas/numberFormat/font/columnWidth/charts/activate
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
  | { kind: "chart"; bytes: number };

/** The text a link shows: the cell's own text. Numbers, booleans and formulas keep their cell as it is. */
function linkText(content: SheetContent, address: string): string | undefined {
  const cell = parseA1(address);
  const value = cell ? content.rows[cell.row]?.[cell.col] : undefined;
  return typeof value === "string" && value !== "" && !value.startsWith("=") ? value : undefined;
}

function planItems(content: SheetContent, matrix: SheetMatrix): WriteItem[] {
  const items: WriteItem[] = matrix.rowBytes.map((bytes, index) => ({ kind: "row", index, bytes }));
  items.push({ kind: "layout", bytes: COMMAND_OVERHEAD_BYTES * (1 + (content.boldRows?.length ?? 0) + Object.keys(content.columnWidths ?? {}).length) });
  for (const link of content.links ?? []) {
    const text = linkText(content, link.address);
    items.push({ kind: "link", address: link.address, target: link.target, text, bytes: COMMAND_OVERHEAD_BYTES + jsonBytes(link) + jsonBytes(text) });
  }
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
  chart.setPosition(toA1(0, matrix.columnCount + 1));
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
      if (item.kind === "chart") queueChart(sheet, content, matrix);
    }
    if (batch === batches[batches.length - 1]) sheet.activate();
    await context.sync();
  }
  return batches.length;
}
