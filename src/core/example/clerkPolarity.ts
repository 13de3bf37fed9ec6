/**
 * The Polarità a clerk writes for a seed indicator. The document never names a
 * polarity, but it shows one: the reduction indicator (2.2 n. 1, "% riduzione delle
 * pratiche critiche", targets -2% and -5%, deviation reported as target minus
 * result) is decrescente; an indicator whose targets are figures or bounds
 * ("88,00%", "Almeno 3 iniziative") is crescente; one whose targets are only steps
 * or descriptions ("Avvio del servizio", "sì", "Nuovo regolamento") is a milestone.
 * Filling the column is what the template asks for; the reader's inference
 * (rule polarita-dedotta) is for plans that leave it blank.
 */
import { readCellValue } from "../values/readCellValue";
import type { Polarity } from "../plan/polarity";
import type { FixtureIndicator } from "./planFixture";
import type { ClerkEntry } from "./typeAsClerk";

/** The polarity; the clerk writes its Italian name (`polarityName`). */
export function clerkPolarity(indicator: FixtureIndicator, targets: ClerkEntry[]): Polarity {
  if (indicator.direction?.startsWith("reduction")) return "decreasing";
  const read = targets.map((entry) => readCellValue(entry.value, entry.format ? { numberFormat: entry.format } : undefined));
  const bound = read.find((value) => value.kind === "threshold");
  if (bound?.kind === "threshold" && (bound.comparator === "atMost" || bound.comparator === "lessThan")) return "decreasing";
  return read.some((value) => value.kind === "quantity" || value.kind === "threshold") ? "increasing" : "milestone";
}
