/**
 * One indicator from one data row of an indicator sheet or a combined sheet.
 * A row is an indicator when it has a name, or a number together with some value (target, result,
 * weight, baseline). Cells of recognised columns are kept even when blank: a blank target is a
 * placeholder at a known address, which is what a rule about a missing target needs.
 * Results and declared deviations written without a date are returned apart (`undated`): they
 * belong to the reporting period, which is known only once the whole plan is read.
 */
import { cellRef } from "./gridCells";
import { inferPolarity } from "./inferPolarity";
import { indicatorNumberText } from "./planCodes";
import type { Indicator, PlanCell } from "./planModel";
import { cellAt, columnOf, filledCellAt, textAt, type SheetTable } from "./sheetTable";
import type { ReadField } from "./mapColumns";

export interface IndicatorRow {
  indicator: Indicator;
  undated: { result?: PlanCell; declaredDeviation?: PlanCell };
}

const VALUE_FIELDS: readonly ReadField[] = [
  "target30_6", "target31_12", "result30_6", "result31_12", "resultUndated", "indicatorWeight", "baseline",
];

function hasIndicator(table: SheetTable, r: number, name: string, number: string): boolean {
  if (name !== "") return true;
  return number !== "" && VALUE_FIELDS.some((field) => filledCellAt(table, r, field) !== undefined);
}

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

/** The indicator on row r, or null when the row holds none. `objectiveCode` is the code the row belongs to. */
export function readIndicatorRow(table: SheetTable, r: number, objectiveCode: string, counter: IndicatorCounter): IndicatorRow | null {
  const name = textAt(table, r, "indicatorName");
  const writtenNumber = textAt(table, r, "indicatorNumber");
  if (!hasIndicator(table, r, name, writtenNumber)) return null;
  const position = counter.next(objectiveCode);
  const number = writtenNumber !== "" ? indicatorNumberText(writtenNumber) : String(position);
  const refCol = columnOf(table, "indicatorName") ?? columnOf(table, "indicatorNumber") ?? table.layout.columns[0]?.col ?? 0;

  const targets: Indicator["targets"] = {};
  const target30 = cellAt(table, r, "target30_6");
  const target31 = cellAt(table, r, "target31_12");
  if (target30) targets["30/6"] = target30;
  if (target31) targets["31/12"] = target31;
  const results: Indicator["results"] = {};
  const result30 = cellAt(table, r, "result30_6");
  const result31 = cellAt(table, r, "result31_12");
  if (result30) results["30/6"] = result30;
  if (result31) results["31/12"] = result31;
  const declaredDeviations: Indicator["declaredDeviations"] = {};
  const declared30 = cellAt(table, r, "declaredDeviation30_6");
  const declared31 = cellAt(table, r, "declaredDeviation31_12");
  if (declared30) declaredDeviations["30/6"] = declared30;
  if (declared31) declaredDeviations["31/12"] = declared31;

  const polarityCell = cellAt(table, r, "polarity");
  const polarity = inferPolarity({ name, written: polarityCell, targets: [target30, target31] });
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
  const optional: [keyof Indicator & ("baseline" | "baselineYear" | "weight" | "deviationCell" | "achievementCell"), ReadField][] = [
    ["baseline", "baseline"], ["baselineYear", "baselineYear"], ["weight", "indicatorWeight"],
    ["deviationCell", "deviation"], ["achievementCell", "achievement"],
  ];
  for (const [key, field] of optional) {
    const cell = cellAt(table, r, field);
    if (cell) indicator[key] = cell;
  }
  const undated: IndicatorRow["undated"] = {};
  const result = cellAt(table, r, "resultUndated");
  const declared = cellAt(table, r, "declaredDeviationUndated");
  if (result) undated.result = result;
  if (declared) undated.declaredDeviation = declared;
  return { indicator, undated };
}
