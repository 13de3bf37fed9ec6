/**
 * The words of the «Valore dei progetti» table (the Riepilogo sheet, the command line's report), in
 * Italian and English: title, headers and the line of each fund's totals. Figures are written with the
 * language's NumberWords; the explanations of the amounts are the core's (Italian).
 */
import type { Locale } from "./addinLanguage";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS, type NumberWords } from "./formatNumbers";

export interface ProjectValueWords {
  title: string;
  headers: { objective: string; fund: string; value: string; score: string; earned: string; explanation: string };
  /** A fund the plan does not name. */
  unnamedFund: string;
  notEvaluable: string;
  euro(amount: number): string;
  /** One fund's totals: the projects' full value and what their scores earn. */
  fundTotal(fund: string, value: number, earned: number): string;
}

function italian(numbers: NumberWords): ProjectValueWords {
  const euro = (value: number) => numbers.figure(value, "euro");
  return {
    title: "Valore dei progetti",
    headers: { objective: "Obiettivo", fund: "Fondo", value: "Valore del progetto", score: "Punteggio", earned: "Importo maturato", explanation: "Come è calcolato" },
    unnamedFund: "fondo non indicato",
    notEvaluable: "non valutabile",
    euro,
    fundTotal: (fund, value, earned) => `${fund}: valore dei progetti ${euro(value)}, maturato ${euro(earned)}.`,
  };
}

function english(numbers: NumberWords): ProjectValueWords {
  const euro = (value: number) => numbers.figure(value, "euro");
  return {
    title: "Project values",
    headers: { objective: "Objective", fund: "Fund", value: "Project value", score: "Score", earned: "Amount earned", explanation: "How it is computed" },
    unnamedFund: "fund not named",
    notEvaluable: "not evaluable",
    euro,
    fundTotal: (fund, value, earned) => `${fund}: projects' value ${euro(value)}, earned ${euro(earned)}.`,
  };
}

const WORDS: Record<Locale, ProjectValueWords> = { it: italian(ITALIAN_NUMBERS), en: english(ENGLISH_NUMBERS) };

export function projectValueWordsFor(locale: Locale): ProjectValueWords {
  return WORDS[locale];
}
