/**
 * The lower bound's lookups, built once in one pass per table: an objective's row by code, each
 * objective's indicators (rows in sheet order, as offsets into one array), the Pesi rows of each
 * objective, the indicators that have a revision, and the strategic objectives named as parents.
 */
import type { TemplatePlan } from "./templatePlan";

export interface PlanIndex {
  /** Row of the first objective with each code. */
  objectiveRow: Map<string, number>;
  /** Objective row of each indicator, -1 when its code names no objective. */
  indicatorObjective: Int32Array;
  /** Indicators of objective o: members[start[o]] .. members[start[o + 1] - 1]. */
  start: Int32Array;
  members: Int32Array;
  /** Pesi rows by objective code. */
  weightRows: Map<string, number[]>;
  /** Indicator row by "code\u0000number", for the revisions. */
  indicatorRow: Map<string, number>;
  /** Row of the first indicator with the same objective code and number (itself when it is the first). */
  firstIndicator: Int32Array;
  /** Indicator rows that have at least one Revisioni row. */
  revised: Uint8Array;
  /** Objective rows named as parent by some objective. */
  isParent: Uint8Array;
}

export const indicatorKey = (code: string, number: string): string => `${code}\u0000${number}`;

export function indexPlan(plan: TemplatePlan): PlanIndex {
  const { objectives, indicators, weights, revisions } = plan;
  const objectiveRow = new Map<string, number>();
  for (let o = 0; o < objectives.size; o++) {
    const code = objectives.code[o] ?? "";
    if (!objectiveRow.has(code)) objectiveRow.set(code, o);
  }
  const indicatorObjective = new Int32Array(indicators.size);
  const counts = new Int32Array(objectives.size + 1);
  const indicatorRow = new Map<string, number>();
  const firstIndicator = new Int32Array(indicators.size);
  for (let i = 0; i < indicators.size; i++) {
    const code = indicators.code[i] ?? "";
    const o = objectiveRow.get(code) ?? -1;
    indicatorObjective[i] = o;
    if (o >= 0) counts[o + 1] = (counts[o + 1] ?? 0) + 1;
    const key = indicatorKey(code, indicators.number[i] ?? "");
    const first = indicatorRow.get(key);
    if (first === undefined) indicatorRow.set(key, i);
    firstIndicator[i] = first ?? i;
  }
  const start = new Int32Array(objectives.size + 1);
  for (let o = 0; o < objectives.size; o++) start[o + 1] = (start[o] ?? 0) + (counts[o + 1] ?? 0);
  const fill = start.slice(0, objectives.size);
  const members = new Int32Array(start[objectives.size] ?? 0);
  for (let i = 0; i < indicators.size; i++) {
    const o = indicatorObjective[i] ?? -1;
    if (o < 0) continue;
    members[fill[o] ?? 0] = i;
    fill[o] = (fill[o] ?? 0) + 1;
  }
  const weightRows = new Map<string, number[]>();
  for (let w = 0; w < weights.size; w++) {
    const code = weights.code[w] ?? "";
    const rows = weightRows.get(code);
    if (rows) rows.push(w);
    else weightRows.set(code, [w]);
  }
  const revised = new Uint8Array(indicators.size);
  for (let r = 0; r < revisions.size; r++) {
    const i = indicatorRow.get(indicatorKey(revisions.code[r] ?? "", revisions.number[r] ?? ""));
    if (i !== undefined) revised[i] = 1;
  }
  const isParent = new Uint8Array(objectives.size);
  for (let o = 0; o < objectives.size; o++) {
    const parent = objectives.parent[o];
    const p = parent === undefined ? undefined : objectiveRow.get(parent);
    if (p !== undefined) isParent[p] = 1;
  }
  return { objectiveRow, indicatorObjective, start, members, weightRows, indicatorRow, firstIndicator, revised, isParent };
}
