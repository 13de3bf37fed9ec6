/**
 * An objective's kind: strategic or operational, as written ("Strategico", "Operativo", "S", "O",
 * "OS", "OO", "Strategic", "Operational") or, when not written, from the words "strategico" /
 * "strategic" at the start of its code or title ("STRAT", "OS1", "Obiettivo strategico ..."); otherwise operational,
 * which is what most objectives of a plan are.
 */
import type { ObjectiveKind } from "./planModel";
import { normalizeHeader } from "./normalizeHeader";

export function readObjectiveKind(written: string, code: string, title: string): ObjectiveKind {
  const kind = normalizeHeader(written);
  if (/^(?:strateg|s$|os$)/.test(kind)) return "strategic";
  if (/^(?:operat|o$|oo$)/.test(kind)) return "operational";
  const strategicCode = /^(?:strat|os\s?\d)/.test(normalizeHeader(code));
  const strategicTitle = /^(?:obiettivo strategico|strategic objective)(?:\s|$)/.test(normalizeHeader(title));
  return strategicCode || strategicTitle ? "strategic" : "operational";
}
