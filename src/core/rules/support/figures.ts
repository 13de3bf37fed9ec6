/**
 * The numbers inside read cell values, and how rules hand them to messages.
 * A quantity or a bound ("almeno 300") has a figure; milestones, placeholders
 * and failures do not. Messages quote figures with the units they were written in
 * (45% as "45%", € 1.800.000 as "€ 1.800.000,00"), bounds with their words: the
 * catalogues do (src/core/wording), from the figures given here as data.
 */
import type { PlanCell } from "../../plan/planModel";
import type { CellValue, Comparator, QuantityUnit } from "../../values/valueTypes";
import type { ValueParam } from "../../wording/messageParameters";

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

/** A figure without its bound's words: the amount alone, "€ 1.800.000,00" rather than "almeno € 1.800.000,00". */
export function amountOf(figure: Figure): { value: number; unit: QuantityUnit } {
  return { value: figure.value, unit: figure.unit };
}

/** A value for a message: its figure when it has one, else the text as written (quoted by the catalogue). */
export function valueParam(value: CellValue): ValueParam {
  return { text: value.text, figure: figureOf(value) };
}

/** True for an absent cell, a blank cell and a placeholder ("-", "//", "nessuno"). */
export function isEmptyCell(cell: PlanCell | undefined): boolean {
  return cell === undefined || cell.value.kind === "placeholder";
}
