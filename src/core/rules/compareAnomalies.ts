/**
 * The order anomalies are listed in, everywhere (pane, CLI, Anomalie sheet):
 * 1. anomalies about the plan as a whole (no objective) first: a missing column explains the rest;
 * 2. then by objective: strategic objectives first (they frame the others), then operational ones,
 *    then codes the plan does not have (e.g. a row of the Pesi table for an unknown objective);
 *    within each group by code in natural order ("1.2" < "1.10");
 * 3. within an objective by sheet, in the order the reader recognised the sheets
 *    (objectives, indicators, weights, revisions), then row, then column, then rule id.
 */
import { parseA1 } from "../plan/a1";
import type { Plan } from "../plan/planModel";
import type { Anomaly } from "./anomaly";
import { naturalCompare } from "./naturalCompare";
import { normalizeCode } from "./support/planIndex";

type Comparator = (a: Anomaly, b: Anomaly) => number;

const NO_OBJECTIVE = 0;
const STRATEGIC = 1;
const OPERATIONAL = 2;
const UNKNOWN = 3;

export function anomalyOrder(plan: Plan): Comparator {
  const kinds = new Map(plan.objectives.map((objective) => [normalizeCode(objective.code), objective.kind]));
  const sheets = plan.recognition.map((recognition) => recognition.sheet);
  const groupOf = (code: string | undefined): number => {
    if (code === undefined || code.trim() === "") return NO_OBJECTIVE;
    const kind = kinds.get(normalizeCode(code));
    if (kind === undefined) return UNKNOWN;
    return kind === "strategic" ? STRATEGIC : OPERATIONAL;
  };
  const sheetRank = (sheet: string): number => {
    const index = sheets.indexOf(sheet);
    return index < 0 ? sheets.length : index;
  };
  return (a, b) =>
    groupOf(a.objective) - groupOf(b.objective) ||
    naturalCompare(a.objective ?? "", b.objective ?? "") ||
    sheetRank(a.sheet) - sheetRank(b.sheet) ||
    a.sheet.localeCompare(b.sheet, "it") ||
    comparePositions(a.cell, b.cell) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message, "it");
}

function comparePositions(a: string, b: string): number {
  const left = parseA1(a);
  const right = parseA1(b);
  if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
  return left.row - right.row || left.col - right.col;
}
