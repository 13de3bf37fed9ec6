/**
 * `codice-duplicato`: the same key on two rows, so that one of them would be ignored or counted twice.
 * Keys: an objective's code (objectives sheet); an indicator's objective code and number; a manager
 * and objective in the Pesi table; an objective and indicator in the Revisioni table.
 * Codes and numbers are compared after normalising spaces and case ("1.1 " = "1.1", "Ind. 3" = "3").
 * Each repetition is reported at its own row, naming the row of the first occurrence.
 */
import { codeKey, indicatorKey } from "../../plan/planCodes";
import type { CellRef } from "../../plan/grid";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt, type FindingText } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";

interface Keyed {
  key: string;
  ref: CellRef;
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
    const earlierPlace = { sheet: earlier.ref.sheet, address: earlier.ref.address, row: earlier.ref.row + 1, sameSheet: earlier.ref.sheet === item.ref.sheet };
    const places = { objective: item.objective, sheet: item.ref.sheet, row: item.ref.row + 1, earlier: earlierPlace };
    const { what } = item;
    const text: FindingText =
      what.key === "codice-duplicato.obiettivo"
        ? { key: what.key, params: places }
        : what.key === "codice-duplicato.peso"
          ? { key: what.key, params: { ...places, manager: what.manager } }
          : { key: what.key, params: { ...places, indicator: what.indicator } };
    findings.push(findingAt(item.ref, { objective: item.objective, ...(item.indicator === undefined ? {} : { indicator: item.indicator }) }, text));
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
      ref: o.ref,
      objective: o.code,
      what: { key: "codice-duplicato.obiettivo" as const },
    }));
    const indicators = plan.indicators.map((i) => ({
      key: `${codeKey(i.objectiveCode)}|${indicatorKey(i.number)}`,
      ref: i.ref,
      objective: i.objectiveCode,
      indicator: i.number,
      what: { key: "codice-duplicato.indicatore" as const, indicator: i.number },
    }));
    const weights = plan.managerWeights.map((w) => ({
      key: `${w.manager.trim().replace(/\s+/g, " ").toLowerCase()}|${codeKey(w.objectiveCode)}`,
      ref: w.ref,
      objective: w.objectiveCode,
      what: { key: "codice-duplicato.peso" as const, manager: w.manager },
    }));
    const revisions = plan.revisions.map((r) => ({
      key: `${codeKey(r.objectiveCode)}|${indicatorKey(r.indicatorNumber)}`,
      ref: r.ref,
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
