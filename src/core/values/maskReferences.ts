/**
 * Numbers in a text that are not amounts: legal references ("D.Lgs. n. 33/2013", "L. 190/2012",
 * "art. 5 comma 2"), acts of the body's organs ("DGC n. 45", "D.D. n. 12"), dates ("22 luglio 2020", "30/6", "30/06/2020"), years after a preposition
 * ("nel 2021", "triennio 2020-2022"), periods named by their position ("nel 2 semestre", "1° trimestre"),
 * ordinals, times, and names that carry a number ("COVID 19", "Impresa 4.0", "ISO 9001", "fase 2 e 3").
 *
 * They are blanked with spaces of the same length, so that positions in the masked text are positions
 * in the original text and the quantity finder simply does not see them. A text with two periods
 * ("2 semestri") is a quantity; "2 semestre" (singular) is the second half-year, a reference.
 */
import { replaceNotAfter } from "./notAfter";

const MONTHS =
  "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";

/** A number, or a dotted/slashed code, and more of them joined by ",", "e", "-": "2 e 3", "5.1". */
const NUMBER_LIST = String.raw`\d+(?:[./]\d+)*(?:\s*(?:,|e|ed|-|–)\s*\d+(?:[./]\d+)*)*`;

const DOCUMENT_MARKERS = [
  String.raw`art\.`, String.raw`artt\.`, "articol[oi]", "comm[ai]", String.raw`lett\.`, "lettera",
  String.raw`d\.\s?lgs\.?`, "dlgs", String.raw`d\.\s?l\.`, String.raw`d\.\s?m\.`, String.raw`l\.`, "legge",
  String.raw`d\.\s?p\.\s?r\.?`, "dpr", String.raw`d\.\s?p\.\s?c\.\s?m\.?`, "dpcm", "decreto", "delibera(?:zione)?",
  // Acts of a body's organs: «DGC n. 45», «D.G.R. 123», «DCC n. 7», «D.D. n. 12», «G.C. n. 3», «Det. 15».
  String.raw`d\.?\s?g\.?\s?[cmr]\.?`, String.raw`d\.?\s?c\.?\s?c\.?`, String.raw`d\.?\s?d\.?(?:\s?g\.?)?`, String.raw`g\.\s?[cm]\.`, String.raw`c\.\s?c\.`, String.raw`det\.`,
  "determina(?:zione)?", "circolare", "provvedimento", String.raw`reg\.`, "regolamento (?:ue|ce)", "direttiva",
  String.raw`prot\.`, String.raw`all\.`, "allegato", String.raw`tab\.`, "tabella", String.raw`pagg?\.`, "pagina",
  String.raw`par\.`, "paragrafo", String.raw`cap\.`, "capitolo", "sezione", "punto", "obiettivo",
  String.raw`ob\.`, "indicatore", String.raw`ind\.`, "fase", "step", "misura", "azione", "versione",
  String.raw`rev\.`, String.raw`cod\.`, "codice", "iso", "covid", "sars-cov", "mod\\.", "modello",
].join("|");

const NUMBER_SIGN = String.raw`(?:\s*(?:n\.|nr\.|n°|num\.|numero))?`;

/**
 * Characters a pattern cannot match without. Masking only turns characters into spaces, so a pattern
 * whose character is missing from the text cannot match at any step, and is not run. Letters include
 * those that case-insensitive Unicode matching folds onto ASCII letters (ſ for s, the Kelvin sign for k).
 */
const LETTERS = /[A-Za-z\u017f\u212a]/;
const SLASH = /\//;
const DASH_OR_DOT = /[-.]/;
const DASH = /[-–]/;
const ORDINAL_SIGN = /[°ºª^]/;
const COLON = /:/;
const DIGIT = /\d/;

interface ReferencePattern {
  pattern: RegExp;
  needs: RegExp;
  /** A character that may not come just before a match (a lookbehind, which older WebKit cannot parse: see notAfter.ts). */
  notAfter?: RegExp;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

const REFERENCE_PATTERNS: ReferencePattern[] = [
  // Document, law and name references: "D.Lgs. n. 33/2013", "art. 5", "fase 2 e 3", "COVID-19".
  { pattern: new RegExp(String.raw`(?:${DOCUMENT_MARKERS})${NUMBER_SIGN}[\s-]*${NUMBER_LIST}`, "giu"), needs: LETTERS, notAfter: LETTER },
  // Numbers joined by slashes: dates "30/6", "30/06/2020", references "33/2013".
  { pattern: /\d+(?:\s*\/\s*\d+)+/g, needs: SLASH },
  // Dates with dashes or dots: "30-06-2020", "30.06.20".
  { pattern: /\d{1,2}[-.]\d{1,2}[-.](?:\d{4}|\d{2})(?![\d.,])/g, needs: DASH_OR_DOT, notAfter: /[\d.,]/ },
  // Dates with the month's name: "22 luglio 2020", "1° gennaio", "luglio 2020".
  { pattern: new RegExp(String.raw`\d{1,2}\s*[°º]?\s*(?:${MONTHS})(?:\s+\d{4})?(?!\p{L})`, "giu"), needs: LETTERS, notAfter: LETTER_OR_DIGIT },
  { pattern: new RegExp(String.raw`(?:${MONTHS})\s+\d{4}(?!\d)`, "giu"), needs: LETTERS, notAfter: LETTER },
  // Years after a word that places them in time: "nel 2021", "entro il 2020", "triennio 2020-2022".
  { pattern: /(?:nel|del|dal|al|all'|anno|anni|entro(?: il)?|fine|inizio|il|triennio|biennio|esercizio|bilancio|piano|budget|valore|dato|livello|media)\s+(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?!\d)/giu, needs: LETTERS, notAfter: LETTER },
  // Ranges of years anywhere: "2020-2022".
  { pattern: /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)/g, needs: DASH, notAfter: DIGIT },
  // Periods named by position: "2 semestre", "1 trimestre" (singular only).
  { pattern: /\d+\s+(?:semestre|trimestre|quadrimestre|bimestre)(?!\p{L})/giu, needs: LETTERS, notAfter: LETTER_OR_DIGIT },
  // Ordinals: "1°", "2ª", "3^".
  { pattern: /\d+\s*[°ºª^]/g, needs: ORDINAL_SIGN },
  // Times: "10:30".
  { pattern: /\d{1,2}:\d{2}/g, needs: COLON },
  // Names with a version: "Impresa 4.0", "Industria 4.0", "Web 2.0".
  { pattern: /(?:industria|impresa|transizione|fabbrica|agricoltura|web|pa)\s+\d\.0(?![\d,])/giu, needs: LETTERS, notAfter: LETTER },
];

/** The text with every reference number replaced by spaces (same length, same positions). */
export function maskReferences(text: string): string {
  if (!DIGIT.test(text)) return text; // every reference holds a digit
  let masked = text;
  for (const { pattern, needs, notAfter } of REFERENCE_PATTERNS) {
    if (!needs.test(text)) continue;
    masked = notAfter ? replaceNotAfter(masked, pattern, notAfter, blank) : masked.replace(pattern, blank);
  }
  return masked;
}

function blank(found: string): string {
  return " ".repeat(found.length);
}
