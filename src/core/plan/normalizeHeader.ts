/**
 * Header text as a comparable form. Users write the same header in many ways: "Valore Target:\nal
 * 30/6", "Target al 30.06", "TARGET 30/06/2020", "Peso dell'obiettivo", "N°". `normalizeHeader`
 * removes case, accents, punctuation, line breaks and spacing, and writes the two reporting dates
 * one way ("30/6", "31/12"); `headerWords` goes on to the words that carry meaning: no articles or
 * prepositions, no years, and a light stem so that singular and plural meet ("Risultati" / "Risultato").
 */

const DATE_30_6 = /(?<!\d)30\s*[/.-]\s*0?6(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?(?!\d)|(?<![a-z\d])30\s*(?:th\s+)?(?:giugno|june|jun)(?:\s+\d{4})?(?![a-z])|(?<![a-z])(?:june|jun)\s+30(?:th)?(?!\d)/g;
const DATE_31_12 = /(?<!\d)31\s*[/.-]\s*12(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?(?!\d)|(?<![a-z\d])31\s*(?:st\s+)?(?:dicembre|december|dec)(?:\s+\d{4})?(?![a-z])|(?<![a-z])(?:december|dec)\s+31(?:st)?(?!\d)/g;

/** Words that name a reporting date without writing it. */
const PERIOD_PHRASES: [RegExp, string][] = [
  [/(?<![a-z\d])(?:primo|1|i)\s+semestre(?![a-z])|(?<![a-z])(?:h1|mid\s*year|half\s*year|semestrale)(?![a-z])/g, " 30/6 "],
  [/(?<![a-z])(?:fine\s+anno|annuale|annual|year\s*end|full\s*year)(?![a-z])/g, " 31/12 "],
];

const STOP_WORDS = new Set(
  (
    "di del dello della dei degli delle dell d al allo alla ai agli alle all a il lo la i gli le l un uno una " +
    "e ed o per in nel nello nella nei negli nelle da dal dallo dalla dai dagli dalle con su sul sullo sulla " +
    "sui sugli sulle tra fra the of at to an and or for by on as"
  ).split(" "),
);

const DATES = new Set(["30/6", "31/12"]);

/** The text of a header cell of any type: strings as they are, numbers as digits, anything else blank. */
export function headerText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  return "";
}

/** Words already in normal form: lower-case ASCII letters, single spaces ("crescente", "peso iniziale"). */
const ALREADY_NORMAL = /^[a-z]+(?: [a-z]+)*$/;

/** "Valore Target:\nal 30.06.2020" -> "valore target al 30/6"; "Peso dell'obiettivo" -> "peso dell obiettivo". */
export function normalizeHeader(raw: unknown): string {
  // Polarity cells repeat "crescente" on every row: such text has no accents, dates or punctuation to remove.
  if (typeof raw === "string" && ALREADY_NORMAL.test(raw)) return raw;
  const text = headerText(raw)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[°º]/g, "")
    .replace(/#/g, " n ")
    .replace(DATE_30_6, " 30/6 ")
    .replace(DATE_31_12, " 31/12 ");
  const words: string[] = [];
  for (const token of text.split(/[^a-z0-9/]+/)) {
    if (token === "") continue;
    if (DATES.has(token)) words.push(token);
    else words.push(...token.split("/").filter((part) => part !== ""));
  }
  return words.join(" ");
}

/** One word's stem: "risultati" and "risultato" -> "risultat"; "notes" and "note" -> "not". */
export function stemWord(word: string): string {
  if (DATES.has(word) || /^\d/.test(word)) return word;
  let stem = word;
  if (stem.length >= 5 && stem.endsWith("s")) stem = stem.slice(0, -1);
  if (stem.length >= 4 && /[aeio]$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The meaningful words of a header, stemmed, in order: "Valore target al 30.06" -> ["valor", "target", "30/6"]. */
export function headerWords(raw: unknown): string[] {
  let text = normalizeHeader(raw);
  for (const [pattern, date] of PERIOD_PHRASES) text = text.replace(pattern, date);
  const words: string[] = [];
  for (const word of text.split(" ")) {
    if (word === "" || STOP_WORDS.has(word) || /^(?:19|20)\d\d$/.test(word)) continue;
    words.push(stemWord(word));
  }
  return words;
}

/** True for the canonical date words "30/6" and "31/12". */
export function isDateWord(word: string): boolean {
  return DATES.has(word);
}
