/**
 * Which concept a header names, and for which reporting date.
 *
 * A synonym matches when all its meaningful words are among the header's; the longest matching
 * synonym wins ("Target storico di riferimento" is a baseline, not a target; "N. indicatore" a
 * number, not an indicator), «%» counting only after the words that name something («Peso
 * obiettivo %» is an objective's weight, not a «Peso %»), then the one whose words come first ("Note
 * sullo scostamento" is a note; «% raggiungimento target» an achievement). Extra words are allowed
 * ("Target storico di riferimento: anno 2019"), so that headers
 * with a unit or a year attached are still read; headers of more than a dozen words are prose,
 * not headers. A date-only header ("al 31/12", "2027") is a target.
 */
import { HEADER_SYNONYMS, type HeaderConcept } from "./headerSynonyms";
import { headerWords, isDateWord, yearOfHeader } from "./normalizeHeader";
import { memoByText } from "../memo";
import { yearEnd, type Period } from "./reportingDate";

export interface HeaderMatch {
  concept: HeaderConcept;
  /**
   * The reporting date written in the header, when exactly one is, with its year when written
   * ("Target al 30/06/2020" -> "30/6/2020"); a year alone is its 31/12 ("Target 2027" -> "31/12/2027").
   */
  date?: Period;
  /** The header's words that the synonym used, for explanations. */
  words: string[];
  /** A value at a date that no synonym names («Valore al 30/06/2024», «Dato al 30.06»): a result, unless mapColumns finds it is from before the targets' years. */
  valueAtDate?: true;
}

/** The words of «Valore», «Valori», «Dato», «Dati»: with a day and a month, a value at that date. */
const VALUE_WORDS = new Set(headerWords("Valore Valori Dato Dati"));

interface Synonym {
  concept: HeaderConcept;
  words: string[];
}

const MAX_HEADER_WORDS = 12;
/** The word «%» is read as (normalizeHeader.ts). */
const PERCENT_WORD = headerWords("%")[0] ?? "percent";
/** Concepts written for a reporting date («Target al 30/6», «Risultato 2024»): a date in their header dates them. */
export const DATED_CONCEPTS: ReadonlySet<HeaderConcept> = new Set<HeaderConcept>(["target", "result", "declaredDeviation", "deviation", "forecast", "newForecast"]);

/** Synonyms by each of their words, so that a header is compared only with the synonyms it can match. */
const SYNONYMS_BY_WORD: Map<string, Synonym[]> = buildIndex();

function buildIndex(): Map<string, Synonym[]> {
  const index = new Map<string, Synonym[]>();
  for (const concept of Object.keys(HEADER_SYNONYMS) as HeaderConcept[]) {
    for (const text of HEADER_SYNONYMS[concept]) {
      const words = [...new Set(headerWords(text))];
      if (words.length === 0) continue;
      const synonym = { concept, words };
      for (const word of words) {
        const list = index.get(word) ?? [];
        list.push(synonym);
        index.set(word, list);
      }
    }
  }
  return index;
}

function periodOf(dates: string[]): Period | undefined {
  const distinct = [...new Set(dates)];
  return distinct.length === 1 ? (distinct[0] as Period) : undefined;
}

/** The concept a header names, or null when it names none of the plan's columns. */
export function matchHeader(raw: unknown): HeaderMatch | null {
  if (typeof raw !== "string") return computeMatch(raw);
  // Prose is not a header: a text this long has more than a dozen meaningful words.
  return raw.length > MAX_HEADER_LENGTH ? null : matchText(raw);
}

const MAX_HEADER_LENGTH = 240;
const matchText = memoByText((text: string) => computeMatch(text));

function computeMatch(raw: unknown): HeaderMatch | null {
  const all = headerWords(raw);
  const dates = all.filter(isDateWord);
  const words = all.filter((w) => !isDateWord(w));
  const year = dates.length === 0 ? yearOfHeader(raw) : undefined;
  const date = year !== undefined ? yearEnd(year) : periodOf(dates);
  if (words.length === 0) return date ? { concept: "target", date, words: [] } : null;
  if (words.length > MAX_HEADER_WORDS) return null;

  const position = new Map<string, number>();
  words.forEach((w, i) => {
    if (!position.has(w)) position.set(w, i);
  });
  let best: { synonym: Synonym; named: number; first: number } | null = null;
  const seen = new Set<Synonym>();
  for (const word of position.keys()) {
    for (const synonym of SYNONYMS_BY_WORD.get(word) ?? []) {
      if (seen.has(synonym)) continue;
      seen.add(synonym);
      if (!synonym.words.every((w) => position.has(w))) continue;
      // The words that name something: «%» is a unit, so «Peso obiettivo %» is an objective's weight
      // («Peso obiettivo»), not a bare «Peso %», and «% raggiungimento target» an achievement.
      const naming = synonym.words.filter((w) => w !== PERCENT_WORD);
      const named = naming.length;
      const first = Math.min(...(naming.length > 0 ? naming : synonym.words).map((w) => position.get(w) ?? 0));
      const better =
        best === null ||
        named > best.named ||
        (named === best.named && synonym.words.length > best.synonym.words.length) ||
        (named === best.named && synonym.words.length === best.synonym.words.length && first < best.first);
      if (better) best = { synonym, named, first };
    }
  }
  if (best === null) {
    // «Valore al 30/06/2024», «Dato al 30.06»: the value measured at that day (a year alone, «Valore 2023», is not enough).
    const [only] = words;
    return words.length === 1 && only !== undefined && VALUE_WORDS.has(only) && dates.length > 0 && date !== undefined
      ? { concept: "result", date, words, valueAtDate: true }
      : null;
  }
  // «Baseline (anno 2022)» writes the baseline's year: its column holds the baseline, not years.
  const concept = best.synonym.concept === "baselineYear" && year !== undefined ? "baseline" : best.synonym.concept;
  const match: HeaderMatch = { concept, words: best.synonym.words };
  // A year alone dates only what is written at a date ("Target 2027"), not "Target storico: anno 2019".
  if (date && (year === undefined || DATED_CONCEPTS.has(match.concept))) match.date = date;
  return match;
}
