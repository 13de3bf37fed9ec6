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
import { findingAt } from "../support/findings";

interface Keyed {
  key: string;
  ref: CellRef;
  objective: string;
  indicator?: string;
  what: string;
}

function repeats(items: Keyed[], suggestion: string): Finding[] {
  const first = new Map<string, Keyed>();
  const findings: Finding[] = [];
  for (const item of items) {
    const earlier = first.get(item.key);
    if (earlier === undefined) {
      first.set(item.key, item);
      continue;
    }
    const place = earlier.ref.sheet === item.ref.sheet ? `riga ${earlier.ref.row + 1}` : `${earlier.ref.sheet}!${earlier.ref.address}`;
    findings.push(
      findingAt(item.ref, { objective: item.objective, ...(item.indicator === undefined ? {} : { indicator: item.indicator }) }, {
        message: `${item.what} compare più volte nel foglio «${item.ref.sheet}»: qui alla riga ${item.ref.row + 1} e prima alla ${place}.`,
        suggestion,
      }),
    );
  }
  return findings;
}

export const duplicateCodeRule: Rule = {
  id: "codice-duplicato",
  defaultSeverity: "errore",
  description: "Ogni obiettivo, indicatore, riga dei pesi e revisione compare una sola volta.",
  check({ plan }) {
    const objectives = plan.objectives.map((o) => ({
      key: codeKey(o.code),
      ref: o.ref,
      objective: o.code,
      what: `Il codice obiettivo «${o.code}»`,
    }));
    const indicators = plan.indicators.map((i) => ({
      key: `${codeKey(i.objectiveCode)}|${indicatorKey(i.number)}`,
      ref: i.ref,
      objective: i.objectiveCode,
      indicator: i.number,
      what: `L'indicatore ${i.number} dell'obiettivo ${i.objectiveCode}`,
    }));
    const weights = plan.managerWeights.map((w) => ({
      key: `${w.manager.trim().replace(/\s+/g, " ").toLowerCase()}|${codeKey(w.objectiveCode)}`,
      ref: w.ref,
      objective: w.objectiveCode,
      what: `Il peso dell'obiettivo ${w.objectiveCode} per ${w.manager}`,
    }));
    const revisions = plan.revisions.map((r) => ({
      key: `${codeKey(r.objectiveCode)}|${indicatorKey(r.indicatorNumber)}`,
      ref: r.ref,
      objective: r.objectiveCode,
      indicator: r.indicatorNumber,
      what: `La revisione dell'indicatore ${r.indicatorNumber} dell'obiettivo ${r.objectiveCode}`,
    }));
    return [
      ...repeats(objectives, "Correggere il codice o unire le due righe: ogni obiettivo va scritto una sola volta."),
      ...repeats(indicators, "Numerare gli indicatori in modo univoco all'interno dell'obiettivo."),
      ...repeats(weights, "Tenere una sola riga per responsabile e obiettivo nella tabella dei pesi."),
      ...repeats(revisions, "Tenere una sola riga di revisione per indicatore."),
    ];
  },
};
