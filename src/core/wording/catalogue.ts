/**
 * What a message catalogue is: the standard phrases of one language (numbers, figures, cell roles,
 * «l'indicatore N dell'obiettivo X»...) and, for every message key, the message and the suggestion
 * built from the key's parameters with those phrases. italian.ts and english.ts are the two.
 */
import type { WeightScale } from "../calc/interpretWeights";
import type { Direction } from "../plan/polarity";
import type { Comparator, MilestoneState, QuantityUnit } from "../values/valueTypes";
import type { CellRole, FigureParam, MessageKey, ParamsOf, ValueParam, WeightGroupParam } from "./messageParameters";
import type { NumberWords } from "./formatNumbers";
import type { Polarity } from "../plan/polarity";
import type { Localized } from "./calcWords";
import type { AnomaliesSheetWords } from "./anomaliesSheetWords";

/** Every rule id the catalogues name and describe (the rules themselves are listed in rules/ruleCatalogue). */
export type RuleId =
  | "struttura-colonne"
  | "codice-duplicato"
  | "obiettivo-senza-indicatori"
  | "indicatore-orfano"
  | "obiettivo-orfano"
  | "valore-illeggibile"
  | "valore-ambiguo"
  | "pesi-indicatori"
  | "pesi-obiettivi"
  | "peso-non-valido"
  | "pesi-scala-mista"
  | "peso-incoerente"
  | "target-mancante"
  | "target-non-misurabile"
  | "target-periodi-incoerenti"
  | "target-sotto-baseline"
  | "target-gia-raggiunto"
  | "unita-incoerenti"
  | "risultato-mancante"
  | "scostamento-errato"
  | "raggiungimento-errato"
  | "scostamento-critico"
  | "revisione-incoerente"
  | "polarita-dedotta"
  | "milestone-dedotta"
  | "valore-progetto-incoerente";

/** The standard phrases of one language: each written once, used by every message. */
export interface Phrases {
  numbers: NumberWords;
  /** A cell text in quotes: «Avvio». */
  quote(text: string): string;
  /** "almeno" / "non oltre"... */
  comparator(comparator: Comparator): string;
  /** "45%", "€ 1.800.000,00", "almeno 300". */
  figure(figure: FigureParam): string;
  /** A value: its figure, else its text in quotes, or an empty cell. */
  value(value: ValueParam): string;
  /** "percentuale", "numero", "importo in euro". */
  unit(unit: QuantityUnit): string;
  polarity(polarity: Polarity): string;
  direction(direction: Direction): string;
  milestone(state: MilestoneState): string;
  scale(scale: WeightScale): string;
  /** The indicator named the standard way: «l'indicatore 3 dell'obiettivo 1.2». */
  indicator(indicator: string, objective: string): string;
  /** The same after "of": «dell'indicatore 3 dell'obiettivo 1.2». */
  ofIndicator(indicator: string, objective: string): string;
  /** The same after "in": «nell'indicatore 3 dell'obiettivo 1.2». */
  inIndicator(indicator: string, objective: string): string;
  /** The role of a cell with its article: «il risultato al 30/6». */
  role(role: CellRole): string;
  /** A group of weights after "the weights": «degli indicatori dell'obiettivo 1.2». */
  group(group: WeightGroupParam): string;
  /** A difference of fractions in percentage points (its size; the sign is said by the message). */
  points(difference: number): string;
  /** "75% + 20% = 95%". */
  sum(weights: readonly number[], sum: number): string;
  /** A list of items in the language's way: "a, b, c". */
  list(items: readonly string[], separator?: string): string;
  /** A text written in each language by another part of the core: this language's. */
  localized(text: Localized): string;
}

/**
 * One message: its body says what is wrong (and the suggestion how to fix it); the detail, when the
 * figures were computed, says how («come è calcolato»: the formula with its figures).
 */
export interface Entry<P> {
  message(params: P, phrases: Phrases): string;
  suggestion?(params: P, phrases: Phrases): string;
  detail?(params: P, phrases: Phrases): string;
}

export type Entries = { readonly [K in MessageKey]: Entry<ParamsOf<K>> };

export interface Catalogue {
  phrases: Phrases;
  messages: Entries;
  /** One line per rule id saying what the rule checks. */
  rules: Readonly<Record<RuleId, string>>;
  /** A plain name per rule id, shown to users instead of the id («Scostamento critico»). */
  ruleNames: Readonly<Record<RuleId, string>>;
  /** The words of the Anomalie sheet: its first row and the severities. */
  anomaliesSheet: AnomaliesSheetWords;
}

export { capitalise } from "../calc/calcOutcome";
