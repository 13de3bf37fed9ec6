/**
 * Building a fake workbook from plain rows, and snapshots of it for before/after
 * comparisons (everything a user could see or lose: values, formulas, number
 * formats, bold, fills, links, widths, charts, custom properties, frozen rows;
 * conditional formats separately).
 */
import { cellKey, emptyState, newSheet, type FakeCell, type FakeState } from "./fakeState";

export interface SheetSpec {
  name: string;
  /** Rows from A1 (or from `origin`): a primitive is a value; an object is a full cell. */
  rows: (string | number | boolean | null | FakeCell)[][];
  /** 0-based row and column of rows[0][0]. */
  origin?: { row: number; col: number };
}

export function workbookState(specs: readonly SheetSpec[]): FakeState {
  const state = emptyState();
  for (const spec of specs) {
    const sheet = newSheet(state, spec.name);
    const top = spec.origin?.row ?? 0;
    const left = spec.origin?.col ?? 0;
    spec.rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        if (entry === null || entry === "") return;
        const cell: FakeCell = typeof entry === "object" ? { ...entry } : { value: entry };
        sheet.cells.set(cellKey(top + r, left + c), cell);
      }),
    );
  }
  state.activeSheet = state.sheets[0]?.name ?? "";
  return state;
}

export function snapshotCells(state: FakeState): unknown {
  return state.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, cell]) => [key, { ...cell }]),
    columnWidths: { ...sheet.columnWidths },
    charts: sheet.charts.map((chart) => ({ ...chart })),
    customProperties: { ...sheet.customProperties },
    frozenRows: sheet.frozenRows,
  }));
}

export function snapshotConditionalFormats(state: FakeState): unknown {
  return state.sheets.map((sheet) => ({ name: sheet.name, formats: sheet.conditionalFormats.map((format) => ({ ...format })) }));
}
