/**
 * The words of the «Premi» section (the Riepilogo sheet, the command line's report), in Italian and
 * English: titles, headers, the classes, the fund and its check, what is missing for the amounts.
 * Figures are written with the language's NumberWords; the explanations of the shares are the
 * core's (Italian), as for every computed figure.
 */
import type { Locale } from "./addinLanguage";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS, type NumberWords } from "./formatNumbers";
import type { ConditionOutcome, FundCheck, MissingForAmount, PlanRewards, RewardClass, RewardSplit } from "../report/rewards";

export interface RewardWords {
  title: string;
  headers: { person: string; score: string; band: string; share: string; fullBonus: string; coefficient: string; amount: string; explanation: string };
  /** «da 90%» / «from 90%», or below the first band. */
  band(from: number | null): string;
  notEvaluable: string;
  /** An amount in euro: «€ 3.106,00» / «€3,106.00». */
  euro(amount: number): string;
  /** A score given with the reward rules, not the plan's. */
  givenScore: string;
  /** What an amount cell says when the amount cannot be computed. */
  noAmount: string;
  split(split: RewardSplit): string;
  /** The gate objective and how it went, one line. */
  condition(condition: ConditionOutcome): string;
  fund(amount: number, explanation?: string): string;
  /** The fund read from the plan's project values, when the rules give none. */
  fundFromPlan(amount: number, explanation: string): string;
  /** The check of the amounts against the fund, one line. */
  check(check: FundCheck): string;
  /** The amounts without a fund to check them against. */
  distributedWithoutFund(distributed: number): string;
  /** Why no amount could be computed. */
  missing(missing: readonly MissingForAmount[]): string;
  /** The people without an amount when others have one, each with what is missing. */
  withoutAmount(people: readonly { name: string; missing: readonly MissingForAmount[] }[]): string;
  classesTitle: string;
  classHeaders: { label: string; people: string; share: string };
  classLabel(rewardClass: RewardClass): string;
  notEvaluated: string;
}

function italian(numbers: NumberWords): RewardWords {
  const euro = (value: number) => numbers.figure(value, "euro");
  const share = (value: number) => numbers.share(value);
  return {
    title: "Premi",
    headers: { person: "Persona", score: "Punteggio", band: "Fascia", share: "Quota del premio", fullBonus: "Premio pieno", coefficient: "Coefficiente", amount: "Importo", explanation: "Come è calcolato" },
    band: (from) => (from === null ? "sotto la prima fascia" : `da ${share(from)}`),
    notEvaluable: "non valutabile",
    euro,
    givenScore: "punteggio indicato nelle regole dei premi",
    noAmount: "non calcolato",
    split: (split) =>
      split === "share"
        ? "Ripartizione a quota: importo = premio pieno (premio indicato, o peso × fondo) × quota × coefficiente."
        : "Ripartizione pro-quota: il fondo diviso in proporzione a peso × quota × coefficiente.",
    condition: (c) => {
      const rule = `l'obiettivo ${c.objective} almeno al ${share(c.minimum)}`;
      if (c.status === "met") return `Condizione soddisfatta: ${rule}, e ha ${share(c.score ?? 0)}.`;
      if (c.status === "missed") return `Condizione non soddisfatta: ${rule}, ma ha ${share(c.score ?? 0)}: nessun premio.`;
      if (c.status === "notFound") return `Condizione non verificabile: ${rule}, ma il piano non ha l'obiettivo ${c.objective}: quote non calcolate.`;
      return `Condizione non verificabile: ${rule}, ma l'obiettivo non è valutabile: quote non calcolate.`;
    },
    fund: (amount, explanation) => `Fondo: ${euro(amount)}${explanation ? ` (valore economico del progetto: ${explanation})` : ""}.`,
    fundFromPlan: (amount, explanation) => `Fondo letto dal piano: ${euro(amount)} (${explanation}); le regole dei premi non indicano un «fondo».`,
    check: (check) =>
      check.withinFund
        ? `Gli importi rientrano nel fondo: distribuiti ${euro(check.distributed)} su ${euro(check.fund)}.`
        : `Gli importi superano il fondo di ${euro(check.excess)}: distribuiti ${euro(check.distributed)} contro un fondo di ${euro(check.fund)}.`,
    distributedWithoutFund: (distributed) => `Distribuiti ${euro(distributed)}; nessun fondo indicato, quindi nessun controllo sul fondo.`,
    missing: (missing) => {
      if (missing.length === 0) return "Importi non calcolati: nessuna persona ha un punteggio valutabile.";
      const words = missing.map((what) => ({ fund: "il fondo («fondo»)", weight: "il peso individuale o il premio di ogni persona («persone»)", score: "i punteggi" })[what]);
      return `Importi non calcolati: mancano ${words.join(" e ")} nelle regole dei premi.`;
    },
    withoutAmount: (people) =>
      `Senza importo: ${people
        .map(({ name, missing }) => `${name} (${missing.includes("score") ? "non valutabile" : missing.map((what) => ({ fund: "manca il fondo", weight: "manca il peso individuale o il premio", score: "" })[what]).join(", ")})`)
        .join("; ")}.`,
    classesTitle: "Distribuzione per classi di punteggio",
    classHeaders: { label: "Classe", people: "Persone", share: "Quota delle persone" },
    classLabel: (c) => (c.to === null ? `≥ ${share(c.from ?? 0)}` : c.from === null ? `< ${share(c.to)}` : `${share(c.from)} – ${share(c.to)}`),
    notEvaluated: "non valutabili",
  };
}

