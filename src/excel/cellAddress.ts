/**
 * Checks and normalises the addresses anomalies and the pane hand to Excel, so
 * that a bad address becomes a typed Italian error before any call to Excel
 * (which would otherwise fail the whole batch with a bare "InvalidArgument").
 * Accepts a cell ("K12", "$K$12") or a rectangle ("K12:M14"), optionally
 * sheet-qualified ("'Indicatori'!K12": the sheet part is dropped).
 */
import { parseA1, toA1 } from "../core/plan/a1";

/** Excel's grid: 1,048,576 rows and 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function insideGrid(cell: { row: number; col: number }): boolean {
  return cell.row >= 0 && cell.row < MAX_ROWS && cell.col >= 0 && cell.col < MAX_COLUMNS;
}

/** The area an address names, or null when it is not a valid Excel address. */
export function parseArea(address: string): CellArea | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.trim().split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((part) => parseA1(part));
  const [first, second = first] = cells;
  if (!first || !second || !insideGrid(first) || !insideGrid(second)) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}

/** "K12" for one cell, "K12:M14" for a rectangle, in Excel's canonical form. */
export function formatArea(area: CellArea): string {
  const start = toA1(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${toA1(area.bottom, area.right)}`;
}

/** The canonical form of an address ("$k$12" -> "K12"), or null when invalid. */
export function normaliseAddress(address: string): string | null {
  const area = parseArea(address);
  return area ? formatArea(area) : null;
}
