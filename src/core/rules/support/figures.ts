/**
 * The numbers inside read cell values, and how rules quote them in messages.
 * A quantity or a bound ("almeno 300") has a figure; milestones, placeholders
 * and failures do not. Figures are quoted with the units they were written in
 * (45% as "45%", € 1.800.000 as "€ 1.800.000,00"), bounds with their words.
 */
import { quoteValue } from "../../calc/describeValue";
import { formatFigure } from "../../calc/formatFigure";
import { comparatorWords } from "../../plan/polarity";
import type { PlanCell } from "../../plan/planModel";
import type { CellValue, Comparator, QuantityUnit } from "../../values/valueTypes";

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

/** "45%", "€ 1.800.000,00", "almeno 300". */
export function describeFigure(figure: Figure): string {
  const amount = formatFigure(figure.value, figure.unit);
  return figure.comparator === undefined ? amount : `${comparatorWords(figure.comparator)} ${amount}`;
}

/** A value for a message: its figure when it has one, else the text as written, quoted. */
export function describeValue(value: CellValue): string {
  const figure = figureOf(value);
  return figure === null ? quoteValue(value) : describeFigure(figure);
}

/** True for an absent cell, a blank cell and a placeholder ("-", "//", "nessuno"). */
export function isEmptyCell(cell: PlanCell | undefined): boolean {
  return cell === undefined || cell.value.kind === "placeholder";
}

/** Names of the units for messages. */
export const UNIT_NAMES: Record<QuantityUnit, string> = {
  number: "numero",
  percent: "percentuale",
  euro: "importo in euro",
};
