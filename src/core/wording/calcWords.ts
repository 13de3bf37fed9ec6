/**
 * The words of the calculations' explanations («come è calcolato»), in Italian and English: how a
 * deviation, an achievement, a cap or a milestone was obtained, with the figures used. The
 * calculations (src/core/calc) keep the figures and the choices; they ask these words for the
 * language wanted (`Explained.explain(locale)`), so an English reader never sees an Italian formula.
 * Numbers come from the language's NumberWords: one minus sign (the hyphen-minus «-», also the
 * subtraction of a formula, negatives in parentheses as operands) and the language's separators.
 */
import type { Locale } from "./addinLanguage";
import { comparatorWords } from "./comparatorWords";
import { ITALIAN_NUMBERS, MINUS, shareWithArticle, type NumberWords } from "./formatNumbers";
import type { CellValue, Comparator, QuantityUnit } from "../values/valueTypes";
import { kindWords } from "./describeValue";
import type { Direction, Polarity } from "../plan/polarity";

/** A text in each language: what a message parameter holds when another part of the core writes it. */
export type Localized = Readonly<Record<Locale, string>>;

/** The writer of a Localized record and the texts it has written so far. */
interface LocalizedTexts {
  readonly write: (locale: Locale) => string;
  it?: string;
  en?: string;
}

/** Where a Localized record keeps its texts: a symbol, not enumerable, so no key of the record (Object.keys, JSON, a spread, toEqual). */
const TEXTS = Symbol("localizedTexts");

/**
 * The accessor of every Localized record's text in `locale`, written when first read, then kept.
 * Shared, like explainedLazily's: a getter of its own per record (an object literal's `get it()`)
 * turns each record into a dictionary, many times larger and slower to make.
 */
function textAccessor(locale: Locale): PropertyDescriptor {
  return {
    get(this: { readonly [TEXTS]: LocalizedTexts }): string {
      const texts = this[TEXTS];
      return (texts[locale] ??= texts.write(locale));
    },
    enumerable: true,
    configurable: true,
  };
}

const ITALIAN_TEXT = textAccessor("it");
const ENGLISH_TEXT = textAccessor("en");

/**
 * The text in both languages, written by the same function, each when first read: a validation
 * words its anomalies in one language, and an explanation is read only where it is shown. `write`
 * must read only values that never change (see `explained`). The texts are enumerable properties
 * to every reader, Italian then English: JSON.stringify, a spread and an equality check read them.
 */
export function localized(write: (locale: Locale) => string): Localized {
  const record = {};
  const texts: LocalizedTexts = { write };
  Object.defineProperty(record, TEXTS, { value: texts });
  Object.defineProperty(record, "it", ITALIAN_TEXT);
  Object.defineProperty(record, "en", ENGLISH_TEXT);
  return record as Localized;
}

/** What the last step of an achievement did (see capAchievement's capStep). */
export type CapStep = "kept" | "capped" | "floored" | "belowThreshold" | "cappedBelowThreshold";

