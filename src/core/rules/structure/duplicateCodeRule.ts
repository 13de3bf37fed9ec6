/**
 * `codice-duplicato`: the same key on two rows, so that one of them would be ignored or counted twice.
 * Keys: an objective's code (objectives sheet); an indicator's objective code and number; a manager
 * and objective in the Pesi table; an objective and indicator in the Revisioni table.
 * Codes and numbers are compared after normalising spaces and case ("1.1 " = "1.1", "Ind. 3" = "3").
 * Each repetition is reported at its own row, naming the row of the first occurrence.
 */
import { codeKey, codeKeyer, indicatorKey } from "../../plan/planCodes";
import type { CellRef } from "../../plan/grid";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt, type FindingText } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";

interface Keyed {
  key: string;
  /** What was read from the row (an objective, an indicator, a Pesi or Revisioni row): its reference is built only for a finding. */
  row: { readonly ref: CellRef };
  objective: string;
  indicator?: string;
  /** Who repeats: the message key and what it names besides the places. */
  what: { key: "codice-duplicato.obiettivo" } | { key: "codice-duplicato.indicatore" | "codice-duplicato.revisione"; indicator: string } | { key: "codice-duplicato.peso"; manager: string };
}

function repeats(items: Keyed[]): Finding[] {
  const first = new Map<string, Keyed>();
  const findings: Finding[] = [];
  for (const item of items) {
    const earlier = first.get(item.key);
    if (earlier === undefined) {
      first.set(item.key, item);
      continue;
    }
    const ref = item.row.ref;
    const earlierRef = earlier.row.ref;
    const earlierPlace = { sheet: earlierRef.sheet, address: earlierRef.address, row: earlierRef.row + 1, sameSheet: earlierRef.sheet === ref.sheet };
    const places = { objective: item.objective, sheet: ref.sheet, row: ref.row + 1, earlier: earlierPlace };
    const { what } = item;
    const text: FindingText =
      what.key === "codice-duplicato.obiettivo"
        ? { key: what.key, params: places }
        : what.key === "codice-duplicato.peso"
          ? { key: what.key, params: { ...places, manager: what.manager } }
          : { key: what.key, params: { ...places, indicator: what.indicator } };
    findings.push(findingAt(ref, { objective: item.objective, ...(item.indicator === undefined ? {} : { indicator: item.indicator }) }, text));
  }
  return findings;
}

export const duplicateCodeRule: Rule = {
  id: "codice-duplicato",
  defaultSeverity: "errore",
  description: ruleDescription("codice-duplicato"),
  check({ plan }) {
    const objectives = plan.objectives.map((o) => ({
      key: codeKey(o.code),
      row: o,
      objective: o.code,
      what: { key: "codice-duplicato.obiettivo" as const },
    }));
    const keyOf = codeKeyer();
    const indicators = plan.indicators.map((i) => ({
      key: `${keyOf(i.objectiveCode)}|${indicatorKey(i.number)}`,
      row: i,
      objective: i.objectiveCode,
      indicator: i.number,
      what: { key: "codice-duplicato.indicatore" as const, indicator: i.number },
    }));
    const weights = plan.managerWeights.map((w) => ({
      key: `${w.manager.trim().replace(/\s+/g, " ").toLowerCase()}|${codeKey(w.objectiveCode)}`,
      row: w,
      objective: w.objectiveCode,
      what: { key: "codice-duplicato.peso" as const, manager: w.manager },
    }));
    const revisions = plan.revisions.map((r) => ({
      key: `${codeKey(r.objectiveCode)}|${indicatorKey(r.indicatorNumber)}`,
      row: r,
      objective: r.objectiveCode,
      indicator: r.indicatorNumber,
      what: { key: "codice-duplicato.revisione" as const, indicator: r.indicatorNumber },
    }));
    return [
      ...repeats(objectives),
      ...repeats(indicators),
      ...repeats(weights),
      ...repeats(revisions),
    ];
  },
};
