import { parseA1, toA1 } from "../core/plan/a1";
import type { Grid } from "../core/plan/grid";
import { SEVERITY_ORDER, type Anomaly, type Severity } from "../core/rules/anomaly";
import type { SheetContent } from "../core/report/sheetContent";
import { isOwnSheet, OWNER_VALUE } from "../core/reportSheets";
import { WorkbookError } from "./workbookError";
import { mayReplace, type WorkbookChange, type WorkbookPort, type WriteSheetOptions } from "./workbookPort";
import { gridFromSheetContent } from "./gridFromSheetContent";

/** One highlighted cell: the most severe anomaly on it decides the colour. */
export interface MemoryHighlight {
  sheet: string;
  address: string;
  severity: Severity;
}

export interface MemorySelection {
  sheet: string;
  address: string;
}

/**
 * A workbook held in memory behind the same port the pane uses in Excel: the
 * browser preview shows it beside the pane, and the component tests inspect it.
 * It keeps the grids, the add-in's highlights, the selection, the sheets the
 * add-in wrote and the document settings.
 */
export class MemoryWorkbook implements WorkbookPort {
  private grids: Grid[];
  private highlights = new Map<string, MemoryHighlight>();
  private selection: MemorySelection | null = null;
  private settings: Record<string, unknown>;
  private readonly written: string[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(change: WorkbookChange) => void>();

  constructor(grids: Grid[], settings: Record<string, unknown> = {}) {
    this.grids = grids.map(copyGrid);
    this.settings = copyRecord(settings);
  }

  async listSheets(): Promise<string[]> {
    return this.grids.map((grid) => grid.sheet);
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    return this.grids.filter((grid) => !wanted || wanted.has(grid.sheet)).map(copyGrid);
  }

  async applyHighlights(anomalies: Anomaly[]): Promise<void> {
    this.highlights = new Map();
    for (const anomaly of anomalies) {
      const key = cellKey(anomaly.sheet, anomaly.cell);
      const previous = this.highlights.get(key);
      if (!previous || rank(anomaly.severity) < rank(previous.severity)) {
        this.highlights.set(key, { sheet: anomaly.sheet, address: anomaly.cell.toUpperCase(), severity: anomaly.severity });
      }
    }
    this.notify();
  }

  async clearHighlights(): Promise<void> {
    this.highlights = new Map();
    this.notify();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.grids.some((grid) => grid.sheet === sheet)) {
      throw new WorkbookError("sheetNotFound", `Il foglio "${sheet}" non esiste nella cartella.`, { sheet });
    }
    const at = parseA1(address);
    if (!at) throw new WorkbookError("invalidAddress", `"${address}" non è un indirizzo di cella.`, { sheet, address });
    this.selection = { sheet, address: toA1(at.row, at.col) };
    this.notify();
  }

  /**
   * As in Excel: an existing sheet is replaced only when the add-in wrote it and may replace it;
   * the sheets written here carry the owner mark, as Excel's do.
   */
  async writeSheet(content: SheetContent, options?: WriteSheetOptions): Promise<void> {
    const grid = gridFromSheetContent(content);
    const index = this.grids.findIndex((existing) => existing.sheet.toLowerCase() === content.name.toLowerCase());
    if (index >= 0 && !(mayReplace(content.name, options) && isOwnSheet(content.name, { mark: this.markOf(content.name) }))) {
      throw new WorkbookError("sheetExists", `Il foglio "${content.name}" esiste già e non è stato creato dal componente aggiuntivo.`, {
        sheet: content.name,
      });
    }
    if (index >= 0) this.grids[index] = grid;
    else this.grids.push(grid);
    if (!this.written.includes(content.name)) this.written.push(content.name);
    this.notify();
  }

  async loadSettings(): Promise<Record<string, unknown>> {
    return copyRecord(this.settings);
  }

  async saveSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = copyRecord(settings);
    this.notify();
  }

  onChanged(listener: (change: WorkbookChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** A user's edit: changes one cell's value and tells the `onChanged` listeners, as Excel does. */
  editCell(sheet: string, address: string, value: unknown): void {
    const grid = this.grids.find((existing) => existing.sheet === sheet);
    const at = parseA1(address);
    if (!grid || !at) throw new WorkbookError("sheetNotFound", `Cella ${sheet}!${address} inesistente.`, { sheet, address });
    const origin = parseA1(grid.origin) ?? { row: 0, col: 0 };
    const row = at.row - origin.row;
    const col = at.col - origin.col;
    if (row < 0 || col < 0) throw new WorkbookError("invalidAddress", `La cella ${address} è fuori dall'area usata di ${sheet}.`, { sheet, address });
    while (grid.values.length <= row) grid.values.push([]);
    const cells = grid.values[row] ?? [];
    while (cells.length <= col) cells.push("");
    cells[col] = value;
    if (grid.formulas) grid.formulas = undefined;
    this.notify();
    for (const listener of this.changeListeners) listener({ sheet, address: toA1(at.row, at.col) });
  }

  /** Everything the preview grid shows; also what tests inspect. */
  snapshot(): {
    grids: Grid[];
    highlights: MemoryHighlight[];
    selection: MemorySelection | null;
    settings: Record<string, unknown>;
    writtenSheets: string[];
  } {
    return {
      grids: this.grids.map(copyGrid),
      highlights: [...this.highlights.values()],
      selection: this.selection ? { ...this.selection } : null,
      settings: copyRecord(this.settings),
      writtenSheets: [...this.written],
    };
  }

  /** Called after every change of grids, highlights, selection or settings. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The owner mark of a sheet: the add-in's on the sheets written here, none on the others. */
  private markOf(name: string): string | null {
    return this.written.includes(name) ? OWNER_VALUE : null;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function rank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address.toUpperCase()}`;
}

function copyGrid(grid: Grid): Grid {
  return {
    ...grid,
    values: grid.values.map((row) => [...row]),
    formulas: grid.formulas?.map((row) => [...row]),
    numberFormats: grid.numberFormats?.map((row) => [...row]),
  };
}

function copyRecord(record: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
