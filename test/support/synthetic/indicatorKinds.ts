/**
 * The kinds of indicator a real plan mixes (after the Brescia 2020 seed), each drawn with its
 * own figures and written the way clerks write them: counts and amounts as formatted numbers or
 * as Italian text ("2.870 campioni", "€ 1.800.000,00", "89,55%"), bounds ("almeno 300
 * dispositivi"), reductions with negative targets (-2% / -5%, decrescente), milestones ("Avvio",
 * "sì"), placeholders ("//", "-") and the odd ambiguous text with two figures.
 */
import { type ClerkEntry, COUNT_FORMAT, EURO_FORMAT, PERCENT_FORMAT, YEAR_FORMAT } from "../../../src/core/example/typeAsClerk";
import type { Polarity } from "../../../src/core/plan/polarity";
import { formatItalianEuro, formatItalianNumber, formatItalianPercent } from "../../../src/core/wording/formatNumbers";
import type { SeededRandom } from "./seededRandom";

export type IndicatorKind = "count" | "percent" | "euro" | "reduction" | "bound" | "milestone" | "notYet" | "ambiguous";

export interface IndicatorDraft {
  kind: IndicatorKind;
  name: string;
  type: string;
  polarity: Polarity;
  unit: string | null;
  baseline: ClerkEntry;
  baselineYear: ClerkEntry;
  target30_6: ClerkEntry;
  target31_12: ClerkEntry;
  result30_6: ClerkEntry;
}

/** Shares of each kind, close to the seed's mix. */
export const KIND_MIX: readonly (readonly [IndicatorKind, number])[] = [
  ["count", 30], ["percent", 22], ["euro", 10], ["reduction", 7], ["bound", 8], ["milestone", 14], ["notYet", 6], ["ambiguous", 3],
];

const COUNTED = ["imprese", "eventi", "campioni", "pratiche", "dispositivi", "partecipanti", "verifiche", "iscritti"];
const TYPES = ["efficacia esterna", "efficienza", "qualità", "volume", "economico-finanziario"];
const STEPS: readonly (readonly [string, string])[] = [["Avvio", "Avviato"], ["Avvio del servizio", "sì"], ["Adozione protocollo", "sì"], ["Nuovo regolamento", "Adottato"], ["sì", "sì"]];

const number = (value: number, format: string): ClerkEntry => ({ value, format });
const text = (value: string): ClerkEntry => ({ value });
const year = (random: SeededRandom): ClerkEntry => (random.chance(0.8) ? number(2019, YEAR_FORMAT) : text("//"));

/** A figure as typed: mostly a formatted number, sometimes the Italian text of it. */
function written(random: SeededRandom, value: number, format: string, asText: (value: number) => string): ClerkEntry {
  return random.chance(0.25) ? text(asText(value)) : number(value, format);
}

function count(random: SeededRandom): IndicatorDraft {
  const label = random.pick(COUNTED);
  const yearly = random.int(10, 5000);
  const half = Math.round(yearly / 2);
  const result = Math.round(half * random.between(0.4, 1.4));
  const asText = (value: number) => `${formatItalianNumber(value, 0)} ${label}`;
  return {
    kind: "count", name: `Numero di ${label} gestiti nell'anno`, type: random.pick(TYPES), polarity: "increasing", unit: label,
    baseline: written(random, Math.round(yearly * random.between(0.7, 0.98)), COUNT_FORMAT, asText), baselineYear: year(random),
    target30_6: written(random, half, COUNT_FORMAT, asText), target31_12: written(random, yearly, COUNT_FORMAT, asText),
    result30_6: written(random, result, COUNT_FORMAT, asText),
  };
}

const percentOf = (random: SeededRandom, low: number, high: number) => Math.round(random.between(low, high) * 10000) / 10000;

