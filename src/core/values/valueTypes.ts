import type { ReaderReason } from "../wording/readerWords";
/**
 * What a cell holds once read: the typed shapes every reader returns.
 * A reader never throws and never guesses silently: unreadable or ambiguous
 * input becomes a `ValueFailure` that says why, in Italian.
 */

/** The measure of a quantity. Percentages are kept as fractions (89,55% -> 0.8955). */
export type QuantityUnit = "number" | "percent" | "euro";

/** A plain amount: `1.800.000,00`, `€ 6.190.000,00`, `89,55%`, `2.870 campioni`, `6 eventi`. */
export interface Quantity {
  kind: "quantity";
  value: number;
  unit: QuantityUnit;
  /** What is counted, as written after the number ("campioni", "eventi", "delle richieste del periodo"). */
  label?: string;
  /** The text as found (or the number formatted), for messages. */
  text: string;
}

/** Which side of the value meets the target. */
export type Comparator = "atLeast" | "atMost" | "moreThan" | "lessThan";

/** A bound: "almeno 300 dispositivi", "Almeno una convenzione", "≥ 95%", "non oltre 10 giorni". */
export interface Threshold {
  kind: "threshold";
  comparator: Comparator;
  value: number;
  unit: QuantityUnit;
  label?: string;
  text: string;
}

/**
 * How far an action has gone, ordered: notDone < started < done.
 * In a target cell the state is the level required ("Avvio del servizio" -> started,
 * "Nuovo regolamento" / "sì" -> done); in a result cell it is the level reached.
 */
export type MilestoneState = "notDone" | "started" | "done";

/** Avvio / Avviato / si / sì / no / Adozione ... / Nuovo ... / Attività da realizzare ... */
export interface Milestone {
  kind: "milestone";
  state: MilestoneState;
  text: string;
  /**
   * What the text says there is none of («nessun reclamo» -> "reclamo"): against a number it counts
   * as 0 of it (evaluateIndicator), against another milestone it is a milestone.
   */
  none?: string;
  /** A target's deadline, when its cell is a date (plan/writtenDates): a period key, "31/1/2024". */
  by?: string;
  /** The day a result was done, when its cell is a date (plan/writtenDates): a period key, "29/1/2024". */
  on?: string;
}

/** Blank, -, --, //, -----, nessuno, n.d.: "not applicable / not yet". */
export interface Placeholder {
  kind: "placeholder";
  text: string;
}

export type ValueFailureCode = "unreadable" | "ambiguous" | "excelError";

/** The reader could not take a single value from the cell; `message` says why, in Italian (`reason`: in any language). */
export interface ValueFailure {
  kind: "failure";
  code: ValueFailureCode;
  message: string;
  text: string;
  /** For `unreadable` and `excelError`: why, as data, so that a message can say it in any language. */
  reason?: ReaderReason;
  /** For `ambiguous`: the quantities found, so that a message can quote them. */
  candidates?: Quantity[];
}

export type CellValue = Quantity | Threshold | Milestone | Placeholder | ValueFailure;

/** Hints from the cell around the value. */
export interface ReadContext {
  /** Excel number format of the cell (e.g. "0,00%" or "0.00%"): a number formatted as % is a percentage. */
  numberFormat?: string;
}

const KINDS = new Set(["quantity", "threshold", "milestone", "placeholder", "failure"]);

/** A guard for values that arrive from outside TypeScript (custom functions, the command line). */
export function isCellValue(value: unknown): value is CellValue {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === "string" && KINDS.has(kind);
}

/** The number inside a read value: a quantity or a bound ("almeno 300") has one; milestones, placeholders and failures do not. */
export interface Figure {
  value: number;
  unit: QuantityUnit;
  /** Present when the value is a bound ("almeno 4 eventi"). */
  comparator?: Comparator;
}

/** The figure of a quantity or a bound; null for milestones, placeholders and failures. */
export function figureOf(value: CellValue | undefined): Figure | null {
  if (value === undefined) return null;
  if (value.kind === "quantity") return { value: value.value, unit: value.unit };
  if (value.kind === "threshold") return { value: value.value, unit: value.unit, comparator: value.comparator };
  return null;
}
