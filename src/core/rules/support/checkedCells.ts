/**
 * The plan cells whose value matters to a calculation or a check, each with its role (worded by
 * the message catalogues: «il risultato al 30/6»). `valore-illeggibile` and `valore-ambiguo` look only at these: a note, a
 * title or the 31/12 result of a mid-year report may say anything.
 *
 * - objectives: weight, own share;
 * - indicators: weight, baseline, both targets, the result of the reporting period, and the
 *   declared deviation of the period when the period's target is a figure (a deviation is only
 *   checked against a numeric target: "+11 agenzie avviate ..." beside a milestone is a comment);
 * - Pesi: every weight column;
 * - Revisioni: the four figures, when the plan value they restate is a figure.
 */
import { indexPlan, planTargetDates } from "../../plan/planQueries";
import { datedCell, datedValuesOf, singleValuesOf, type DatedCells } from "../../plan/indicatorColumns";
import type { Indicator, Period, Plan, PlanCell } from "../../plan/planModel";
import type { CellValue, Placeholder } from "../../values/valueTypes";
import type { CellRole } from "../../wording/messageParameters";
import { hasFigure } from "./figures";
import { memoByPlan } from "../../memo";

export interface CheckedCell {
  cell: PlanCell;
  /** What the cell is: a result at a date, a baseline, a manager's weight... */
  role: CellRole;
  objective?: string;
  indicator?: Indicator;
  /** The indicator number when the cell belongs to one (also for revision rows). */
  indicatorNumber?: string;
  /** True for baselines: a problem there is less grave than in a target or a result. */
  secondary: boolean;
}

/** A reader of the indicators' values of one kind of cell, by position in `plan.indicators` (datedValuesOf, singleValuesOf). */
type ValuesOf = (index: number) => CellValue | undefined;

/**
 * What every entry needs: the list to add to, which values are wanted, the roles written once per plan
 * (cells of one role share them), and the readers of the indicators' values, each column found once.
 */
/** A target date of the plan, with the role of a target at that date and the reader of the targets there. */
interface TargetDate {
  date: Period;
  role: CellRole;
  targetOf: ValuesOf;
}

interface Collector {
  cells: CheckedCell[];
  wanted: (value: CellValue) => boolean;
  period: Period;
  resultRole: CellRole;
  declaredDeviationRole: CellRole;
  weightOf: ValuesOf;
  baselineOf: ValuesOf;
  resultOf: ValuesOf;
  declaredDeviationOf: ValuesOf;
  /** The plan's target dates, earliest first (planTargetDates). */
  targetDates: readonly TargetDate[];
}

/** Adds the indicator's cell, whose value is wanted. */
function addIndicatorCell(into: Collector, indicator: Indicator, cell: PlanCell | undefined, role: CellRole, secondary: boolean): void {
  if (cell === undefined) return;
  into.cells.push({ cell, role, secondary, objective: indicator.objectiveCode, indicator, indicatorNumber: indicator.number });
}

/** Adds the indicator's cell `field` (its weight, its baseline) when its value is wanted: the cell's view is made only then. */
function addSingleCell(into: Collector, indicator: Indicator, field: "weight" | "baseline", value: CellValue | undefined, role: CellRole, secondary: boolean): void {
  if (value !== undefined && into.wanted(value)) addIndicatorCell(into, indicator, indicator[field], role, secondary);
}

/** Adds the indicator's cell of `kind` at `date` when its value is wanted: the cell's view is made only then. */
function addDatedCell(into: Collector, indicator: Indicator, kind: DatedCells, date: Period, value: CellValue | undefined, role: CellRole): void {
  if (value !== undefined && into.wanted(value)) addIndicatorCell(into, indicator, datedCell(indicator, kind, date), role, false);
}

const INDICATOR_WEIGHT: CellRole = { kind: "indicatorWeight" };
const BASELINE: CellRole = { kind: "baseline" };