function english(numbers: NumberWords): RewardWords {
  const euro = (value: number) => numbers.figure(value, "euro");
  const share = (value: number) => numbers.share(value);
  return {
    title: "Rewards",
    headers: { person: "Person", score: "Score", band: "Band", share: "Share of the bonus", fullBonus: "Full bonus", coefficient: "Coefficient", amount: "Amount", explanation: "How it is computed" },
    band: (from) => (from === null ? "below the first band" : `from ${share(from)}`),
    notEvaluable: "not evaluable",
    euro,
    givenScore: "score given in the reward rules",
    noAmount: "not computed",
    split: (split) =>
      split === "share"
        ? "Split by share: amount = full bonus (the bonus given, or weight × fund) × share × coefficient."
        : "Pro-rata split: the fund divided in proportion to weight × share × coefficient.",
    condition: (c) => {
      const rule = `objective ${c.objective} at least at ${share(c.minimum)}`;
      if (c.status === "met") return `Condition met: ${rule}, and it has ${share(c.score ?? 0)}.`;
      if (c.status === "missed") return `Condition not met: ${rule}, but it has ${share(c.score ?? 0)}: no bonus.`;
      if (c.status === "notFound") return `Condition not verifiable: ${rule}, but the plan has no objective ${c.objective}: shares not computed.`;
      return `Condition not verifiable: ${rule}, but the objective is not evaluable: shares not computed.`;
    },
    fund: (amount, explanation) => `Fund: ${euro(amount)}${explanation ? ` (economic value of the project: ${explanation})` : ""}.`,
    fundFromPlan: (amount, explanation) => `Fund read from the plan: ${euro(amount)} (${explanation}); the reward rules give no «fondo».`,
    check: (check) =>
      check.withinFund
        ? `The amounts are within the fund: ${euro(check.distributed)} distributed of ${euro(check.fund)}.`
        : `The amounts exceed the fund by ${euro(check.excess)}: ${euro(check.distributed)} distributed against a fund of ${euro(check.fund)}.`,
    distributedWithoutFund: (distributed) => `${euro(distributed)} distributed; no fund given, so no check against the fund.`,
    missing: (missing) => {
      if (missing.length === 0) return "Amounts not computed: nobody has an evaluable score.";
      const words = missing.map((what) => ({ fund: "the fund («fondo»)", weight: "each person's individual weight or bonus («persone»)", score: "the scores" })[what]);
      return `Amounts not computed: the reward rules lack ${words.join(" and ")}.`;
    },
    withoutAmount: (people) =>
      `No amount for: ${people
        .map(({ name, missing }) => `${name} (${missing.includes("score") ? "not evaluable" : missing.map((what) => ({ fund: "no fund", weight: "no individual weight or bonus", score: "" })[what]).join(", ")})`)
        .join("; ")}.`,
    classesTitle: "Distribution by score class",
    classHeaders: { label: "Class", people: "People", share: "Share of people" },
    classLabel: (c) => (c.to === null ? `≥ ${share(c.from ?? 0)}` : c.from === null ? `< ${share(c.to)}` : `${share(c.from)} – ${share(c.to)}`),
    notEvaluated: "not evaluable",
  };
}

/**
 * The lines under the people: the split, the fund, its check (or the amounts without a fund, or why
 * there are none), and who has no amount when others have one. The Riepilogo and the report share them.
 */
export function rewardNotes(rewards: PlanRewards, words: RewardWords): string[] {
  const notes = [...(rewards.condition === null ? [] : [words.condition(rewards.condition)]), words.split(rewards.split)];
  if (rewards.fund?.source === "plan") notes.push(words.fundFromPlan(rewards.fund.amount, rewards.fund.explanation ?? ""));
  else if (rewards.fund) notes.push(words.fund(rewards.fund.amount, rewards.fund.explanation));
  if (rewards.fundCheck) notes.push(words.check(rewards.fundCheck));
  else if (rewards.distributed !== null) notes.push(words.distributedWithoutFund(rewards.distributed));
  else notes.push(words.missing(rewards.missing));
  const without = rewards.people.filter((person) => person.amount === null);
  if (rewards.distributed !== null && without.length > 0) notes.push(words.withoutAmount(without));
  return notes;
}

const WORDS: Record<Locale, RewardWords> = { it: italian(ITALIAN_NUMBERS), en: english(ENGLISH_NUMBERS) };

export function rewardWordsFor(locale: Locale): RewardWords {
  return WORDS[locale];
}
