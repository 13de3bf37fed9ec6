/**
 * A date written alone in a value cell, and when it is a milestone's date. Deadline indicators write
 * their targets and results as dates («Data di adozione del Piano»: target 31/01/2024, result
 * 29/01/2024), in a date cell (Excel turns a typed date into one) or as text. In a milestone
 * indicator such a date is read as a milestone:
 * - in a target cell, the deadline: done by that day («31/01/2024» as «Entro il 31/01/2024»);
 * - in a result or a baseline cell, the day it was done («29/01/2024» as «Realizzato il 29/01/2024»).
 * Only when the indicator is a milestone (its polarity written so, or inferred from targets that are
 * all dates or milestones: inferPolarity) and the other side of its pair is not a number or a bound:
 * «3/4» typed into Excel becomes 3 April, and against a number a date is rather a fraction Excel
 * turned into one. It then stays what the reader made of it, an unreadable value whose message says so.
 */
import type { CellValue, Milestone } from "../values/valueTypes";
import type { Polarity } from "./polarity";
import { parsePeriod, periodYear, type Period } from "./reportingDate";

/**
 * The day a value holds when it is a date written alone, with its year: a date cell («La cella
 * contiene una data (31/01/2024)») or a text that is one date and nothing else («31/01/2024», «31
 * gennaio 2024», «il 31.01.2024»). Null for anything else, a date without its year included («31/1»
 * may be a fraction).
 */
export function writtenDate(value: CellValue | undefined): Period | null {
  if (value?.kind !== "failure" || value.code !== "unreadable") return null;
  const reason = value.reason;
  const text = reason?.kind === "date" ? reason.shown : reason?.kind === "onlyReferences" ? value.text : null;
  if (text === null) return null;
  const period = parsePeriod(text);
  return period !== undefined && periodYear(period) !== undefined ? period : null;
}

/** Which cell of an indicator a value comes from: a target's date is a deadline, a result's or a baseline's the day it was done. */
export type DateSide = "target" | "result" | "baseline";

/**
 * The milestone a written date stands for in the indicator's cell on `side`, against the value on the
 * other side of its pair (a target's result, a result's target; absent: none yet); null when the value
 * is not a written date, the indicator is not a milestone or the other side is a number or a bound.
 */
export function dateAsMilestone(value: CellValue, side: DateSide, other: CellValue | undefined, polarity: Polarity): Milestone | null {
  if (polarity !== "milestone" || other?.kind === "quantity" || other?.kind === "threshold") return null;
  const date = writtenDate(value);
  if (date === null) return null;
  const text = value.text.trim();
  return side === "target" ? { kind: "milestone", state: "done", text, by: date } : { kind: "milestone", state: "done", text, on: date };
}
