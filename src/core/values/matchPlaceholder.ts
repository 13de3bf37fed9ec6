/**
 * Placeholders: what a clerk writes when a cell has no value yet or none applies.
 * Blank, dashes ("-", "--", "-----", "—"), slashes ("//"), dots ("..."), "nessuno", "n.d.", "n/a",
 * "non applicabile", "n.r." (non rilevato), "n.v." (non valutabile), "n.c." (non calcolabile), also with its reason ("n.d. (dato non disponibile)"), and a datum said to be
 * missing ("dato non ancora disponibile", "in attesa del dato", "da rilevare"), and what a revision took out
 * of the plan ("Obiettivo stralciato"). In a baseline,
 * "Nuova attività" and "Nuovo progetto" say that there is no history to compare with: they are
 * placeholders too (whereas "Nuovo regolamento" is an outcome, a milestone). Question marks are not
 * placeholders: "???" is doubt, read as unreadable.
 */

/** Blank as Excel sends an empty cell or an omitted argument: null, undefined, "", whitespace. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/** Runs made only of dashes, slashes, dots, underscores, asterisks or equals signs. */
const FILLER_ONLY = /^[-\u2010-\u2015\u2212/\\._*=~\s]+$/;

const PLACEHOLDER_WORDS = new Set([
  "nessuno",
  "nessuna",
  "nessun valore",
  "nessun dato",
  "n.d.",
  "n.d",
  "nd",
  "n/d",
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "n.p.",
  "np",
  "non applicabile",
  "non disponibile",
  "non previsto",
  "non prevista",
  "non pertinente",
  "non rilevato",
  "non rilevata",
  "non rilevabile",
  "non pervenuto",
  "non valutabile",
  "non valutato",
  "non valutata",
  "non rilevante",
  "non significativo",
  "da verificare",
  "in verifica",
  "in corso di verifica",
  "non calcolabile",
  "n.r.",
  "n.r",
  "nr",
  "n/r",
  "n.v.",
  "n.v",
  "nv",
  "n/v",
  "n.c.",
  "nc",
  "da definire",
  "nuova attività",
  "nuova attivita",
  "nuovo progetto",
  "nuovo obiettivo",
  "nuovo indicatore",
  "vuoto",
  "null",
  "none",
]);

/**
 * A datum said to be missing, in words: «dato non disponibile», «dati non ancora pervenuti», «valore
 * non rilevato», «in attesa del dato», «dato in elaborazione», «in corso di rilevazione», «da rilevare».
 * Not a milestone: nothing was done or not done, the figure is just not there yet.
 */
const DATUM_MISSING =
  /^(?:(?:il |i )?dat[oi] |(?:il |i )?valor[ei] )?(?:non (?:ancora )?(?:disponibil[ei]|pervenut[oaie]|rilevat[oaie]|rilevabil[ei]|comunicat[oaie]|calcolabil[ei])|in (?:attesa (?:del dato|dei dati|del valore)|(?:corso di )?(?:elaborazione|rilevazione))|da (?:rilevare|comunicare|calcolare))$/;

/**
 * What was taken out of the plan or out of its evaluation: «Stralciato», «Obiettivo stralciato»,
 * «Indicatore neutralizzato», «Sterilizzato». Not evaluable, neither done nor not done.
 */
const REMOVED = /^(?:(?:obiettivo|indicatore|attività|attivita|progetto|azione|fase) )?(?:stralciat|neutralizzat|sterilizzat)[oaie]$/;

/** An abbreviation of «not available» or «not applicable» that opens a text explaining it: «n.d. (dato non disponibile)», «N.D. - in attesa». */
const ABBREVIATION_EXPLAINED = /^(?:n\.?\s?d\.?|n\/d|n\.?\s?a\.?|n\/a|n\.?\s?p\.?)(?:\s*[(\-–—:*]|\s+\()/;

/** Lower case with single spaces. */
function canonical(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** True when the text says "no value" rather than giving one (blank and whitespace included). */
export function isPlaceholderText(text: string): boolean {
  const words = canonical(text);
  if (words === "" || FILLER_ONLY.test(words)) return true;
  const bare = words.replace(/\.$/, "");
  return PLACEHOLDER_WORDS.has(words) || PLACEHOLDER_WORDS.has(bare) || DATUM_MISSING.test(bare) || REMOVED.test(bare) || ABBREVIATION_EXPLAINED.test(words);
}
