/**
 * Everything a user could lose in a workbook, read with ExcelJS, cell by cell and sheet by sheet:
 * value (with formula and cached result), number format, font, fill, border, alignment,
 * protection, note (a font or border spelling out Excel's defaults counts as none); and per sheet merges, column widths, row heights, views, tab colour,
 * conditional formats and data validation.
 */
import type ExcelJS from "exceljs";

export interface CellSnapshot {
  value: string;
  numFmt: string;
  font: string;
  fill: string;
  border: string;
  alignment: string;
  protection: string;
  note: string;
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** Excel's default cell font (Calibri 11, theme text colour): a cell without a font shows it. */
const DEFAULT_FONT = JSON.stringify({ color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" });

/** A font or border that looks the same as none is recorded as none: restyling a cell may spell out the defaults. */
function fontOf(font: unknown): string {
  const written = json(font);
  return written === DEFAULT_FONT ? "null" : written;
}

function borderOf(border: unknown): string {
  const written = json(border);
  return written === "{}" ? "null" : written;
}

/** Every cell with a value or a style, by "Sheet!A1". */
export function cellSnapshots(workbook: ExcelJS.Workbook, sheets?: readonly string[]): Map<string, CellSnapshot> {
  const cells = new Map<string, CellSnapshot>();
  for (const sheet of workbook.worksheets) {
    if (sheets && !sheets.includes(sheet.name)) continue;
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, {
          value: json(cell.value),
          numFmt: cell.numFmt ?? "",
          font: fontOf(cell.font),
          fill: json(cell.fill),
          border: borderOf(cell.border),
          alignment: json(cell.alignment),
          protection: json(cell.protection),
          note: json(cell.note),
        });
      });
    });
  }
  return cells;
}

/** Sheet-level settings a user makes. */
export function sheetSnapshot(sheet: ExcelJS.Worksheet): unknown {
  const model = sheet.model as unknown as { merges?: string[]; conditionalFormattings?: unknown; dataValidations?: unknown };
  const columns = (sheet.columns ?? []).map((column) => column.width ?? null);
  const heights: Record<number, number> = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height !== undefined) heights[number] = row.height;
  });
  return {
    merges: [...(model.merges ?? [])].sort(),
    columns,
    heights,
    views: sheet.views,
    tabColor: sheet.properties.tabColor ?? null,
    state: sheet.state,
    conditionalFormattings: model.conditionalFormattings ?? null,
    dataValidations: model.dataValidations ?? null,
  };
}
