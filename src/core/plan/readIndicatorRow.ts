/**
 * One indicator from one data row of an indicator sheet or a combined sheet, written straight into
 * the plan's indicator columns (indicatorColumns.ts): its fields, and its cells as ids of the plan's
 * cell store.
 * A row is an indicator when it has a name, or a number together with some value (target, result,
 * weight, baseline). Cells of recognised columns are kept even when blank: a blank target is a
 * placeholder at a known address, which is what a rule about a missing target needs.
 * Targets, results and declared deviations are keyed by their column's date (see reportingDate.ts);
 * those written without a date are kept apart (undated): they belong to the reporting date, which is
 * known only once the whole plan is read.
 */
import { rawAt } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import { inferPolarity } from "./inferPolarity";
import type { IndicatorColumns, SingleCell } from "./indicatorColumns";
import { cellIn, NO_CELL } from "./planCells";
import { indicatorNumberText, splitNamedCode } from "./planCodes";
import type { ReadField } from "./mapColumns";
import { cellIdAt, columnOf, isFilledAt, textAt, type SheetTable } from "./sheetTable";
import type { CellValue } from "../values/valueTypes";

const VALUE_FIELDS: readonly ReadField[] = ["targetUndated", "resultUndated", "indicatorWeight", "baseline"];

function hasIndicator(table: SheetTable, r: number, name: string, number: string): boolean {
  if (name !== "") return true;
  if (number === "") return false;
  for (const field of VALUE_FIELDS) if (isFilledAt(table, r, field)) return true;
  for (const { col } of table.dated) if (!isBlank(rawAt(table.rows, r, col))) return true;
  return false;
}

const DATED_KINDS = { target: "targets", result: "results", declaredDeviation: "declaredDeviations" } as const;

/** The indicator's cells read from a column of their own, when the sheet has it: each with its field. */
const OPTIONAL_CELLS: readonly { key: SingleCell; field: ReadField }[] = [
  { key: "baseline", field: "baseline" }, { key: "baselineYear", field: "baselineYear" }, { key: "weight", field: "indicatorWeight" },
  { key: "deviationCell", field: "deviation" }, { key: "achievementCell", field: "achievement" },
];

/** The row's targets, results and declared deviations by date (the first column of a date wins), and the values of its targets. */
function readDatedCells(table: SheetTable, r: number, columns: IndicatorColumns, i: number, targetValues: CellValue[]): void {
  for (const { concept, period, col } of table.dated) {
    const kind = DATED_KINDS[concept];
    if (columns.datedId(kind, period, i) !== NO_CELL) continue;
    const id = table.values.cellIdAt(table.grid, table.origin, r, col, table.pointColumns.has(col));
    columns.setDated(kind, period, i, id);
    if (concept === "target") targetValues.push(columns.cells.value(id));
  }
}

/** Counts the indicators of each objective, to number those whose N. cell is blank (1, 2, ...). */
export class IndicatorCounter {
  private readonly counts = new Map<string, number>();

  next(objectiveCode: string): number {
    const count = (this.counts.get(objectiveCode) ?? 0) + 1;
    this.counts.set(objectiveCode, count);
    return count;
  }
}

function textOrUndefined(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/**
 * Reads the indicator on row r into `columns` and returns its index, or null when the row holds
 * none. `objectiveCode` is the code the row belongs to; `givenNumber` the indicator's number when the
 * caller read it elsewhere (a composite code).
 */
export function readIndicatorRow(
  table: SheetTable,
  r: number,
  objectiveCode: string,
  counter: IndicatorCounter,
  columns: IndicatorColumns,
  givenNumber?: string,
): number | null {
  const writtenName = textAt(table, r, "indicatorName");
  const writtenNumber = givenNumber ?? textAt(table, r, "indicatorNumber");
  if (!hasIndicator(table, r, writtenName, writtenNumber)) return null;
  // «IN001 - Partecipazione media ...»: without a number column, the code before the name is the number.
  const named = writtenNumber === "" ? splitNamedCode(writtenName) : null;
  const name = named?.name ?? writtenName;
  const position = counter.next(objectiveCode);
  const number = named !== null ? named.code : writtenNumber !== "" ? indicatorNumberText(writtenNumber) : String(position);
  const refCol = columnOf(table, "indicatorName") ?? columnOf(table, "indicatorNumber") ?? table.layout.columns[0]?.col ?? 0;
  const i = columns.add(
    {
      objectiveCode, number, name, polarity: "increasing",
      type: textOrUndefined(textAt(table, r, "indicatorType")), unit: textOrUndefined(textAt(table, r, "unit")), notes: textOrUndefined(textAt(table, r, "notes")),
    },
    { sheet: table.grid.sheet, row: table.origin.row + r, col: table.origin.col + refCol },
  );
  const targetValues: CellValue[] = [];
  readDatedCells(table, r, columns, i, targetValues);
  const undatedTarget = cellIdAt(table, r, "targetUndated");
  if (undatedTarget !== NO_CELL) targetValues.push(columns.cells.value(undatedTarget));
  const polarityCell = cellIdAt(table, r, "polarity");
  const written = cellIn(columns.cells, polarityCell);
  const polarity = inferPolarity(written ? { name, written, targets: targetValues } : { name, targets: targetValues });
  columns.setPolarity(i, polarity.polarity, polarity.basis, polarity.inferred);
  columns.setCell("polarityCell", i, polarityCell);
  for (const { key, field } of OPTIONAL_CELLS) columns.setCell(key, i, cellIdAt(table, r, field));
  columns.setUndated("target", i, undatedTarget);
  columns.setUndated("result", i, cellIdAt(table, r, "resultUndated"));
  columns.setUndated("declaredDeviation", i, cellIdAt(table, r, "declaredDeviationUndated"));
  return i;
}
