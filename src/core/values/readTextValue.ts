/**
 * A cell's text read as one value, in this order:
 * 1. an Excel error ("#N/D", "#DIV/0!") -> failure excelError;
 * 2. a placeholder ("", "-", "//", "nessuno", "n.d.", "Nuova attività") -> placeholder;
 * 3. the amounts in the text (see findQuantities):
 *    - one amount -> quantity, or threshold when a bound precedes it ("almeno 300 dispositivi");
 *      its label is everything written after it;
 *    - several amounts ("2301 iscritti ai 36 eventi ... 1361 partecipanti ai 36 eventi") -> failure
 *      ambiguous: the reader does not pick one. The candidates list each distinct amount once: the same
 *      amount of the same thing ("36 eventi" twice) is quoted once. A text that only repeats one amount
 *      ("36 eventi in presenza e 36 eventi a distanza") is ambiguous too, since it may mean 36 or 72;
 *    - a number it cannot read ("1,800,000") -> failure unreadable;
 * 4. no amount -> a milestone (see readMilestone), judged on the words left once dates and references
 *    are set aside ("entro il 30/6" is a milestone, "22 luglio 2020" or "L. 190/2012" alone is not a
 *    value), or failure unreadable when the text is noise ("???", "xyz").
 * A number in the text wins over milestone words: "Avvio del servizio con 3 agenzie" is 3 agenzie.
 */
import { describeAmount } from "../wording/describeValue";
import { EXCEL_ERROR_NAMES, readerReasonText, type ReaderReason } from "../wording/readerWords";
import { findQuantities, type FoundQuantity } from "./findQuantities";
import { isPlaceholderText } from "./matchPlaceholder";
import { maskReferences } from "./maskReferences";
import { milestoneOf, readMilestone, readsAsWords } from "./readMilestone";
import type { CellValue, Quantity, ValueFailure } from "./valueTypes";

/** Longer texts are prose, not values; the limit also bounds the reading time of any cell. */
export const LONGEST_VALUE_TEXT = 2000;

function unreadable(text: string, reason: ReaderReason): ValueFailure {
  return { kind: "failure", code: "unreadable", message: readerReasonText(text, reason), text, reason };
}

function sameAmountKey(quantity: FoundQuantity): string {
  const name = quantity.name.toLowerCase().replace(/\s+/g, " ");
  return `${quantity.unit}|${quantity.value}|${quantity.comparator ?? ""}|${name}`;
}

function distinctAmounts(quantities: FoundQuantity[]): FoundQuantity[] {
  const byKey = new Map<string, FoundQuantity>();
  for (const quantity of quantities) {
    const key = sameAmountKey(quantity);
    if (!byKey.has(key)) byKey.set(key, quantity);
  }
  return [...byKey.values()];
}

function asCandidate(quantity: FoundQuantity): Quantity {
  const written = `${quantity.written} ${quantity.name}`.trim();
  const candidate: Quantity = { kind: "quantity", value: quantity.value, unit: quantity.unit, text: written };
  if (quantity.name) candidate.label = quantity.name;
  return candidate;
}

/** Several amounts in one text: which one is meant is not for the reader to pick. */
export function ambiguous(text: string, found: FoundQuantity[]): ValueFailure {
  const amounts = distinctAmounts(found);
  const listed = amounts.map((amount) => describeAmount(amount.value, amount.unit, amount.name, amount.comparator));
  const message =
    amounts.length === 1
      ? `Il testo riporta ${found.length} volte la quantità ${listed.join("")}: indicare un solo valore (o il totale).`
      : `Il testo contiene più quantità (${listed.join(", ")}): indicare un solo valore.`;
  return { kind: "failure", code: "ambiguous", message, text, candidates: amounts.map(asCandidate) };
}

function single(text: string, amount: FoundQuantity): CellValue {
  const label = amount.label === "" ? {} : { label: amount.label };
  if (amount.comparator) {
    return { kind: "threshold", comparator: amount.comparator, value: amount.value, unit: amount.unit, ...label, text };
  }
  return { kind: "quantity", value: amount.value, unit: amount.unit, ...label, text };
}

/** Reads a cell's text as one value (see the order above). Never throws. */
export function readTextValue(text: string): CellValue {
  if (text.length > LONGEST_VALUE_TEXT) {
    return unreadable(text, { kind: "tooLong", length: text.length });
  }
  const error = readExcelError(text);
  if (error) return error;
  if (isPlaceholderText(text)) return { kind: "placeholder", text };

  const found = findQuantities(text);
  if (!found.ok) return unreadable(text, { kind: "unreadableNumber", detail: found.message });
  const [first, ...others] = found.quantities;
  if (first && others.length === 0) return single(text, first);
  if (first) return ambiguous(text, found.quantities);

  const withoutReferences = maskReferences(text);
  // «3/4 delle pratiche», «12/12 pratiche evase»: a fraction or a date first, never an outcome reached.
  const fraction = LEADING_FRACTION.exec(text);
  if (fraction?.[1] !== undefined && fraction[2] !== undefined && fraction[3] !== undefined && Number(fraction[2]) <= Number(fraction[3]) && withoutReferences !== text) {
    return unreadable(text, { kind: "fraction", written: fraction[1].replace(/\s+/g, "") });
  }
  const state = readMilestone(withoutReferences);
  if (state) return milestoneOf(text, state);
  if (withoutReferences !== text && !readsAsWords(withoutReferences)) {
    return unreadable(text, { kind: "onlyReferences" });
  }
  return unreadable(text, { kind: "noValue" });
}

/** A fraction of a whole (or a date without its year) opening a text: «3/4», «12 / 12», not «30/06/2024» nor «24/7». */
const LEADING_FRACTION = /^\s*((\d{1,4})\s*\/\s*(\d{1,4}))(?![\d/.])/;

/**
 * Excel error values, as Office.js and ExcelJS hand them over (English names) and as Italian Excel
 * shows them (Italian names). A cell holding one has no value: the failure says which error and why
 * (the names and their meanings: wording/readerWords).
 */

/** Anything shaped like an Excel error ("#" then capitals, ending in "!" or "?"), even one not listed. */
const ERROR_SHAPE = /^#[A-Z][A-Z_/0-9]*[!?]$|^#N\/[AD]$|^#GETTING_DATA$|^#RECUPERO_DATI$/;

/** Every error name known by meaning, English and Italian. */
export { EXCEL_ERROR_NAMES };

/** "#N/D" -> a failure "La cella contiene l'errore di Excel #N/D (valore non disponibile)..."; other text -> null. */
export function readExcelError(text: string): ValueFailure | null {
  const name = text.trim().toUpperCase();
  if (name.length > 20 || !ERROR_SHAPE.test(name)) return null;
  const reason: ReaderReason = { kind: "excelError", name };
  return { kind: "failure", code: "excelError", message: readerReasonText(text, reason), text, reason };
}
