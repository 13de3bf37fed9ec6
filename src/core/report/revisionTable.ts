/**
 * The mid-year revision table, as the OIV reads it: for each row of Revisioni, the indicator (name
 * from the plan), "Previsione al 30/6", "Realizzazione al 30/6", "Previsione al 31/12" and "Nuova
 * previsione al 31/12", as written. A value the revision row leaves out is taken from the plan (the
 * 30/6 target, the 30/6 result, the 31/12 target) and flagged as such. `change` is the new forecast
 * against the old one when both are figures in the same unit ("+20 (+20%)"). Rows come in plan order
 * (strategic objectives first, then natural order of codes and indicator numbers).
 */
import { formatSignedFigure } from "../wording/formatNumbers";
import { figureOf } from "../values/valueTypes";
import type { CellRef } from "../plan/grid";
import type { Plan, PlanCell } from "../plan/planModel";
import { naturalCompare } from "../plan/planCodes";
import { indexPlan } from "../plan/planQueries";

export interface RevisionTableRow {
  objective: string;
  indicator: string;
  /** The indicator's name in the plan; absent when the row names no indicator of the plan. */
  name?: string;
  forecast30_6: string;
  actual30_6: string;
  forecast31_12: string;
  newForecast31_12: string;
  /** Which of the four values were taken from the plan because the row left them out. */
  fromPlan: ("forecast30_6" | "actual30_6" | "forecast31_12")[];
  change?: string;
  reason?: string;
  ref: CellRef;
}

function text(cell: PlanCell | undefined): string {
  return cell?.value.text.trim() ?? "";
}

function change(oldCell: PlanCell | undefined, newCell: PlanCell | undefined): string | undefined {
  const before = figureOf(oldCell?.value);
  const after = figureOf(newCell?.value);
  if (!before || !after || before.unit !== after.unit) return undefined;
  const difference = after.value - before.value;
  const relative = before.value === 0 ? "" : ` (${formatSignedFigure(difference / Math.abs(before.value), "percent")})`;
  return `${formatSignedFigure(difference, after.unit)}${relative}`;
}

export function revisionTable(plan: Plan): RevisionTableRow[] {
  const index = indexPlan(plan);
  const strategic = (code: string) => (index.objective(code)?.kind === "strategic" ? 0 : 1);
  const rows = plan.revisions.map((row) => {
    const indicator = index.indicator(row.objectiveCode, row.indicatorNumber);
    const fromPlan: RevisionTableRow["fromPlan"] = [];
    const pick = (own: PlanCell | undefined, planned: PlanCell | undefined, field: RevisionTableRow["fromPlan"][number]) => {
      if (own && text(own) !== "") return own;
      if (planned && text(planned) !== "") fromPlan.push(field);
      return planned;
    };
    const forecast30 = pick(row.forecast30_6, indicator?.targets["30/6"], "forecast30_6");
    const actual30 = pick(row.actual30_6, indicator?.results["30/6"], "actual30_6");
    const forecast31 = pick(row.forecast31_12, indicator?.targets["31/12"], "forecast31_12");
    const result: RevisionTableRow = {
      objective: row.objectiveCode,
      indicator: row.indicatorNumber,
      forecast30_6: text(forecast30),
      actual30_6: text(actual30),
      forecast31_12: text(forecast31),
      newForecast31_12: text(row.newForecast31_12),
      fromPlan,
      ref: row.ref,
    };
    if (indicator) result.name = indicator.name;
    const delta = change(forecast31, row.newForecast31_12);
    if (delta !== undefined) result.change = delta;
    if (row.reason !== undefined && row.reason.trim() !== "") result.reason = row.reason.trim();
    return result;
  });
  return rows.sort(
    (a, b) =>
      strategic(a.objective) - strategic(b.objective) ||
      naturalCompare(a.objective, b.objective) ||
      naturalCompare(a.indicator, b.indicator),
  );
}
