/**
 * The seed plan (Brescia 2020, as written) for calculation tests, and a strict reader of
 * its figures: a test figure must be read exactly or the test fails loudly. This helper
 * is deliberately not the product's reader (src/core/values): calculation tests must not
 * depend on it.
 */
import plan from "../../../assets/plan-2020.json";
import type { CellValue, QuantityUnit } from "../../../src/core/values/valueTypes";

export interface SeedIndicator {
  n: number;
  name: string;
  baselineText: string | null;
  target30_6Text: string | null;
  target31_12Text: string | null;
  weightText: string | null;
  weight?: number | null;
  resultText: string | null;
  deviationText: string | null;
}

export interface SeedObjective {
  code: string;
  weight?: number | null;
  indicators: SeedIndicator[];
  valoreEconomico?: { fondo: string; unit: number; coefficient: number; total: number }[] | null;
  strategicComposition?: { ownIndicatorsWeight?: number; operationalContributionWeight?: number } | null;
}

export const seedObjectives = plan.objectives as unknown as SeedObjective[];

export const seedManagerWeights = plan.managerWeights as unknown as {
  manager: string;
  totalAfter: number;
  objectives: { code: string; weightAfterText: string | null; weightAfter: number | null }[];
}[];

export function seedObjective(code: string): SeedObjective {
  const objective = seedObjectives.find((candidate) => candidate.code === code);
  if (!objective) throw new Error(`objective ${code} not in the seed`);
  return objective;
}

export function seedIndicator(code: string, n: number): SeedIndicator {
  const indicator = seedObjective(code).indicators.find((candidate) => candidate.n === n);
  if (!indicator) throw new Error(`indicator ${code}/${n} not in the seed`);
  return indicator;
}

const FIGURE = /([+-]?)(€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s*%)?/g;

/** The one figure in a seed text ("€ 6.190.000,00", "-2,13%", "esame di almeno 2.500 istanze"). */
export function figureIn(text: string | null): { value: number; unit: QuantityUnit } {
  const matches = [...(text ?? "").matchAll(FIGURE)];
  const [match] = matches;
  if (!match || matches.length !== 1) throw new Error(`expected exactly one figure in '${text}'`);
  const [, sign, euro, integer = "", decimals = "", percent] = match;
  const value = Number(`${sign === "-" ? "-" : ""}${integer.replace(/\./g, "")}.${decimals.replace(",", "") || "0"}`);
  if (percent) return { value: value / 100, unit: "percent" };
  return { value, unit: euro ? "euro" : "number" };
}

/** A seed text with one figure, as a quantity cell value (built by hand, not by the reader). */
export function quantityOf(text: string | null): CellValue {
  const { value, unit } = figureIn(text);
  return { kind: "quantity", value, unit, text: text ?? "" };
}
