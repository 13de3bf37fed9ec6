/**
 * One indicator from one data row of an indicator sheet or a combined sheet.
 * A row is an indicator when it has a name, or a number together with some value (target, result,
 * weight, baseline). Cells of recognised columns are kept even when blank: a blank target is a
 * placeholder at a known address, which is what a rule about a missing target needs.
 * Targets, results and declared deviations are keyed by their column's date (see reportingDate.ts);
 * those written without a date are returned apart (`undated`): they belong to the reporting date,
 * which is known only once the whole plan is read.
 */
import { cellRef, rawAt } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import { inferPolarity } from "./inferPolarity";
import { indicatorNumberText, splitNamedCode } from "./planCodes";
import type { Indicator, PlanCell } from "./planModel";
import { cellAt, columnOf, isFilledAt, textAt, type SheetTable } from "./sheetTable";
import type { ReadField } from "./mapColumns";

export interface IndicatorRow {
  indicator: Indicator;
  undated: { target?: PlanCell; result?: PlanCell; declaredDeviation?: PlanCell };
}

const VALUE_FIELDS: readonly ReadField[] = ["targetUndated", "resultUndated", "indicatorWeight", "baseline"];

function hasIndicator(table: SheetTable, r: number, name: string, number: string): boolean {
  if (name !== "") return true;
  if (number === "") return false;
  for (const field of VALUE_FIELDS) if (isFilledAt(table, r, field)) return true;
  for (const { col } of table.dated) if (!isBlank(rawAt(table.rows, r, col))) return true;
  return false;
}

const DATED_KEYS = { target: "targets", result: "results", declaredDeviation: "declaredDeviations" } as const;

/** The row's targets, results and declared deviations by date: the first column of a date wins. */
function datedValues(table: SheetTable, r: number): Pick<Indicator, "targets" | "results" | "declaredDeviations"> {
  const values: Pick<Indicator, "targets" | "results" | "declaredDeviations"> = { targets: {}, results: {}, declaredDeviations: {} };
  for (const { concept, period, col } of table.dated) {
    const into = values[DATED_KEYS[concept]];
    if (into[period] === undefined) into[period] = table.values.cellAt(table.grid, table.origin, r, col);
  }
  return values;
}

/** The indicator's cells read from a column of their own, when the sheet has it: each with its field. */
const OPTIONAL_CELLS: readonly (readonly [keyof Indicator & ("baseline" | "baselineYear" | "weight" | "deviationCell" | "achievementCell"), ReadField])[] = [
  ["baseline", "baseline"], ["baselineYear", "baselineYear"], ["weight", "indicatorWeight"],
  ["deviationCell", "deviation"], ["achievementCell", "achievement"],
];

function setIfText(indicator: Indicator, key: "type" | "unit" | "notes", text: string): void {
  if (text !== "") indicator[key] = text;
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

/**
 * The indicator on row r, or null when the row holds none. `objectiveCode` is the code the row belongs
 * to; `givenNumber` the indicator's number when the caller read it elsewhere (a composite code).
 */
export function readIndicatorRow(
  table: SheetTable,
  r: number,
  objectiveCode: string,
  counter: IndicatorCounter,
  givenNumber?: string,
): IndicatorRow | null {
  const writtenName = textAt(table, r, "indicatorName");
  const writtenNumber = givenNumber ?? textAt(table, r, "indicatorNumber");
  if (!hasIndicator(table, r, writtenName, writtenNumber)) return null;
  // «IN001 - Partecipazione media ...»: without a number column, the code before the name is the number.
  const named = writtenNumber === "" ? splitNamedCode(writtenName) : null;
  const name = named?.name ?? writtenName;
  const position = counter.next(objectiveCode);
  const number = named !== null ? named.code : writtenNumber !== "" ? indicatorNumberText(writtenNumber) : String(position);
  const refCol = columnOf(table, "indicatorName") ?? columnOf(table, "indicatorNumber") ?? table.layout.columns[0]?.col ?? 0;

  const { targets, results, declaredDeviations } = datedValues(table, r);
  const undatedTarget = cellAt(table, r, "targetUndated");
  const polarityCell = cellAt(table, r, "polarity");
  const polarity = inferPolarity({ name, written: polarityCell, targets: [...Object.values(targets), undatedTarget] });
  const indicator: Indicator = {
    objectiveCode,
    number,
    name,
    polarity: polarity.polarity,
    polarityBasis: polarity.basis,
    targets,
    results,
    declaredDeviations,
    ref: cellRef(table.grid.sheet, table.origin, r, refCol),
  };
  if (polarityCell) indicator.polarityCell = polarityCell;
  if (polarity.inferred !== undefined) indicator.polarityInferred = polarity.inferred;
  setIfText(indicator, "type", textAt(table, r, "indicatorType"));
  setIfText(indicator, "unit", textAt(table, r, "unit"));
  setIfText(indicator, "notes", textAt(table, r, "notes"));
  for (const [key, field] of OPTIONAL_CELLS) {
    const cell = cellAt(table, r, field);
    if (cell) indicator[key] = cell;
  }
  const undated: IndicatorRow["undated"] = {};
  if (undatedTarget) undated.target = undatedTarget;
  const result = cellAt(table, r, "resultUndated");
  const declared = cellAt(table, r, "declaredDeviationUndated");
  if (result) undated.result = result;
  if (declared) undated.declaredDeviation = declared;
  return { indicator, undated };
}
