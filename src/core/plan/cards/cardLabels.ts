/**
 * The labels of an objective card (scheda obiettivo), as a clerk pastes them from Word: bold or not,
 * with or without a trailing colon, sometimes with the value written inside the label cell itself
 * («Peso: 50%», «Peso  20%»). A label is matched by meaning with the header synonyms of the tables
 * (matchHeader.ts), plus the few that only cards have (the strategic card's list of contributing
 * operational objectives). A label is short: a cell of more than six meaningful words is prose
 * («Eventuale proposta del Dirigente in merito alla variazione dei valori attesi...»), not a label.
 *
 * Three kinds of row open a part of a card and are recognised here too:
 * - the objective's heading: «OBIETTIVO OPERATIVO 2.2», «Obiettivo strategico», «Obiettivo operativo:
 *   2.2 Miglioramento...» (the code and the title may follow in the cell or in the next one);
 * - an indicator's block: «Indicatore 1: numero potenziale dipendenti...», «Indicatore 3:»;
 * - a ticked checkbox of «Tipo Indicatore» («☒ efficacia interna»).
 */
import { memoByText } from "../../memo";
import { dayAndMonth } from "../reportingDate";
import type { HeaderConcept } from "../headerSynonyms";
import { headerWords, isDateWord, normalizeHeader } from "../normalizeHeader";
import { matchHeader } from "../matchHeader";
import { indicatorNumberText, splitCodeAndTitle } from "../planCodes";
import type { Period } from "../planModel";

/** What a card label names: a table header concept, or the strategic card's contribution list. */
export type CardConcept = HeaderConcept | "contribution";

export interface CardLabel {
  concept: CardConcept;
  /** The reporting date the label names ("al 30/6"), when it names one. */
  date?: Period;
  /** The text after the label inside the same cell («Peso: 50%» -> "50%"), when there is one. */
  inline?: string;
  /** What the label names in brackets after its words: the fund of a project's value («(Fondo Dirigenti)»). */
  qualifier?: string;
}

const MAX_LABEL_WORDS = 6;

/** Labels only cards have, matched like header synonyms (all their meaningful words present). */
const CARD_SYNONYMS: readonly { concept: CardConcept; text: string }[] = [
  { concept: "contribution", text: "Contributo degli obiettivi operativi" },
  { concept: "contribution", text: "Obiettivi operativi che contribuiscono" },
  { concept: "contribution", text: "Obiettivi operativi collegati" },
  { concept: "contribution", text: "Contributing operational objectives" },
];
const CARD_SYNONYM_WORDS = CARD_SYNONYMS.map((synonym) => ({ concept: synonym.concept, words: [...new Set(headerWords(synonym.text))] }));

/** A figure written after the label in the same cell without a colon: «Peso  20%», «Peso 0,5». */
const TRAILING_FIGURE = /^(.*?\p{L}[^\d]*?)[\s\-–—]+([+\-−]?\d[\d.,]*\s*%?)$/u;

function splitInline(text: string): { label: string; inline?: string } {
  const colon = text.indexOf(":");
  if (colon > 0) {
    const inline = text.slice(colon + 1).trim();
    return inline === "" ? { label: text.slice(0, colon) } : { label: text.slice(0, colon), inline };
  }
  // «al 31.12.2020» is a date, not a label «al» with the figure 31.12.2020.
  const figure = headerWords(text).some(isDateWord) ? null : TRAILING_FIGURE.exec(text);
  if (figure?.[1] && figure[2]) return { label: figure[1], inline: figure[2].trim() };
  return { label: text };
}

function cardSynonym(words: readonly string[]): CardConcept | null {
  const present = new Set(words);
  return CARD_SYNONYM_WORDS.find((synonym) => synonym.words.every((word) => present.has(word)))?.concept ?? null;
}

/**
 * A table header may carry extra words («Target storico di riferimento: anno 2019»); a card label
 * may not, since card values are texts too: «Area amministrativa | 30%» is a value, not the label
 * «Area». Dates and figures do not count as extra words.
 */
function wordsAllUsed(words: readonly string[], used: readonly string[]): boolean {
  const synonym = new Set(used);
  return words.every((word) => synonym.has(word) || isDateWord(word) || /^\d/.test(word));
}

/** A label followed by words in brackets: «Valore economico del progetto (Fondo Dirigenti)». */
const BRACKETED = /^(.*\S)\s*\(([^()]+)\)\s*$/u;

/**
 * The label a cell's text is, or null when it is a value, prose or blank. Worked out once per text:
 * every card repeats the same labels, and the reader asks of each cell more than once (does the row
 * open a grid, is it a label row, which label is it). What it returns is shared: callers never change it.
 */
export const cardLabel: (text: string) => CardLabel | null = memoByText(readCardLabel);