/** Adds the checked cells of the indicator at position `index` of the plan's indicators. */
function addIndicatorCells(into: Collector, indicator: Indicator, index: number): void {
  const period = into.period;
  addSingleCell(into, indicator, "weight", into.weightOf(index), INDICATOR_WEIGHT, false);
  addSingleCell(into, indicator, "baseline", into.baselineOf(index), BASELINE, true);
  let periodTarget: CellValue | undefined;
  for (let d = 0; d < into.targetDates.length; d++) {
    const { date, role, targetOf } = into.targetDates[d] as TargetDate;
    const target = targetOf(index);
    if (date === period) periodTarget = target;
    addDatedCell(into, indicator, "targets", date, target, role);
  }
  addDatedCell(into, indicator, "results", period, into.resultOf(index), into.resultRole);
  if (hasFigure(periodTarget)) addDatedCell(into, indicator, "declaredDeviations", period, into.declaredDeviationOf(index), into.declaredDeviationRole);
}

function everyValue(): boolean {
  return true;
}

/**
 * The checked cells in plan order; with `wanted`, only those whose value it accepts (a rule about
 * unreadable values need not list the thousands of readable ones).
 */
export function checkedCells(plan: Plan, wanted: (value: CellValue) => boolean = everyValue): CheckedCell[] {
  const cells: CheckedCell[] = [];
  const indicators = plan.indicators;
  const period = plan.period;
  const into: Collector = {
    cells, wanted, period, resultRole: { kind: "result", date: period }, declaredDeviationRole: { kind: "declaredDeviation", date: period },
    weightOf: singleValuesOf(indicators, "weight"), baselineOf: singleValuesOf(indicators, "baseline"),
    resultOf: datedValuesOf(indicators, "results", period), declaredDeviationOf: datedValuesOf(indicators, "declaredDeviations", period),
    targetDates: planTargetDates(plan).map((date) => ({ date, role: { kind: "target", date }, targetOf: datedValuesOf(indicators, "targets", date) })),
  };
  for (const objective of plan.objectives) {
    if (objective.weight && wanted(objective.weight.value)) {
      cells.push({ cell: objective.weight, role: { kind: "objectiveWeight" }, objective: objective.code, secondary: false });
    }
    if (objective.ownShare && wanted(objective.ownShare.value)) {
      cells.push({ cell: objective.ownShare, role: { kind: "ownShare" }, objective: objective.code, secondary: false });
    }
  }
  for (let i = 0; i < indicators.length; i++) addIndicatorCells(into, indicators[i] as Indicator, i);
  for (const row of plan.managerWeights) {
    for (const { column, cell } of row.weights) {
      if (wanted(cell.value)) cells.push({ cell, role: { kind: "managerWeight", column, manager: row.manager }, objective: row.objectiveCode, secondary: false });
    }
  }
  const index = plan.revisions.length > 0 ? indexPlan(plan) : null;
  for (const row of plan.revisions) {
    const indicator = index?.indicator(row.objectiveCode, row.indicatorNumber);
    const restated: [PlanCell | undefined, PlanCell | undefined, CellRole][] = [
      [row.forecast30_6, indicator?.targets["30/6"], { kind: "revisionForecast", date: "30/6" }],
      [row.actual30_6, indicator?.results["30/6"], { kind: "revisionActual", date: "30/6" }],
      [row.forecast31_12, indicator?.targets["31/12"], { kind: "revisionForecast", date: "31/12" }],
      [row.newForecast31_12, indicator?.targets["31/12"], { kind: "revisionNewForecast", date: "31/12" }],
    ];
    for (const [cell, planCell, role] of restated) {
      if (cell === undefined || indicator === undefined || !hasFigure(planCell?.value) || !wanted(cell.value)) continue;
      cells.push({ cell, role, objective: row.objectiveCode, indicator, indicatorNumber: row.indicatorNumber, secondary: false });
    }
  }
  return cells;
}

/**
 * The checked cells that could not be read (failures: unreadable or ambiguous), found once per plan:
 * `valore-illeggibile` and `valore-ambiguo` both look only at these.
 */
export const unreadCells: (plan: Plan) => readonly CheckedCell[] = memoByPlan((plan) => checkedCells(plan, isUnread));

/** A value the reader could not read (unreadable or ambiguous). */
function isUnread(value: CellValue): boolean {
  return value.kind === "failure";
}

/** True for the value of an absent cell, a blank cell and a placeholder ("-", "//", "nessuno"). */
export function isEmptyValue(value: CellValue | undefined): value is Placeholder | undefined {
  return value === undefined || value.kind === "placeholder";
}