export interface CalcWords {
  numbers: NumberWords;
  /** A figure as the right-hand operand of a formula: negatives in parentheses. */
  operand(value: number, unit: QuantityUnit): string;
  polarity(polarity: Polarity): string;
  /** «606 - 10.000 = -9.394 (crescente: risultato - target)». */
  deviation(formula: string, deviation: string, polarity: Polarity): string;
  /** «, pari a -93,94% del target». */
  relative(relative: string): string;
  /** «scostamento …; raggiungimento …». */
  evaluation(deviation: string, relative: string, achievement: string): string;
  /** The achievement from the baseline: «(r - b) / (t - b) = 80% (dalla base al target)». */
  fromBaseline(formula: string, value: string): string;
  /** A target of 0: whether the result is on the good side of zero. */
  zeroTarget(zero: string, result: string, goodSide: boolean, polarity: Direction, value: string): string;
  /** The linear form's note for a decreasing indicator: « (decrescente: target - risultato)». */
  decreasingTail(): string;
  /** The ratio method: «12 / 10 = 120% (rapporto risultato / target)». */
  ratio(formula: string, value: string, polarity: Polarity): string;
  /** The ratio of a decreasing indicator whose result is 0 or less: the cap. */
  ratioAtCap(result: string, cap: string): string;
  /** The ratio asked for against a negative target: the linear form is used. */
  ratioNotApplicable(): string;
  baselineEqualsTarget(baseline: string): string;
  baselineAgainstPolarity(baseline: string, above: boolean, target: string, polarity: Direction): string;
  /** «, limitato al 100%», «, riportato a 0%»… */
  capNote(step: CapStep, cap: number, threshold: number): string;
  /** A numeric milestone: whether the result meets the bound. */
  reached(result: string, met: boolean, comparator: Comparator, target: string, value: string): string;
  /** Milestone against milestone: done, started (partial credit), not done. */
  milestone(state: "done" | "started" | "notDone", reached: string, required: string, value: string): string;
  /**
   * Done, but on a date after the target's deadline («entro il 30/09/2024»): not reached. `reached`
   * and `required` are the texts quoted, null when the cell is the date itself (a date cell).
   */
  lateMilestone(reached: string | null, required: string | null, doneOn: string, deadline: string, value: string): string;
  /** Done on a date at or before the target's deadline: reached, both dates said (texts as for lateMilestone). */
  onTimeMilestone(reached: string | null, required: string | null, doneOn: string, deadline: string, value: string): string;
  /** A bound target that sets the polarity against the written one. */
  boundOverride(target: string, polarity: Polarity, given: Polarity): string;
  /** A baseline that is not a number, left out. */
  baselineNotNumeric(baseline: string): string;
  /** An ambiguous result read as the milestone it opens with. */
  milestoneReading(state: string): string;
  /** A value as written, quoted; an empty cell in words. */
  quote(text: string): string;
  /** What kind of value a cell holds: «una milestone», «un limite numerico», «una percentuale». */
  kind(value: CellValue): string;
  /** A bound written as a result («almeno 300»): a result must be measured. */
  boundAsResult(result: string): string;
  /** A result and a target of kinds that cannot be compared (a milestone against a number). */
  kindsDiffer(result: string, resultKind: string, target: string, targetKind: string): string;
}

const ITALIAN_POLARITY: Record<Polarity, string> = { increasing: "crescente", decreasing: "decrescente", milestone: "milestone" };

export function operandOf(numbers: NumberWords) {
  return (value: number, unit: QuantityUnit): string => {
    const text = numbers.figure(value, unit);
    return value < 0 && text.includes("-") ? `(${text})` : text;
  };
}

/** The day a milestone was done: its text and its date, or the date alone when the cell is the date. */
function italianDoneOn(reached: string | null, doneOn: string): string {
  return reached === null ? `realizzato il ${doneOn}` : `${reached} porta la data ${doneOn}`;
}