function readCardLabel(text: string): CardLabel | null {
  if (text === "" || isHeading(text) || indicatorLabel(text) !== null) return null;
  const split = splitInline(text);
  // Only a project's value names its fund in brackets; any other bracket stays part of the label.
  const bracketed = BRACKETED.exec(split.label);
  if (bracketed?.[1] && bracketed[2] && matchHeader(bracketed[1])?.concept === "projectValue") {
    const found = cardLabel(split.inline === undefined ? bracketed[1] : `${bracketed[1]}: ${split.inline}`);
    return found === null ? null : { ...found, qualifier: bracketed[2].trim() };
  }
  const { label, inline } = split;
  const words = headerWords(label);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return null;
  const own = cardSynonym(words);
  const match = own === null ? matchHeader(label) : null;
  if (match !== null && !wordsAllUsed(words, match.words)) return null;
  const concept: CardConcept | null = own ?? match?.concept ?? null;
  if (concept === null) return null;
  const found: CardLabel = { concept };
  // Cards key their dated values by day and month (the template's 30/6 and 31/12), whatever year the label writes.
  if (match?.date) found.date = dayAndMonth(match.date);
  if (inline !== undefined) found.inline = inline;
  return found;
}

/** An objective's heading: its kind, and the code and title written after the kind, when written. */
export interface CardHeading {
  kind: "strategico" | "operativo";
  code?: string;
  title?: string;
}

const HEADING = /^(?:scheda\s+)?obiettivo\s+(strategico|operativo)(?![a-z])/;

function isHeading(text: string): boolean {
  return HEADING.test(normalizeHeader(text));
}

/** What follows the kind: «2.2», «2.2 – Miglioramento...», «: Miglioramento...». */
export function codeAndTitle(rest: string): { code?: string; title?: string } {
  const trimmed = rest.replace(/^[\s:.\-–—]+/, "").trim();
  if (trimmed === "") return {};
  const split = splitCodeAndTitle(trimmed);
  if (split === null) return { title: trimmed };
  return split.title === "" ? { code: split.code } : { code: split.code, title: split.title };
}

/** The heading a cell's text is («OBIETTIVO OPERATIVO 2.2»), or null. A long sentence is not a heading. */
export function cardHeading(text: string): CardHeading | null {
  const match = HEADING.exec(normalizeHeader(text));
  if (!match) return null;
  const kind = match[1] === "strategico" ? "strategico" : "operativo";
  const rest = text.replace(/^\s*(?:scheda\s+)?obiettivo\s+\S+/iu, "");
  return { kind, ...codeAndTitle(rest) };
}

/** An indicator's block label: its number, and its name when written in the same cell. */
export interface IndicatorLabel {
  number: string;
  name: string;
}

const INDICATOR = /^\s*(?:nuovo\s+)?indicatore\s*(?:n\.?\s*|n°\s*|nr\.?\s*)?\d/iu;

/** «Indicatore 1: numero potenziale...» -> 1 and the name; «Indicatore» alone (a table header) -> null. */
export function indicatorLabel(text: string): IndicatorLabel | null {
  if (!INDICATOR.test(text)) return null;
  const colon = text.indexOf(":");
  const head = colon > 0 ? text.slice(0, colon) : text;
  const number = indicatorNumberText(head);
  const afterNumber = colon > 0 ? text.slice(colon + 1) : text.replace(/^\s*(?:nuovo\s+)?indicatore\s*(?:n\.?\s*|n°\s*|nr\.?\s*)?\d+(?:\s*(?:bis|ter|quater)(?![\p{L}]))?/iu, "");
  return { number, name: afterNumber.replace(/^[\s.\-–—]+/, "").trim() };
}

/** Marks of a box as they arrive from Word: ticked ☒ ☑ ✔ ✓ ■ [x] (x), not ticked ☐ □ [ ] ( ). */
const BOX = /(?:([☒☑✔✓✗✘■]|\[\s*[xX]\s*\]|\(\s*[xX]\s*\))|[☐□]|\[\s*\]|\(\s*\))/gu;
const STARTS_WITH_BOX = /^\s*(?:[☒☑✔✓✗✘■☐□]|\[\s*[xX]?\s*\]|\(\s*[xX]?\s*\))/u;

/**
 * The words after each ticked box of a text («☒ efficacia esterna ☐ efficacia interna ☒ efficienza»
 * -> ["efficacia esterna", "efficienza"]): several boxes may share a cell, as when a line of Word
 * checkboxes is pasted into one cell. Empty for a text without ticked boxes.
 */
export function checkedWords(text: string): string[] {
  const ticked: string[] = [];
  const marks = [...text.matchAll(BOX)];
  marks.forEach((mark, i) => {
    if (mark[1] === undefined) return;
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const words = text.slice(start, end).trim();
    if (words !== "") ticked.push(words);
  });
  return ticked;
}

/** True for a text that starts with a box, ticked or not: the cell belongs to a checkbox list. */
export function isCheckbox(text: string): boolean {
  return STARTS_WITH_BOX.test(text);
}
