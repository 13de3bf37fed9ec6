/**
 * Header text as a comparable form. Users write the same header in many ways: "Valore Target:\nal
 * 30/6", "Target al 30.06", "TARGET 30/06/2020", "Peso dell'obiettivo", "N°". `normalizeHeader`
 * removes case, accents, punctuation, line breaks and spacing, and writes every date one way
 * ("30/6", "31/12/2020", "31/7/2013": see reportingDate.ts); `headerWords` goes on to the words that
 * carry meaning: no articles or prepositions, no years, and a light stem so that singular and plural
 * meet ("Risultati" / "Risultato").
 */

import { memoByText } from "../memo";
import { datesIn, periodKey, periodParts, withPeriodPhrases, yearsIn } from "./reportingDate";

const STOP_WORDS = new Set(
  (
    "di del dello della dei degli delle dell d al allo alla ai agli alle all a il lo la i gli le l un uno una " +
    "e ed o per in nel nello nella nei negli nelle da dal dallo dalla dai dagli dalle con su sul sullo sulla " +
    "sui sugli sulle tra fra the of at to an and or for by on as"
  ).split(" "),
);


/** The text of a header cell of any type: strings as they are, numbers as digits, anything else blank. */
export function headerText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  return "";
}

/** Words already in normal form: lower-case ASCII letters, single spaces ("crescente", "peso iniziale"). */
const ALREADY_NORMAL = /^[a-z]+(?: [a-z]+)*$/;

/** The text with each date written as its key: "al 30.06.2020" -> "al  30/6/2020 ". */
function withDateKeys(text: string): string {
  const dates = datesIn(text);
  if (dates.length === 0) return text;
  let out = "";
  let at = 0;
  for (const date of dates) {
    if (date.start < at) continue;
    out += `${text.slice(at, date.start)} ${periodKey(date.parts)} `;
    at = date.end;
  }
  return out + text.slice(at);
}

/** "Valore Target:\nal 30.06.2020" -> "valore target al 30/6"; "Peso dell'obiettivo" -> "peso dell obiettivo". */
export function normalizeHeader(raw: unknown): string {
  // Polarity cells repeat "crescente" on every row: such text has no accents, dates or punctuation to remove.
  if (typeof raw === "string" && ALREADY_NORMAL.test(raw)) return raw;
  return typeof raw === "string" && raw.length <= 240 ? normalizedText(raw) : computeNormalized(raw);
}

const normalizedText = memoByText((text: string) => computeNormalized(text));

function computeNormalized(raw: unknown): string {
  const text = headerText(raw)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[°º]/g, "")
    .replace(/#/g, " n ")
    .replace(/%/g, " percent ");
  const words: string[] = [];
  for (const token of withDateKeys(text).split(/[^a-z0-9/]+/)) {
    if (token === "") continue;
    if (isDateWord(token)) words.push(token);
    else words.push(...token.split("/").filter((part) => part !== ""));
  }
  return words.join(" ");
}

/** One word's stem: "risultati" and "risultato" -> "risultat"; "notes" and "note" -> "not". */
export function stemWord(word: string): string {
  if (/^\d/.test(word)) return word;
  let stem = word;
  if (stem.length >= 5 && stem.endsWith("s")) stem = stem.slice(0, -1);
  if (stem.length >= 4 && /[aeio]$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The meaningful words of a header, stemmed, in order: "Valore target al 30.06" -> ["valor", "target", "30/6"]. */
export function headerWords(raw: unknown): string[] {
  return typeof raw === "string" ? wordsOfText(raw) : computeHeaderWords(raw);
}


const wordsOfText = memoByText((text: string) => computeHeaderWords(text));

function computeHeaderWords(raw: unknown): string[] {
  let text = normalizeHeader(raw);
  text = withPeriodPhrases(text);
  const words: string[] = [];
  for (const word of text.split(" ")) {
    if (word === "" || STOP_WORDS.has(word) || /^(?:19|20)\d\d$/.test(word)) continue;
    words.push(stemWord(word));
  }
  return words;
}

/** True for a date written as its key ("30/6", "31/7/2013"): see reportingDate.ts. */
export function isDateWord(word: string): boolean {
  return word.includes("/") && periodParts(word) !== undefined;
}

/** The one year a header names alone ("Target 2027", "2013"), or undefined. */
export function yearOfHeader(raw: unknown): number | undefined {
  const years = [...new Set(yearsIn(headerText(raw)))];
  return years.length === 1 ? years[0] : undefined;
}