export const ITALIAN_CALC_WORDS: CalcWords = {
  numbers: ITALIAN_NUMBERS,
  operand: operandOf(ITALIAN_NUMBERS),
  polarity: (polarity) => ITALIAN_POLARITY[polarity],
  deviation: (formula, deviation, polarity) => {
    const rule = polarity === "decreasing" ? `target ${MINUS} risultato` : `risultato ${MINUS} target`;
    const name = polarity === "milestone" ? "milestone, letta come crescente" : ITALIAN_POLARITY[polarity];
    return `${formula} = ${deviation} (${name}: ${rule})`;
  },
  relative: (relative) => `, pari a ${relative} del target`,
  evaluation: (deviation, relative, achievement) => `scostamento ${deviation}${relative}; raggiungimento ${achievement}`,
  fromBaseline: (formula, value) => `${formula} = ${value} (dalla base al target)`,
  zeroTarget: (zero, result, goodSide, polarity, value) => {
    const badSide = polarity === "increasing" ? "sotto" : "sopra";
    const where = goodSide ? `non è ${badSide} lo zero` : `è ${badSide} lo zero`;
    return `target ${zero}: il risultato ${result} ${where} (${ITALIAN_POLARITY[polarity]}), quindi ${value}`;
  },
  decreasingTail: () => ` (decrescente: target ${MINUS} risultato)`,
  ratio: (formula, value, polarity) => `${formula} = ${value} (${polarity === "decreasing" ? "rapporto target / risultato" : "rapporto risultato / target"})`,
  ratioAtCap: (result, cap) => `target / risultato con risultato ${result} (decrescente, non positivo): il massimo, ${cap}`,
  ratioNotApplicable: () => "; rapporto non applicabile a un target negativo: formula lineare",
  baselineEqualsTarget: (baseline) => `la base ${baseline} è uguale al target: formula senza base`,
  baselineAgainstPolarity: (baseline, above, target, polarity) =>
    `la base ${baseline} è ${above ? "sopra" : "sotto"} il target ${target} ma l'indicatore è ${ITALIAN_POLARITY[polarity]}: base non usata`,
  capNote: (step, cap, threshold) => {
    const capped = `, limitato ${shareWithArticle("a", cap)}`;
    const below = `, sotto la soglia ${shareWithArticle("di", threshold)}: conta 0%`;
    return { kept: "", capped, floored: ", riportato a 0%", belowThreshold: below, cappedBelowThreshold: `${capped}${below}` }[step];
  },
  reached: (result, met, comparator, target, value) =>
    `milestone: ${result} ${met ? "soddisfa" : "non soddisfa"} il target (${comparatorWords(comparator)} ${target}), quindi ${value}`,
  milestone: (state, reached, required, value) => {
    if (state === "done") return `obiettivo raggiunto: ${reached} soddisfa ${required}, quindi ${value}`;
    if (state === "started") return `obiettivo avviato ma non concluso: ${reached} è in corso, ${required} richiede il completamento: credito parziale ${value}`;
    return `obiettivo non raggiunto: ${reached} non soddisfa ${required}, quindi ${value}`;
  },
  lateMilestone: (reached, required, doneOn, deadline, value) =>
    `obiettivo non raggiunto nei tempi: ${italianDoneOn(reached, doneOn)}, oltre la scadenza ${deadline}${required === null ? "" : ` del target ${required}`}, quindi ${value}`,
  onTimeMilestone: (reached, required, doneOn, deadline, value) =>
    `obiettivo raggiunto nei tempi: ${italianDoneOn(reached, doneOn)}, entro la scadenza ${deadline}${required === null ? "" : ` del target ${required}`}, quindi ${value}`,
  boundOverride: (target, polarity, given) =>
    `il target ${target} indica un indicatore ${ITALIAN_POLARITY[polarity]}, che prevale sulla polarità ${ITALIAN_POLARITY[given]} indicata`,
  baselineNotNumeric: (baseline) => `base ${baseline} non numerica: non usata`,
  milestoneReading: (state) => `il risultato contiene più numeri ma il target è una milestone: letto come «${state}», i numeri sono dettagli`,
  quote: (text) => (text.trim() === "" ? "cella vuota" : `'${text.trim()}'`),
  kind: (value) => kindWords(value),
  boundAsResult: (result) => `Il risultato ${result} è un limite, non un valore raggiunto: indicare il valore misurato.`,
  kindsDiffer: (result, resultKind, target, targetKind) => `Il risultato ${result} è ${resultKind}, il target ${target} è ${targetKind}: non si possono confrontare.`,
};

/**
 * The words of each language. The English ones live in calcWordsEnglish.ts and are added by the
 * English catalogue when it loads (`addCalcWords`): the custom functions and the pane's first chunk,
 * which carry the calculations but never explain in English, do not carry them.
 */
const WORDS: Partial<Record<Locale, CalcWords>> = { it: ITALIAN_CALC_WORDS };

export function addCalcWords(locale: Locale, words: CalcWords): void {
  WORDS[locale] = words;
}

export function calcWords(locale: Locale = "it"): CalcWords {
  const words = WORDS[locale];
  if (words === undefined) throw new Error(`The explanations' words for «${locale}» are not loaded: import wording/english first.`);
  return words;
}
