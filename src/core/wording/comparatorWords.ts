/**
 * The words of a bound's comparator, the one place for them: explanations, value descriptions and
 * messages all say «almeno 300», «non oltre 10 giorni» (never «al massimo»: one comparator, one
 * phrase). Kept apart from the catalogues so that the calculations can use it without them.
 */
import type { Comparator } from "../values/valueTypes";
import type { Locale } from "./addinLanguage";

const COMPARATOR_WORDS: Record<Locale, Record<Comparator, string>> = {
  it: { atLeast: "almeno", moreThan: "più di", atMost: "non oltre", lessThan: "meno di" },
  en: { atLeast: "at least", moreThan: "more than", atMost: "at most", lessThan: "less than" },
};

/** "almeno" / "più di" / "non oltre" / "meno di"; in English "at least" / "more than" / "at most" / "less than". */
export function comparatorWords(comparator: Comparator, locale: Locale = "it"): string {
  return COMPARATOR_WORDS[locale][comparator];
}
