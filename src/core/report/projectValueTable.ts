/**
 * «Valore dei progetti»: what each project objective's economic value earns by its achievement, as the
 * seed's PERF.VALOREPROGETTO computes it (computeProjectValue.ts): point value × coefficient × the
 * objective's score (from scorePlan), the score capped at 100%. One row per objective and fund, in the
 * plan's order; a value written with only its total earns total × score. A value that cannot be read
 * is left out (the rule `valore-progetto-incoerente` reports it); a value written inconsistently uses
 * the product, as the rule says.
 *
 * The plan's own fund for the rewards: when the reward rules give no «fondo», the sum of the values
 * of the fund the plan calls «Fondo Dirigenti» (the fund of the managers, whom the «Premi» rewards),
 * said in the report as «fondo letto dal piano».
 */
import { computeProjectValue } from "../calc/computeProjectValue";
import { tidy } from "../calc/calcOutcome";
import { codeKey } from "../plan/planCodes";
import type { Plan, ProjectValue } from "../plan/planModel";
import { normalizeHeader } from "../plan/normalizeHeader";
import { formatFigure } from "../wording/formatNumbers";
import type { RewardFund } from "./rewards";
import type { PlanScores } from "./scorePlan";

export interface ProjectValueRow {
  objective: string;
  title: string;
  /** The fund as written; "" when the plan names none. */
  fund: string;
  unitValue: number | null;
  coefficient: number | null;
  /** The project's full value: point value × coefficient, else the total written. */
  value: number;
  /** The objective's score (a fraction); null when not evaluable. */
  score: number | null;
  /** What the score earns of the value; null when the score is not evaluable. */
  earned: number | null;
  /** How the amount earned is obtained (or why there is none), in Italian. */
  explanation: string;
  /** Where the value is written: sheet and cell. */
  sheet: string;
  cell: string;
}

export interface ProjectValueTable {
  rows: ProjectValueRow[];
  /** Per fund, in order of appearance: the full values and what was earned, summed. */
  funds: { fund: string; value: number; earned: number }[];
}

/** The full value a project value states, or null when neither the product nor the total is known. */
function fullValue(project: ProjectValue): number | null {
  if (project.problem !== undefined) return null;
  if (project.unitValue !== undefined && project.coefficient !== undefined) return tidy(project.unitValue * project.coefficient);
  return project.total ?? null;
}

function rowOf(objective: { code: string; title: string }, project: ProjectValue, score: number | null): ProjectValueRow | null {
  const value = fullValue(project);
  if (value === null) return null;
  const product = project.unitValue !== undefined && project.coefficient !== undefined;
  const unit = product ? (project.unitValue ?? 0) : value;
  const coefficient = product ? (project.coefficient ?? 0) : 1;
  let earned: number | null = null;
  let explanation = "Non valutabile: l'obiettivo non ha un punteggio.";
  if (score !== null) {
    const outcome = computeProjectValue(unit, coefficient, score);
    if (outcome.ok) {
      earned = outcome.value;
      explanation = outcome.explanation;
    } else explanation = outcome.message;
  }
  if (project.coefficientSource === "relevance") explanation = `${explanation} (coefficiente dalla rilevanza)`;
  return {
    objective: objective.code,
    title: objective.title,
    fund: project.fund,
    unitValue: project.unitValue ?? null,
    coefficient: project.coefficient ?? null,
    value,
    score,
    earned,
    explanation,
    sheet: project.cell.ref.sheet,
    cell: project.cell.ref.address,
  };
}

/** The «Valore dei progetti» table of a checked plan, or null when the plan states no project value. */
export function projectValueTable(plan: Plan, scores: PlanScores): ProjectValueTable | null {
  const scoreOf = new Map(scores.objectives.map((objective) => [codeKey(objective.code), objective.score]));
  const rows: ProjectValueRow[] = [];
  for (const objective of plan.objectives) {
    for (const project of objective.projectValues ?? []) {
      const row = rowOf(objective, project, scoreOf.get(codeKey(objective.code)) ?? null);
      if (row !== null) rows.push(row);
    }
  }
  if (rows.length === 0) return null;
  const funds = new Map<string, { fund: string; value: number; earned: number }>();
  for (const row of rows) {
    const fund = funds.get(row.fund) ?? { fund: row.fund, value: 0, earned: 0 };
    fund.value = tidy(fund.value + row.value);
    fund.earned = tidy(fund.earned + (row.earned ?? 0));
    funds.set(row.fund, fund);
  }
  return { rows, funds: [...funds.values()] };
}

/** True for the managers' fund as plans name it: «Fondo Dirigenti», «fondo della dirigenza». */
function isManagersFund(fund: string): boolean {
  return /\bdirigen/.test(normalizeHeader(fund));
}

/**
 * The fund the plan states for the managers' rewards: the sum of its «Fondo Dirigenti» project values,
 * with how it is made («1.4 € 15.530,00 + 2.3 € 15.530,00 = € 31.060,00»); null when the plan names no such fund.
 */
export function fundFromPlan(table: ProjectValueTable | null): RewardFund | null {
  const rows = table?.rows.filter((row) => isManagersFund(row.fund)) ?? [];
  const first = rows[0];
  if (first === undefined) return null;
  const amount = tidy(rows.reduce((sum, row) => sum + row.value, 0));
  const parts = rows.map((row) => `${row.objective} ${formatFigure(row.value, "euro")}`).join(" + ");
  const made = rows.length === 1 ? parts : `${parts} = ${formatFigure(amount, "euro")}`;
  return { amount, explanation: `${first.fund}, ${made}`, source: "plan" };
}
