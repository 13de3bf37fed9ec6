/**
 * The economic value of a project («Valore economico del progetto») as clerks write it: the value of
 * one point, the points (the coefficient of the project's relevance) and their product, in any order
 * and with any words around them:
 *   «2% delle risorse stabili x ciascun punto rilevato 3.106 euro x 5 = 15.530 euro» (the seed),
 *   «3.106 € x 5 = 15.530 €», «euro 3.106 per punto, 5 punti», «15.530 euro (3.106 x 5)»,
 *   «coefficiente 5 × € 3.106», «15.530 euro».
 * The amounts come from the one reader of amounts in texts (findQuantities.ts); percentages («2% delle
 * risorse stabili», how the point's value was obtained) are not figures of the product. Each amount
 * takes its role from the words around it, then from what is left:
 * - the total: after «=» or «pari a», or followed by the product in brackets;
 * - the coefficient: «5 punti», «coefficiente 5», «punti: 5»; else the amount that is not in euro
 *   (the last one if two are not: «3.106 x 5», the point's value first, as the seed writes it);
 * - the point's value: «per punto», «a punto», «ciascun punto … 3.106 euro»; else, of two euro amounts
 *   left, the one multiplied («3.106 € x 5»), or the smaller one.
 * The figures are read as written: whether the point's value times the coefficient makes the total is
 * checked by the rule `valore-progetto-incoerente` (`projectValueMismatch`), not corrected here.
 * Pure and total: a text that cannot be read is a typed reason, never an exception.
 */
import { findQuantities, type FoundQuantity } from "./findQuantities";

export interface ProjectFigures {
  /** The value of one point, in euro. */
  unitValue?: number;
  /** The points (coefficient of relevance). */
  coefficient?: number;
  /** The value of the project, in euro. */
  total?: number;
}

/** Why a text gives no figures: none written, more than the three of the product, or a number that cannot be read. */
export type ProjectValueProblem = "noFigures" | "tooMany" | "badNumber";

export type ProjectValueReading = { ok: true; figures: ProjectFigures } | { ok: false; problem: ProjectValueProblem };

type Role = keyof ProjectFigures;

/** At most the point's value, the coefficient and the total. */
const MAX_FIGURES = 3;

const TOTAL_BEFORE = /(?:=|\bpari\s+a|\btotale|\bcomplessiv\w*)\s*:?\s*$/iu;
const COEFFICIENT_BEFORE = /(?:\bcoefficiente|\bcoeff\.?|\bpunti|\bpunteggio)\s*:?\s*$/iu;
const COEFFICIENT_AFTER = /^\s*punt[io]\b/iu;
const UNIT_AFTER = /^\s*(?:per|a|al|ogni|\/)\s*(?:ciascun\s+|ogni\s+)?punto\b/iu;
const UNIT_BEFORE = /\bpunto\b[^\d=]*$/iu;
const PRODUCT_BETWEEN = /^[^\d=]*(?:[x×*]|\bper\b)[^\d=]*$/iu;

function roleFromWords(quantity: FoundQuantity, before: string, after: string): Role | null {
  if (TOTAL_BEFORE.test(before)) return "total";
  if (/^\s*\(/.test(after) && quantity.unit === "euro") return "total";
  if (COEFFICIENT_BEFORE.test(before) || COEFFICIENT_AFTER.test(after)) return "coefficient";
  if (quantity.unit === "euro" && (UNIT_AFTER.test(after) || UNIT_BEFORE.test(before))) return "unitValue";
  return null;
}

/** The text between two amounts, whichever comes first. */
function between(text: string, a: FoundQuantity, b: FoundQuantity): string {
  return a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/** Reads the point's value, the coefficient and the total written in a text (any order, any words around). */
export function readProjectValue(text: string): ProjectValueReading {
  const found = findQuantities(text);
  if (!found.ok) return { ok: false, problem: "badNumber" };
  const amounts = found.quantities.filter((quantity) => quantity.unit !== "percent" && quantity.comparator === undefined);
  if (amounts.length === 0) return { ok: false, problem: "noFigures" };
  if (amounts.length > MAX_FIGURES) return { ok: false, problem: "tooMany" };
  const roles = new Map<FoundQuantity, Role>();
  const taken = new Set<Role>();
  amounts.forEach((quantity, i) => {
    const before = text.slice(amounts[i - 1]?.end ?? 0, quantity.start);
    const after = text.slice(quantity.end, amounts[i + 1]?.start ?? text.length);
    const role = roleFromWords(quantity, before, after);
    if (role !== null && !taken.has(role)) {
      roles.set(quantity, role);
      taken.add(role);
    }
  });
  const left = () => amounts.filter((quantity) => !roles.has(quantity));
  const give = (quantity: FoundQuantity | undefined, role: Role) => {
    if (quantity === undefined || taken.has(role)) return;
    roles.set(quantity, role);
    taken.add(role);
  };
  const bySize = (list: FoundQuantity[]) => [...list].sort((a, b) => a.value - b.value);
  // Of two plain numbers («(3.106 x 5)») the point's value is written first, as the seed writes it.
  give(left().filter((quantity) => quantity.unit !== "euro").at(-1), "coefficient");
  const rest = bySize(left());
  if (rest.length >= 2) {
    give(rest[0], "unitValue");
    give(rest[1], "total");
  } else if (rest.length === 1) {
    const only = rest[0] as FoundQuantity;
    const coefficient = amounts.find((quantity) => roles.get(quantity) === "coefficient");
    const multiplied = coefficient !== undefined && PRODUCT_BETWEEN.test(between(text, only, coefficient));
    give(only, multiplied || taken.has("total") ? "unitValue" : "total");
  }
  if (left().length > 0) return { ok: false, problem: "tooMany" };
  const figures: ProjectFigures = {};
  for (const [quantity, role] of roles) figures[role] = quantity.value;
  return { ok: true, figures };
}

const COEFFICIENT_WORD = /\bcoeff(?:iciente|\.)?\b/iu;

/**
 * The coefficient a relevance text gives («RILEVANZA ALTA: … – COEFFICIENTE 5»): the first number after
 * the word «coefficiente», else the only number of the text; null when there is none or it is unclear.
 */
export function readRelevanceCoefficient(text: string): number | null {
  const word = COEFFICIENT_WORD.exec(text);
  const from = word === null ? text : text.slice(word.index + word[0].length);
  const found = findQuantities(from);
  if (!found.ok) return null;
  const numbers = found.quantities.filter((quantity) => quantity.unit === "number" && quantity.comparator === undefined);
  if (word !== null) return numbers[0]?.value ?? null;
  return numbers.length === 1 ? (numbers[0]?.value ?? null) : null;
}

/** Half a cent: below it a difference between the product and the total is rounding. */
const CENT_TOLERANCE = 0.005;

/** The product of the point's value and the coefficient, when the total written differs from it; else null. */
export function projectValueMismatch(figures: ProjectFigures): { product: number; total: number } | null {
  const { unitValue, coefficient, total } = figures;
  if (unitValue === undefined || coefficient === undefined || total === undefined) return null;
  const product = Math.round(unitValue * coefficient * 100) / 100;
  return Math.abs(product - total) < CENT_TOLERANCE ? null : { product, total };
}
