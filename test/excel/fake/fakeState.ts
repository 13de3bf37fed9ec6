/**
 * The "file" behind the fake Excel: sheets with cells, formats, conditional
 * formats, custom properties and charts. It survives a simulated close and
 * reopen (`cloneState`), so tests can check what the add-in finds again later.
 */
import { parseA1, sheetReference, toA1 } from "../../../src/core/plan/a1";

export interface FakeCell {
  /** What `range.values` returns (a formula cell's value is unknown here: ""). */
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** The user's own fill, to prove that highlighting never touches it. */
  fill?: string;
  quotePrefix?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string; address?: string };
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  formula?: string;
  fill?: string;
  /** Multi-area address the format applies to ("A1,B2:B5"). */
  appliesTo: string;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  conditionalFormats: FakeConditionalFormat[];
  customProperties: Record<string, string>;
  charts: FakeChart[];
  columnWidths: Record<number, number>;
  frozenRows: number;
}

export interface FakeState {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** Document settings as last saved with saveAsync. */
  savedSettings: Record<string, unknown>;
  /** The workbook's own settings (Workbook.settings, ExcelApi 1.4), stored in the file. */
  workbookSettings: Record<string, unknown>;
  nextId: number;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function newSheet(state: FakeState, name: string): FakeSheet {
  state.nextId += 1;
  const sheet: FakeSheet = {
    id: `{sheet-${state.nextId}}`,
    name,
    cells: new Map(),
    conditionalFormats: [],
    customProperties: {},
    charts: [],
    columnWidths: {},
    frozenRows: 0,
  };
  state.sheets.push(sheet);
  return sheet;
}

export function emptyState(): FakeState {
  return { sheets: [], activeSheet: "", selection: null, savedSettings: {}, workbookSettings: {}, nextId: 0 };
}

/** "B3" / "B3:D9" -> Rect; null when not an address. */
export function parseRect(address: string): Rect | null {
  const [first, second, extra] = address.split(":");
  if (first === undefined || extra !== undefined) return null;
  const start = parseA1(first);
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end) return null;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

export function rectAddress(sheet: string, rect: Rect): string {
  const start = toA1(rect.top, rect.left);
  const end = toA1(rect.bottom, rect.right);
  return sheetReference(sheet, start === end ? start : `${start}:${end}`);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function findSheet(state: FakeState, nameOrId: string): FakeSheet | undefined {
  const wanted = nameOrId.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted || sheet.id === nameOrId);
}

/** The used range counting cells with a value or a formula (valuesOnly = true). */
export function usedRect(sheet: FakeSheet): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if ((cell.value === undefined || cell.value === "") && cell.formula === undefined) continue;
    const [row = 0, col = 0] = key.split(",").map(Number);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect;
}

/** A deep copy: what a reopened file contains (no selection, first sheet active). */
export function cloneState(state: FakeState): FakeState {
  const sheets = state.sheets.map((sheet) => ({
    ...structuredClone({ ...sheet, cells: undefined }),
    cells: new Map([...sheet.cells].map(([key, cell]) => [key, structuredClone(cell)])),
  }));
  return { ...structuredClone({ ...state, sheets: [] }), sheets, activeSheet: sheets[0]?.name ?? "", selection: null };
}
