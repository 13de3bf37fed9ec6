/**
 * From header concepts to the fields of a sheet of a given role.
 *
 * The role settles what a bare header means: "Peso" is the objective's weight on an objective sheet,
 * the indicator's on an indicator sheet, a manager's on the weights table; "Tipo" is the objective's
 * kind or the indicator's type; on a revision table a target is a forecast and a result an actual.
 * Headers without a date are settled here when they can be: a lone "Target" is the year's target
 * (31/12) unless a 31/12 target column exists; a bare "Scostamento" is the computed deviation when
 * the sheet also has declared deviations by date or the column holds formulas, else it is the
 * deviation the user declared. Results and declared deviations without a date stay undated
 * (`resultUndated`, `declaredDeviationUndated`): they belong to the reporting period, known later.
 * When two columns give the same field the first is used and the other is ignored, except the
 * weight columns of the weights table, which are all kept in order.
 */
import { leadingWeightIsObjectives } from "./classifySheet";
import type { HeaderCell, HeaderRow } from "./detectHeaderRow";
import type { Grid } from "./grid";
import { cellRef, gridOrigin, gridRows, hasFormula } from "./gridCells";
import type { PlanField, SheetRole } from "./planFields";

/** A field as read from a header: a plan field, or a result / declared deviation with no date yet. */
export type ReadField = PlanField | "resultUndated" | "declaredDeviationUndated";

export interface LayoutColumn {
  /** Grid column index. */
  col: number;
  field: ReadField;
  /** The header as written. */
  header: string;
  /** A1 address of the header cell. */
  address: string;
}

type Pending = ReadField | "targetUndated" | "deviationUndated" | "forecastUndated" | null;

const DATED_FIELDS = {
  target: { "30/6": "target30_6", "31/12": "target31_12", none: "targetUndated" },
  result: { "30/6": "result30_6", "31/12": "result31_12", none: "resultUndated" },
  declaredDeviation: { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12", none: "declaredDeviationUndated" },
  forecast: { "30/6": "forecast30_6", "31/12": "forecast31_12", none: "forecastUndated" },
} as const satisfies Record<string, Record<"30/6" | "31/12" | "none", Pending>>;

function dated(concept: keyof typeof DATED_FIELDS, date: "30/6" | "31/12" | undefined): Pending {
  return DATED_FIELDS[concept][date ?? "none"];
}

function objectivesField(cell: HeaderCell): Pending {
  const concept = cell.match.concept;
  if (concept === "code") return "objectiveCode";
  if (concept === "objective") return "objectiveTitle";
  if (concept === "kind" || concept === "type") return "objectiveKind";
  if (concept === "area" || concept === "manager" || concept === "objectiveWeight" || concept === "ownShare") return concept;
  if (concept === "weight") return "objectiveWeight";
  if (concept === "parent") return "parentCode";
  return null;
}

function indicatorsField(cell: HeaderCell, combined: boolean, leadingWeight: HeaderCell | undefined): Pending {
  const { concept, date } = cell.match;
  if (combined && concept !== "code" && concept !== "weight") {
    const objective = objectivesField(cell);
    if (objective !== null && concept !== "type") return objective;
  }
  switch (concept) {
    case "code": return "objectiveCode";
    case "number": return "indicatorNumber";
    case "indicator": return "indicatorName";
    case "type": case "indicatorType": return "indicatorType";
    case "polarity": case "unit": case "baseline": case "baselineYear": case "achievement": case "notes": return concept;
    case "weight": return cell === leadingWeight ? "objectiveWeight" : "indicatorWeight";
    case "indicatorWeight": return "indicatorWeight";
    case "target": return dated("target", date);
    case "result": return dated("result", date);
    case "declaredDeviation": return dated("declaredDeviation", date);
    case "deviation": return date ? dated("declaredDeviation", date) : "deviationUndated";
    case "computedDeviation": return "deviation";
    default: return null;
  }
}

function weightsField(cell: HeaderCell, hasCode: boolean): Pending {
  const concept = cell.match.concept;
  if (concept === "manager") return "manager";
  if (concept === "code" || (concept === "objective" && !hasCode)) return "objectiveCode";
  if (concept === "weight" || concept === "objectiveWeight" || concept === "indicatorWeight") return "managerWeight";
  return null;
}

function revisionsField(cell: HeaderCell, hasCode: boolean, hasNumber: boolean): Pending {
  const { concept, date } = cell.match;
  if (concept === "code" || (concept === "objective" && !hasCode)) return "objectiveCode";
  if (concept === "number" || (concept === "indicator" && !hasNumber)) return "indicatorNumber";
  if (concept === "forecast" || concept === "target") return dated("forecast", date);
  if (concept === "result" && date !== "31/12") return "actual30_6";
  if (concept === "newForecast") return "newForecast31_12";
  if (concept === "reason" || concept === "notes") return "reason";
  return null;
}

function columnHasFormula(grid: Grid, headerRow: number, col: number): boolean {
  const rows = gridRows(grid).length;
  for (let r = headerRow + 1; r < rows; r++) if (hasFormula(grid, r, col)) return true;
  return false;
}

/** Turns still-undated targets, deviations and forecasts into fields, as described above. */
function settle(grid: Grid, header: HeaderRow, pending: { cell: HeaderCell; field: Pending }[]): { cell: HeaderCell; field: ReadField }[] {
  const present = new Set(pending.map((p) => p.field));
  const datedDeclared = present.has("declaredDeviation30_6") || present.has("declaredDeviation31_12");
  const settled: { cell: HeaderCell; field: ReadField }[] = [];
  for (const { cell, field } of pending) {
    let final: Pending = field;
    if (field === "targetUndated") final = present.has("target31_12") ? null : "target31_12";
    if (field === "forecastUndated") final = present.has("forecast31_12") ? "forecast30_6" : "forecast31_12";
    if (field === "deviationUndated") {
      final = datedDeclared || columnHasFormula(grid, header.row, cell.col) ? "deviation" : "declaredDeviationUndated";
    }
    if (final !== null && final !== "targetUndated" && final !== "deviationUndated" && final !== "forecastUndated") {
      settled.push({ cell, field: final });
    }
  }
  return settled;
}

/** The recognised columns of a sheet of the given role, in sheet order. */
export function mapColumns(grid: Grid, header: HeaderRow, role: SheetRole): LayoutColumn[] {
  const cells = header.cells;
  const hasCode = cells.some((c) => c.match.concept === "code");
  const hasNumber = cells.some((c) => c.match.concept === "number");
  const leadingWeight = leadingWeightIsObjectives(cells) ? cells.find((c) => c.match.concept === "weight") : undefined;
  const pending = cells.map((cell) => {
    if (role === "objectives") return { cell, field: objectivesField(cell) };
    if (role === "weights") return { cell, field: weightsField(cell, hasCode) };
    if (role === "revisions") return { cell, field: revisionsField(cell, hasCode, hasNumber) };
    return { cell, field: indicatorsField(cell, role === "combined", leadingWeight) };
  });
  const origin = gridOrigin(grid);
  const used = new Set<ReadField>();
  const columns: LayoutColumn[] = [];
  for (const { cell, field } of settle(grid, header, pending)) {
    if (used.has(field) && field !== "managerWeight") continue;
    used.add(field);
    columns.push({ col: cell.col, field, header: cell.text, address: cellRef(grid.sheet, origin, cell.row, cell.col).address });
  }
  return columns;
}
