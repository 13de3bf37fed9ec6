/**
 * What real tables say around and between their indicator rows, which is not an indicator:
 * - the owner of the indicators, named in the title block above the header («Processo C4301»,
 *   «OBIETTIVO STRATEGICO 1.1», «Centro di Costo» | «101 - Organi Istituzionali»), or failing that
 *   the sheet's own name («1.1», «C4301 Segreteria»): an assumption the reader states;
 * - block rows inside the table that open another objective («1.1 – Sostenere l'accesso al credito»,
 *   «Obiettivo operativo 2.2»): one written cell holding a code and a title;
 * - section rows that name the dimension of the indicators below them («Efficacia», «Efficienza
 *   economica», «Qualità»): one short written cell, no figures, followed by an indicator row.
 */
import type { CellRef, Grid } from "./grid";
import { cellRef, cellText, gridOrigin, gridRows, rawAt, rowTexts } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import { leadingCode, namedOwner, splitCodeAndTitle, type NamedOwner } from "./planCodes";
import { columnOf, rowKind, type SheetTable } from "./sheetTable";

export interface TableOwner extends NamedOwner {
  ref: CellRef;
  /** How the reader found it: in the sheet's titles, or assumed from the sheet's name. */
  from: "title" | "sheetName";
}

const MAX_SECTION_WORDS = 5;

/** The owner the title rows above the header name, the most specific label first («Obiettivo» before «Centro di costo»). */
export function titleOwner(grid: Grid, headerRow: number): TableOwner | null {
  const rows = gridRows(grid);
  const origin = gridOrigin(grid);
  let best: TableOwner | null = null;
  for (let r = 0; r < headerRow; r++) {
    const texts = rowTexts(rows, r);
    texts.forEach(({ col, text }, i) => {
      const owner = namedOwner(text, texts[i + 1]?.text ?? "");
      if (owner === null || (best !== null && best.rank <= owner.rank)) return;
      let title = owner.title;
      // «Processo C4301» with the process's name on the next written row below it.
      let next = r + 1;
      while (next < headerRow && rowTexts(rows, next).length === 0) next++;
      const below = next < headerRow ? rowTexts(rows, next) : [];
      if (title === "" && below.length === 1 && below[0] !== undefined && namedOwner(below[0].text) === null) title = below[0].text;
      best = { ...owner, title, ref: cellRef(grid.sheet, origin, r, col), from: "title" };
    });
  }
  return best;
}

/** The owner assumed from the sheet's name when nothing else names one: its leading code, or the name itself. */
export function sheetNameOwner(grid: Grid, headerRow: number): TableOwner {
  const name = grid.sheet.trim();
  const code = leadingCode(name) ?? name;
  const title = name.slice(name.indexOf(code) + code.length).replace(/^[\s:\-–—.]+/, "").trim();
  const col = 0;
  return { code, title: title === "" ? name : title, kind: "operational", rank: 99, ref: cellRef(grid.sheet, gridOrigin(grid), headerRow, col), from: "sheetName" };
}

/** The only written cell of a row, or null when the row has none or more than one. */
function onlyCell(table: SheetTable, r: number): { col: number; text: string } | null {
  const row = table.rows[r];
  if (!Array.isArray(row)) return null;
  let found = -1;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (found >= 0) return null;
    found = c;
  }
  return found < 0 ? null : { col: found, text: cellText(row[found]) };
}

/** True when row r holds a value in a layout column other than the indicator's name, number and code. */
function hasValues(table: SheetTable, r: number): boolean {
  const name = columnOf(table, "indicatorName");
  return table.layout.columns.some(
    (column) => column.col !== name && column.field !== "objectiveCode" && column.field !== "indicatorNumber" && !isBlank(rawAt(table.rows, r, column.col)),
  );
}

export type BlockRow = { kind: "objective"; owner: NamedOwner; ref: CellRef } | { kind: "section"; dimension: string };

/** The next data row below r across blank rows, if any: a section row names the dimension of the rows below it. */
function nextDataRow(table: SheetTable, r: number): number | undefined {
  for (let next = r + 1; next < table.rows.length; next++) {
    const kind = rowKind(table, next);
    if (kind === "data") return next;
    if (kind !== "blank") return undefined;
  }
  return undefined;
}

/** An objective block row or a section row at r, or null for any other row. */
export function blockRow(table: SheetTable, r: number): BlockRow | null {
  const only = onlyCell(table, r);
  if (only === null || only.text === "") return null;
  const owner = namedOwner(only.text) ?? codeAndTitle(only.text);
  if (owner !== null) return { kind: "objective", owner, ref: cellRef(table.grid.sheet, table.origin, r, only.col) };
  const words = only.text.split(/\s+/);
  const section = words.length <= MAX_SECTION_WORDS && !/\d/.test(only.text) && hasValuesBelow(table, r);
  return section ? { kind: "section", dimension: only.text.replace(/[:.]+$/, "").trim() } : null;
}

/** Whether the next data row below r holds values. */
function hasValuesBelow(table: SheetTable, r: number): boolean {
  const next = nextDataRow(table, r);
  return next !== undefined && hasValues(table, next);
}

/** A code that stands for an objective on a row of its own: digits with dots («1.1»), or capitals («AS»). */
const BLOCK_CODE = /^(?:\d+(?:\.\d+)*|[A-Z]{2,10}(?:[-_.][A-Z\d]+)*)$/;
/** A title of two words or more. */
const TWO_WORDS = /^\S+\s+\S/;

/** «1.1 – Sostenere l'accesso al credito»: a code, a dash (or a colon) and a title of two words or more. */
function codeAndTitle(text: string): NamedOwner | null {
  const split = splitCodeAndTitle(text);
  if (split === null || !BLOCK_CODE.test(split.code) || !/[-–—:]/.test(split.separator) || !TWO_WORDS.test(split.title)) return null;
  return { code: split.code, title: split.title, kind: "operational", rank: 2 };
}
