/**
 * The polarity argument: "crescente" (the default, also when blank), "decrescente",
 * "milestone", or the English "increasing" / "decreasing", in any case and with or
 * without accents. Anything else is a #VALUE! that lists the accepted words.
 */
import { type Polarity, polarityOfWord } from "../core/plan/polarity";
import { isBlank } from "./argumentMatrix";
import { ErrorInput, plainCell } from "./cellInput";
import { answer, invalid, type CellAnswer } from "./cellAnswer";
import { errorCellNotEvaluable } from "./valueArgument";

export function readPolarity(given: unknown): CellAnswer<Polarity> {
  const value = plainCell(given);
  if (value instanceof ErrorInput) return errorCellNotEvaluable(value, "polarità");
  if (isBlank(value)) return answer("increasing");
  if (typeof value !== "string") {
    const shown =
      typeof value === "boolean" ? (value ? "VERO" : "FALSO") : typeof value === "number" ? String(value) : `un valore di tipo ${typeof value}`;
    return invalid(`polarità: ${shown} non è una polarità (crescente, decrescente o milestone).`);
  }
  const polarity = polarityOfWord(value);
  if (!polarity) {
    return invalid(`polarità: '${value.trim()}' sconosciuta; usa crescente, decrescente o milestone.`);
  }
  return answer(polarity);
}
