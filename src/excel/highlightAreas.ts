/**
 * Groups anomalous cells by sheet and severity into address lists that Excel can
 * take in one `getRanges` call each:
 * - a cell with several anomalies is highlighted once, by its most severe one;
 * - cells next to each other in a column merge into one area ("K12:K15");
 * - areas are joined with "," into strings no longer than the address limit.
 * Anomalies whose sheet is not in the workbook, or whose address is not an Excel
 * address, are returned as `skipped` (still listed in the pane, not highlighted).
 */
import type { Anomaly, Severity } from "../core/rules/anomaly";
import { SEVERITY_ORDER } from "../core/rules/anomaly";
import { formatArea, parseArea, type CellArea } from "./cellAddress";
import { moreSevere } from "./highlightMarker";

export interface HighlightGroup {
  sheet: string;
  severity: Severity;
  /** Comma-separated area lists, each within the address limit. */
  addresses: string[];
}

export interface HighlightPlan {
  groups: HighlightGroup[];
  skipped: Anomaly[];
}

function mergeColumnRuns(cells: readonly CellArea[]): CellArea[] {
  const sorted = [...cells].sort((a, b) => a.left - b.left || a.top - b.top);
  const merged: CellArea[] = [];
  for (const cell of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.left === cell.left && last.right === cell.right && last.bottom + 1 === cell.top) {
      last.bottom = cell.bottom;
    } else {
      merged.push({ ...cell });
    }
  }
  return merged;
}

/** Joins addresses with "," into strings of at most `maxLength` characters. */
export function joinWithinLimit(addresses: readonly string[], maxLength: number): string[] {
  const joined: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxLength) {
      joined.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") joined.push(current);
  return joined;
}

export function planHighlights(
  anomalies: readonly Anomaly[],
  sheetsInWorkbook: ReadonlySet<string>,
  maxAddressLength: number,
): HighlightPlan {
  const skipped: Anomaly[] = [];
  const cells = new Map<string, Map<string, { area: CellArea; severity: Severity }>>();
  for (const anomaly of anomalies) {
    const area = parseArea(anomaly.cell);
    if (!area || !sheetsInWorkbook.has(anomaly.sheet)) {
      skipped.push(anomaly);
      continue;
    }
    const sheetCells = cells.get(anomaly.sheet) ?? new Map();
    cells.set(anomaly.sheet, sheetCells);
    const key = formatArea(area);
    const known = sheetCells.get(key);
    sheetCells.set(key, { area, severity: known ? moreSevere(known.severity, anomaly.severity) : anomaly.severity });
  }
  const groups: HighlightGroup[] = [];
  for (const [sheet, sheetCells] of cells) {
    for (const severity of SEVERITY_ORDER) {
      const areas = [...sheetCells.values()].filter((cell) => cell.severity === severity).map((cell) => cell.area);
      if (areas.length === 0) continue;
      const addresses = joinWithinLimit(mergeColumnRuns(areas).map(formatArea), maxAddressLength);
      groups.push({ sheet, severity, addresses });
    }
  }
  return { groups, skipped };
}
