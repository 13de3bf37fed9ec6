/**
 * Building findings: where (sheet, A1 cell), about what (objective code, indicator number), what is
 * wrong (a message key with its figures, worded by src/core/wording) and, in the same entry of the
 * catalogue, how to fix it. Rules call these instead of filling the fields by hand, so that every
 * finding points at a real cell and names its objective and indicator the same way.
 */
import type { CellRef } from "../../plan/grid";
import type { Indicator, Objective, PlanCell } from "../../plan/planModel";
import type { MessageText } from "../../wording/messageParameters";
import type { Severity } from "../anomaly";
import type { Finding } from "../ruleTypes";

export type FindingText = MessageText & {
  /** A milder (or graver) variant than the rule's default, e.g. rounding reported as info. */
  severity?: Severity;
};

/** A finding at one cell. */
export function findingAt(ref: CellRef, about: { objective?: string; indicator?: string }, text: FindingText): Finding {
  const finding: Finding = { sheet: ref.sheet, cell: ref.address, text: { key: text.key, params: text.params } as MessageText };
  if (about.objective !== undefined) finding.objective = about.objective;
  if (about.indicator !== undefined) finding.indicator = about.indicator;
  if (text.severity !== undefined) finding.severity = text.severity;
  return finding;
}

/** A finding about an indicator, at `cell` when given, else at the indicator's row. */
export function indicatorFinding(indicator: Indicator, cell: PlanCell | undefined, text: FindingText): Finding {
  return findingAt(cell?.ref ?? indicator.ref, { objective: indicator.objectiveCode, indicator: indicator.number }, text);
}

/** A finding about an objective, at `cell` when given, else at the objective's code. */
export function objectiveFinding(objective: Objective, cell: PlanCell | undefined, text: FindingText): Finding {
  return findingAt(cell?.ref ?? objective.ref, { objective: objective.code }, text);
}

/**
 * The parameters of a message about an indicator: its number and objective code («l'indicatore N
 * dell'obiettivo X») first, then the message's own figures (`params`), in their order.
 */
export function aboutIndicator<T extends object>(indicator: Indicator, params: T): { indicator: string; objective: string } & T {
  return Object.assign({ indicator: indicator.number, objective: indicator.objectiveCode }, params);
}
