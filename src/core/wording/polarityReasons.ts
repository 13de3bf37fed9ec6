/**
 * Why an indicator's polarity was inferred, in Italian and English: the clue the plan reader found
 * (src/core/plan/inferPolarity) kept as data, and its words. The reader stores the Italian sentence
 * with the indicator; the rule `polarita-dedotta` quotes the clue in the report's language.
 */
import type { Locale } from "./addinLanguage";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS } from "./formatNumbers";
import type { QuantityUnit } from "../values/valueTypes";

/** A negative target, as the clue quotes it. */
export interface NegativeTarget {
  value: number;
  unit: QuantityUnit;
}

/** What the polarity was inferred from. */
export type PolarityClue =
  /** Every readable target is a milestone (their texts, shortened). */
  | { kind: "milestoneTargets"; texts: readonly string[] }
  /** The targets are dates written alone, or dates and milestones: deadlines (their texts, shortened). */
  | { kind: "dateTargets"; texts: readonly string[] }
  /** Every readable target says there is none of something («nessun reclamo»): decreasing. */
  | { kind: "noneTargets"; texts: readonly string[] }
  /** A word of savings in the name: increasing. */
  | { kind: "saving"; word: string }
  /** A quantity that is better lower in the name (and maybe negative targets): decreasing. */
  | { kind: "lowerIsBetter"; word: string; negatives: readonly NegativeTarget[] }
  /** A reduction whose targets are amounts in euro: the amount saved, increasing. */
  | { kind: "savedAmount"; word: string }
  /** A reducing word in the name (and maybe negative targets): decreasing. */
  | { kind: "reducing"; word: string; negatives: readonly NegativeTarget[] }
  /** Negative targets alone: decreasing. */
  | { kind: "negativeTargets"; negatives: readonly NegativeTarget[] }
  /** No clue: increasing, the usual case. */
  | { kind: "default" };

export interface PolarityReason {
  /** The polarity cell's text when it is written but not recognised; null when it is empty. */
  unrecognised: string | null;
  clue: PolarityClue;
}

function italianTargets(negatives: readonly NegativeTarget[]): string {
  return `dai target negativi (${negatives.map((target) => ITALIAN_NUMBERS.amount(target.value, target.unit)).join(", ")})`;
}

function englishTargets(negatives: readonly NegativeTarget[]): string {
  return `from the negative targets (${negatives.map((target) => ENGLISH_NUMBERS.amount(target.value, target.unit)).join(", ")})`;
}

function italianClue(clue: PolarityClue): string {
  const also = (negatives: readonly NegativeTarget[]) => (negatives.length > 0 ? ` e ${italianTargets(negatives)}` : "");
  switch (clue.kind) {
    case "milestoneTargets":
      return `dedotta dai target espressi come traguardo (${clue.texts.map((text) => `'${text}'`).join(", ")})`;
    case "dateTargets":
      return `dedotta dai target espressi come data (${clue.texts.map((text) => `'${text}'`).join(", ")}): ogni data è letta come scadenza, e un risultato con una data successiva vale 0%`;
    case "noneTargets":
      return `dedotta dai target che chiedono di non averne alcuno (${clue.texts.map((text) => `'${text}'`).join(", ")}): un conteggio da tenere a zero`;
    case "saving":
      return `dedotta da '${clue.word}' nel nome dell'indicatore: si misura quanto si risparmia`;
    case "lowerIsBetter":
      return `dedotta da '${clue.word}' nel nome dell'indicatore, una grandezza che migliora scendendo${also(clue.negatives)}`;
    case "savedAmount":
      return `'${clue.word}' nel nome, ma i target in euro misurano la riduzione ottenuta: assunta crescente`;
    case "reducing":
      return `dedotta da '${clue.word}' nel nome dell'indicatore${also(clue.negatives)}`;
    case "negativeTargets":
      return `dedotta ${italianTargets(clue.negatives)}`;
    case "default":
      return "non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)";
  }
}

function englishClue(clue: PolarityClue): string {
  const also = (negatives: readonly NegativeTarget[]) => (negatives.length > 0 ? ` and ${englishTargets(negatives)}` : "");
  switch (clue.kind) {
    case "milestoneTargets":
      return `inferred from the targets written as milestones (${clue.texts.map((text) => `'${text}'`).join(", ")})`;
    case "dateTargets":
      return `inferred from the targets written as dates (${clue.texts.map((text) => `'${text}'`).join(", ")}): each date is read as a deadline, and a result dated later scores 0%`;
    case "noneTargets":
      return `inferred from the targets that ask for none at all (${clue.texts.map((text) => `'${text}'`).join(", ")}): a count to keep at zero`;
    case "saving":
      return `inferred from the word '${clue.word}' in the indicator's name: it measures how much is saved`;
    case "lowerIsBetter":
      return `inferred from the word '${clue.word}' in the indicator's name, a quantity that improves as it goes down${also(clue.negatives)}`;
    case "savedAmount":
      return `'${clue.word}' in the name, but the targets in euro measure the reduction obtained: taken as increasing`;
    case "reducing":
      return `inferred from the word '${clue.word}' in the indicator's name${also(clue.negatives)}`;
    case "negativeTargets":
      return `inferred ${englishTargets(clue.negatives)}`;
    case "default":
      return "not given: taken as increasing (no clue of a decreasing polarity or of a milestone)";
  }
}

/** The whole reason, as the reader stores it in Italian: «polarità 'boh' non riconosciuta; dedotta da …». */
export function polarityReasonText(reason: PolarityReason, locale: Locale = "it"): string {
  if (locale === "en") return `${reason.unrecognised === null ? "" : `polarity '${reason.unrecognised}' not recognised; `}${englishClue(reason.clue)}`;
  return `${reason.unrecognised === null ? "" : `polarità '${reason.unrecognised}' non riconosciuta; `}${italianClue(reason.clue)}`;
}

/**
 * The clue alone, as a message quotes it after saying the polarity: «dedotta da 'riduzione' nel
 * nome dell'indicatore»; for no clue, why it is the default: «nessun indizio di polarità …».
 */
export function polarityClueText(clue: PolarityClue, locale: Locale = "it"): string {
  if (clue.kind === "default") return locale === "en" ? "no clue of a decreasing polarity or of a milestone" : "nessun indizio di polarità decrescente o di traguardo";
  return locale === "en" ? englishClue(clue) : italianClue(clue);
}
