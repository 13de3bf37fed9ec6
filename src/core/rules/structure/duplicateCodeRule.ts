/**
 * `codice-duplicato`: the same key on two rows, so that one of them would be ignored or counted twice.
 * Keys: an objective's code (objectives sheet); an indicator's objective code and number; a manager
 * and objective in the Pesi table; an objective and indicator in the Revisioni table.
 * Codes and numbers are compared after normalising spaces and case ("1.1 " = "1.1", "Ind. 3" = "3").
 * Each repetition is reported at its own row, naming the row of the first occurrence.
 */
import { codeKey } from "../../plan/planCodes";
import { indexPlan, numberKey, objectiveCodeKey } from "../../plan/planQueries";
import type { Indicator, ManagerWeightRow, Objective, RevisionRow } from "../../plan/planModel";
import type { CellRef } from "../../plan/grid";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt, type FindingText } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { managerKey } from "../../plan/weightGroups";

/** Who repeats: the message key and what it names besides the places. */
type Repeated = { key: "codice-duplicato.obiettivo" } | { key: "codice-duplicato.indicatore" | "codice-duplicato.revisione"; indicator: string } | { key: "codice-duplicato.peso"; manager: string };

/**
 * How the rows of one table are told apart: the key two rows must not share, and what a finding says
 * of a row that repeats one. Only the key is made for every row; the rest, for a repeat.
 */
interface RowKind<R> {
  key(row: R): string;
  objective(row: R): string;
  indicator?(row: R): string;
  what(row: R): Repeated;
}

/** Each row (an objective, a Pesi or Revisioni row) that repeats an earlier row's key, as a finding. */
function repeats<R extends { readonly ref: CellRef }>(rows: readonly R[], kind: RowKind<R>, findings: Finding[]): void {
  const first = new Map<string, R>();
  for (const row of rows) {
    const key = kind.key(row);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else findings.push(repeatFinding(row, earlier, kind));
  }
}

/**
 * Each indicator that repeats the number of an earlier indicator of its objective, as a finding. The
 * groups are each objective's indicators in sheet order (the plan index); one map remembers where in
 * the walk each number was first seen, and a number first seen before the current group began belongs
 * to another objective.
 */
function repeatedIndicators(groups: Iterable<readonly Indicator[]>, findings: Finding[]): void {
  const firstSeen = new Map<string, number>();
  let position = 0;
  for (const indicators of groups) {
    const start = position;
    for (let i = 0; i < indicators.length; i++) {
      const indicator = indicators[i] as Indicator;
      const key = INDICATOR_ROWS.key(indicator);
      const seen = firstSeen.get(key);
      const earlier = seen === undefined || seen < start ? undefined : indicators[seen - start];
      if (earlier === undefined) firstSeen.set(key, position);
      else findings.push(repeatFinding(indicator, earlier, INDICATOR_ROWS));
      position += 1;
    }
  }
}

/** The finding for a row that repeats the key of an earlier row: a row's reference is built only here. */
function repeatFinding<R extends { readonly ref: CellRef }>(row: R, earlier: R, kind: RowKind<R>): Finding {
  const ref = row.ref;
  const earlierRef = earlier.ref;
  const objective = kind.objective(row);
  const earlierPlace = { sheet: earlierRef.sheet, address: earlierRef.address, row: earlierRef.row + 1, sameSheet: earlierRef.sheet === ref.sheet };
  const places = { objective, sheet: ref.sheet, row: ref.row + 1, earlier: earlierPlace };
  const what = kind.what(row);
  const text: FindingText =
    what.key === "codice-duplicato.obiettivo"
      ? { key: what.key, params: places }
      : what.key === "codice-duplicato.peso"
        ? { key: what.key, params: { ...places, manager: what.manager } }
        : { key: what.key, params: { ...places, indicator: what.indicator } };
  const indicator = kind.indicator?.(row);
  return findingAt(ref, { objective, ...(indicator === undefined ? {} : { indicator }) }, text);
}

const OBJECTIVE_REPEATED: Repeated = { key: "codice-duplicato.obiettivo" };

/** The plan's objectives, told apart by code. */
const OBJECTIVE_ROWS: RowKind<Objective> = { key: objectiveCodeKey, objective: (o) => o.code, what: () => OBJECTIVE_REPEATED };

/** The indicators of one objective, told apart by number. */
const INDICATOR_ROWS: RowKind<Indicator> = {
  key: (i) => numberKey(i.number),
  objective: (i) => i.objectiveCode,
  indicator: (i) => i.number,
  what: (i) => ({ key: "codice-duplicato.indicatore", indicator: i.number }),
};

/** The rows of the Pesi table, told apart by manager and objective. */
const MANAGER_WEIGHT_ROWS: RowKind<ManagerWeightRow> = {
  key: (w) => `${managerKey(w.manager)}|${codeKey(w.objectiveCode)}`,
  objective: (w) => w.objectiveCode,
  what: (w) => ({ key: "codice-duplicato.peso", manager: w.manager }),
};

/** The rows of the Revisioni table, told apart by objective and indicator. */
const REVISION_ROWS: RowKind<RevisionRow> = {
  key: (r) => `${codeKey(r.objectiveCode)}|${numberKey(r.indicatorNumber)}`,
  objective: (r) => r.objectiveCode,
  indicator: (r) => r.indicatorNumber,
  what: (r) => ({ key: "codice-duplicato.revisione", indicator: r.indicatorNumber }),
};

export const duplicateCodeRule: Rule = {
  id: "codice-duplicato",
  defaultSeverity: "errore",
  description: ruleDescription("codice-duplicato"),
  check({ plan }) {
    const findings: Finding[] = [];
    repeats(plan.objectives, OBJECTIVE_ROWS, findings);
    repeatedIndicators(indexPlan(plan).indicatorsByObjective.values(), findings);
    repeats(plan.managerWeights, MANAGER_WEIGHT_ROWS, findings);
    repeats(plan.revisions, REVISION_ROWS, findings);
    return findings;
  },
};
