/**
 * How rules hand the numbers of read cell values to messages (a value's figure: values/valueTypes).
 * Messages quote figures with the units they were written in
 * (45% as "45%", € 1.800.000 as "€ 1.800.000,00"), bounds with their words: the
 * catalogues do (src/core/wording), from the figures given here as data.
 */
import { type CellValue, type Figure, figureOf, type Quantity, type QuantityUnit, type Threshold } from "../../values/valueTypes";
import type { ValueParam } from "../../wording/messageParameters";

/** A figure without its bound's words: the amount alone, "€ 1.800.000,00" rather than "almeno € 1.800.000,00". */
export function amountOf(figure: Figure): { value: number; unit: QuantityUnit } {
  return { value: figure.value, unit: figure.unit };
}

/** A value for a message: its figure when it has one, else the text as written (quoted by the catalogue). */
export function valueParam(value: CellValue): ValueParam {
  return { text: value.text, figure: figureOf(value) };
}

/** The unit of a value's figure, or null when it has none: what comparing units needs, without building the figure. */
export function unitOf(value: CellValue): QuantityUnit | null {
  return value.kind === "quantity" || value.kind === "threshold" ? value.unit : null;
}

/** True when the value has a figure (figureOf would give one), without building it. */
export function hasFigure(value: CellValue | undefined): value is Quantity | Threshold {
  return value !== undefined && (value.kind === "quantity" || value.kind === "threshold");
}
