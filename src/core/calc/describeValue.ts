/**
 * How read cell values are named in Italian messages: the text as written, what
 * kind of value it is, and its unit ("Il risultato '606' è un numero, il target
 * '45,00%' una percentuale"). Also a guard for values that are not `CellValue`s.
 */
import type { CellValue, QuantityUnit } from "../values/valueTypes";

const LIMIT_UNITS: Record<QuantityUnit, string> = { number: "numerico", percent: "percentuale", euro: "in euro" };

const KINDS = new Set(["quantity", "threshold", "milestone", "placeholder", "failure"]);

export function isCellValue(value: unknown): value is CellValue {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === "string" && KINDS.has(kind);
}

/** The value as written, quoted: "'Avvio'", "'//'", or "cella vuota" for blank text. */
export function quoteValue(value: CellValue): string {
  const text = value.text.trim();
  return text === "" ? "cella vuota" : `'${text}'`;
}

/** "un numero", "una percentuale", "un importo in euro". */
export function unitWords(unit: QuantityUnit): string {
  switch (unit) {
    case "number":
      return "un numero";
    case "percent":
      return "una percentuale";
    case "euro":
      return "un importo in euro";
  }
}

/** "una milestone", "un limite numerico", "un numero", "una percentuale", ... */
export function kindWords(value: CellValue): string {
  switch (value.kind) {
    case "quantity":
      return unitWords(value.unit);
    case "threshold":
      return `un limite ${LIMIT_UNITS[value.unit]}`;
    case "milestone":
      return "una milestone";
    case "placeholder":
      return "un segnaposto";
    case "failure":
      return "un valore non leggibile";
  }
}
