/**
 * Reading an indicator sheet ("Indicatori", or a real report's table): one indicator per data row.
 * The objective an indicator belongs to is, in this order:
 * - its code cell, carried down over blank cells (merged cells arrive blank); a composite code
 *   («1.1 3») gives the objective and the indicator's number;
 * - when the code column's header names the objective («Obiettivo n. 1»), the column holds its
 *   title and each repeated header row («Obiettivo n. 2») opens the next one;
 * - a block row inside the table («1.1 – Sostenere l'accesso al credito»);
 * - without a code column, the owner the title block names («Processo C4301»), else the sheet's
 *   name, which the reader says it assumed.
 * Section rows («Efficacia») give the dimension of the indicators below them. The objectives named
 * this way are returned beside the indicators: they stand for the objectives of a plan that has no
 * objective sheet. An indicator above the first code gets the code "" and stays in the plan, as do
 * indicators whose code names no objective (the rules report them).
 */
import type { Grid } from "./grid";
import { cellRef } from "./gridCells";
import { namedOwner, readObjectiveKind, splitCompositeCode } from "./planCodes";
import type { Objective } from "./planModel";
import { IndicatorRows } from "./readIndicatorRow";
import { IndicatorColumns } from "./indicatorColumns";
import type { SheetLayout } from "./sheetLayout";
import { columnOf, rowKind, sheetTable, textIn } from "./sheetTable";
import { blockRow, sheetNameOwner, titleOwner } from "./tableBlocks";
import { CellReading } from "./cellReading";
import type { SheetNote } from "../wording/sheetNotes";

export interface IndicatorsSheet {
  /** Objectives the sheet names with a title (title block, block rows, the code column's header). */
  named: Objective[];
  /** Objectives known only by the codes of the indicators: they stand for a plan with no objective sheet. */
  implied: Objective[];
  /** What the reader assumed, in Italian, to be said once for the sheet. */
  notes: SheetNote[];
}

/** Reads the sheet's indicators into `columns` (their cells into its store) and returns the objectives it names. */
export function readIndicatorsSheet(grid: Grid, layout: SheetLayout, reading = new CellReading(), columns = new IndicatorColumns(reading.cells)): IndicatorsSheet {
  const table = sheetTable(grid, layout, reading);
  const indicatorRows = new IndicatorRows(table, columns);
  const objectives = new Map<string, Objective>();
  const implied = new Map<string, Objective>();
  const notes: SheetNote[] = [];
  const name = (code: string, title: string, kind: Objective["kind"], ref: Objective["ref"]) => {
    const known = objectives.get(code);
    if (known === undefined) objectives.set(code, { code, kind, title, ref });
    else if (known.title === "" && title !== "") known.title = title;
  };

  const codeColumn = layout.columns.find((column) => column.field === "objectiveCode");
  const headerOwner = codeColumn ? namedOwner(codeColumn.header) : null;
  let code = "";
  if (headerOwner) code = headerOwner.code;
  else if (!codeColumn) {
    const owner = titleOwner(grid, layout.headerRow) ?? sheetNameOwner(grid, layout.headerRow);
    code = owner.code;
    name(owner.code, owner.title, owner.kind, owner.ref);
    notes.push(owner.from === "title" ? { kind: "ownerFromTitle", objective: owner.code, address: owner.ref.address } : { kind: "ownerFromSheetName", objective: owner.code });
  }

  const codeCol = codeColumn?.col;
  const numberCol = columnOf(table, "indicatorNumber");
  let dimension: string | undefined;
  // The code last met among the objectives (named or implied): a code once there stays there.
  let listed: string | undefined;
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    const kind = rowKind(table, r);
    if (kind === "header" && headerOwner) {
      const next = namedOwner(textIn(table, r, codeCol));
      if (next) code = next.code;
      continue;
    }
    if (kind !== "data") continue;
    const block = blockRow(table, r);
    if (block?.kind === "section") {
      dimension = block.dimension;
      continue;
    }
    if (block?.kind === "objective") {
      code = block.owner.code;
      dimension = undefined;
      name(code, block.owner.title, block.owner.kind, block.ref);
      continue;
    }
    const written = textIn(table, r, codeCol);
    let number: string | undefined;
    if (headerOwner && codeColumn) {
      if (written !== "") name(code, written, headerOwner.kind, cellRef(grid.sheet, table.origin, r, codeColumn.col));
    } else if (written !== "") {
      // The number cell's text, read here once: a composite code («1.1 3») stands in for a blank one.
      const numberText = textIn(table, r, numberCol);
      const composite = numberText === "" ? splitCompositeCode(written) : null;
      code = composite?.objective ?? written;
      number = composite?.number ?? numberText;
    }
    const i = indicatorRows.read(r, code, number);
    if (i === null) continue;
    if (dimension !== undefined) columns.texts.dimension[i] = dimension;
    if (code !== "" && code !== listed) {
      if (!objectives.has(code) && !implied.has(code)) implied.set(code, { code, kind: readObjectiveKind("", code, ""), title: "", ref: columns.places.ref(i) });
      listed = code;
    }
  }
  return { named: [...objectives.values()], implied: [...implied.values()], notes };
}