function percent(random: SeededRandom): IndicatorDraft {
  const yearly = percentOf(random, 0.6, 0.98);
  const half = percentOf(random, 0.5, yearly);
  const asText = (value: number) => formatItalianPercent(value, 2);
  return {
    kind: "percent", name: "% pratiche evase entro 5 giorni", type: random.pick(TYPES), polarity: "increasing", unit: null,
    baseline: written(random, percentOf(random, 0.4, yearly), PERCENT_FORMAT, asText), baselineYear: year(random),
    target30_6: written(random, half, PERCENT_FORMAT, asText), target31_12: written(random, yearly, PERCENT_FORMAT, asText),
    result30_6: written(random, percentOf(random, half * 0.5, Math.min(1, half * 1.2)), PERCENT_FORMAT, asText),
  };
}

function euro(random: SeededRandom): IndicatorDraft {
  const yearly = random.int(50, 8000) * 1000;
  const half = yearly / 2;
  return {
    kind: "euro", name: "Contributi erogati alle imprese", type: "economico-finanziario", polarity: "increasing", unit: "euro",
    baseline: written(random, yearly * 0.9, EURO_FORMAT, formatItalianEuro), baselineYear: year(random),
    target30_6: written(random, half, EURO_FORMAT, formatItalianEuro), target31_12: written(random, yearly, EURO_FORMAT, formatItalianEuro),
    result30_6: written(random, Math.round(half * random.between(0.5, 1.3) * 100) / 100, EURO_FORMAT, formatItalianEuro),
  };
}

function reduction(random: SeededRandom): IndicatorDraft {
  const result = -percentOf(random, 0.005, 0.04);
  const asText = (value: number) => formatItalianPercent(value, 2);
  return {
    kind: "reduction", name: "% riduzione delle pratiche critiche", type: "efficienza", polarity: "decreasing", unit: null,
    baseline: text("-"), baselineYear: text("//"),
    target30_6: written(random, -0.02, PERCENT_FORMAT, asText), target31_12: written(random, -0.05, PERCENT_FORMAT, asText),
    result30_6: written(random, result, PERCENT_FORMAT, asText),
  };
}

function bound(random: SeededRandom): IndicatorDraft {
  const label = random.pick(COUNTED);
  const yearly = random.int(2, 600);
  const half = Math.max(1, Math.round(yearly / 2));
  return {
    kind: "bound", name: `Rilascio di ${label}`, type: random.pick(TYPES), polarity: "increasing", unit: label,
    baseline: text("//"), baselineYear: text("//"),
    target30_6: text(`almeno ${formatItalianNumber(half, 0)} ${label}`), target31_12: text(`Rilascio di almeno ${formatItalianNumber(yearly, 0)} ${label}`),
    result30_6: number(Math.round(half * random.between(0.5, 1.5)), COUNT_FORMAT),
  };
}

function milestone(random: SeededRandom): IndicatorDraft {
  const [target, done] = random.pick(STEPS);
  return {
    kind: "milestone", name: "Attivazione del nuovo servizio digitale", type: "qualità", polarity: "milestone", unit: null,
    baseline: text("-"), baselineYear: text("//"), target30_6: text(target), target31_12: text("sì"),
    result30_6: text(random.chance(0.8) ? done : "no"),
  };
}

function notYet(random: SeededRandom): IndicatorDraft {
  const draft = count(random);
  return { ...draft, kind: "notYet", name: "Indagine di customer satisfaction", target30_6: text("//"), result30_6: text(random.pick(["//", "-", "--"])) };
}

function ambiguous(random: SeededRandom): IndicatorDraft {
  const draft = count(random);
  const first = random.int(1000, 3000);
  return { ...draft, kind: "ambiguous", name: "Partecipanti ai webinar", result30_6: text(`${first} iscritti ai webinar / ${random.int(300, first)} partecipanti`) };
}

const DRAW: Record<IndicatorKind, (random: SeededRandom) => IndicatorDraft> = { count, percent, euro, reduction, bound, milestone, notYet, ambiguous };

export function drawIndicator(random: SeededRandom): IndicatorDraft {
  return DRAW[random.weighted(KIND_MIX)](random);
}
