/**
 * A read cell value in a few Italian words, for messages and explanations:
 * "almeno 300 dispositivi", "89,55%", "€ 6.190.000,00", "2.870 campioni", "milestone: avviato",
 * "nessun valore (\"-\")", "valore ambiguo (\"2301 iscritti…\")".
 */
import { formatItalianEuro, formatItalianNumber } from "./formatItalian";
import { comparatorWords } from "../wording/comparatorWords";
import type { CellValue, Comparator, MilestoneState, QuantityUnit } from "./valueTypes";

const LONGEST_QUOTE = 60;
const LONGEST_LABEL = 60;

const MILESTONE_WORDS: Record<MilestoneState, string> = {
  notDone: "non avviato",
  started: "avviato",
  done: "realizzato",
};

function shorten(text: string, longest: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const characters = [...oneLine];
  return characters.length > longest ? `${characters.slice(0, longest - 1).join("").trimEnd()}…` : oneLine;
}

/** The text between Italian-style double quotes, on one line and cut to a readable length. */
export function quoteText(text: string, longest = LONGEST_QUOTE): string {
  return `"${shorten(text, longest)}"`;
}

/** An amount in its unit: 0.8955 percent -> "89,55%", 6190000 euro -> "€ 6.190.000,00", 2870 -> "2.870". */
export function formatAmount(value: number, unit: QuantityUnit): string {
  switch (unit) {
    case "percent":
      return `${formatItalianNumber(value * 100, undefined, 4)}%`;
    case "euro":
      return formatItalianEuro(value);
    case "number":
      return formatItalianNumber(value, undefined, 6);
  }
}

/** An amount with its bound and label: "almeno 300 dispositivi", "2.301 iscritti". */
export function describeAmount(value: number, unit: QuantityUnit, label?: string, comparator?: Comparator): string {
  const bound = comparator ? `${comparatorWords(comparator)} ` : "";
  const counted = label ? ` ${shorten(label, LONGEST_LABEL)}` : "";
  return `${bound}${formatAmount(value, unit)}${counted}`;
}

/** The value in a few Italian words (see the examples above). */
export function describeCellValue(value: CellValue): string {
  switch (value.kind) {
    case "quantity":
      return describeAmount(value.value, value.unit, value.label);
    case "threshold":
      return describeAmount(value.value, value.unit, value.label, value.comparator);
    case "milestone":
      return `milestone: ${MILESTONE_WORDS[value.state]}`;
    case "placeholder":
      return value.text.trim() === "" ? "nessun valore (cella vuota)" : `nessun valore (${quoteText(value.text)})`;
    case "failure":
      if (value.code === "excelError") return `errore di Excel ${value.text.trim()}`;
      if (value.code === "ambiguous") return `valore ambiguo (${quoteText(value.text)})`;
      return `valore non leggibile (${quoteText(value.text)})`;
  }
}
