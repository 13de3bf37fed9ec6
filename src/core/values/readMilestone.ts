/**
 * Milestones: texts with no quantity that say how far an action has gone (notDone < started < done).
 *
 * The rule for a descriptive text with no number, in this order:
 * 1. yes/no words: "si", "sì", "SI'", "yes", "fatto", "completato", "VERO", "On", "✓" -> done; "no", "FALSO", "Off", "✗" -> notDone,
 *    also with a remark after them ("No (vedi nota)", "sì*"); a yes with a partial remark ("si (parziale)", "sì (in parte)") -> started;
 * 2. "not yet" phrases: "non avviato", "non realizzato", "non conseguito", "da avviare", "Attività da realizzare nel 2
 *    semestre", "rinviato", "Attività sospesa", "KO", "Obiettivo mancato", "Esito negativo", "Impossibile",
 *    a text that opens by denying an act ("Non pervenuto", "Non avvenuto", "Non conforme", "Non ancora
 *    pubblicato") or by saying it waits or is late ("In attesa di approvazione", "In ritardo",
 *    "Bloccato") -> notDone; so is a status quo named as such ("Vecchio regolamento" in a baseline:
 *    the new one is not there yet);
 * 3. a partial outcome ("Raggiunto parzialmente", "Realizzato in parte", "Parziale" alone, "Quasi raggiunto") -> started;
 *    then "a regime" (fully running) -> done, even after "Avvio": "Avvio a regime del servizio"; so is a
 *    text that opens with the act done ("Realizzata la campagna", "Pubblicato il bando") or that says it
 *    finished ("Avviato e concluso");
 * 4. beginnings: "Avvio", "Avviato", "Avvio del servizio", "Inizio processo di attivazione", "in corso",
 *    "parzialmente" -> started;
 * 5. any other text that reads as words -> done: it names an outcome to reach ("Adozione protocollo",
 *    "Nuovo regolamento", "attivazione", "riorganizzazione", "Eventuale aggiornamento").
 * "Reads as words" means at least one word of four or more letters with two or more vowels; a text
 * without one ("???", "xyz", "asdf", "ok?!") is noise and gets null: the caller reports it as unreadable
 * rather than inventing an outcome. So does a text that sends the reader elsewhere ("vedi nota", "cfr."),
 * and what a program writes for a broken number ("undefined", "NaN", "Infinity").
 */
import type { Milestone, MilestoneState } from "./valueTypes";

const DONE_WORDS = new Set([
  "si", "sì", "sí", "yes", "ok", "fatto", "fatta", "fatti", "fatte", "completato", "completata",
  "completati", "completate", "realizzato", "realizzata", "realizzati", "realizzate", "concluso",
  "conclusa", "raggiunto", "raggiunta", "eseguito", "eseguita", "effettuato", "effettuata", "adottato",
  "adottata", "attivato", "attivata", "approvato", "approvata", "vero", "true", "done", "on", "✓", "✔", "☑", "✅",
]);

const NOT_DONE_WORDS = new Set(["no", "non", "ko", "k.o", "falso", "false", "off", "✗", "✘", "☐", "❌"]);

const NOT_DONE_PATTERNS: RegExp[] = [
  /(?:^|\P{L})non (?:ancora |è stat[oa] |sono stat[ie] )?(?:avviat|iniziat|realizzat|fatt|complet|attivat|raggiunt|adottat|effettuat|svolt|conclus|eseguit|approvat|partit|conseguit|ottenut|rispettat|superat|garantit|assicurat|mantenut|soddisfatt|implementat|aggiornat|rilasciat|avvenut|assolt|adempiut|conform|present|realizzabil|attuabil|fattibil)/u,
  /(?:^|\P{L})da (?:avviare|iniziare|realizzare|fare|completare|attivare|adottare|svolgere|effettuare|eseguire|approvare)(?!\p{L})/u,
  /^(?:rinviat|posticipat|sospes|annullat|mancat)\p{L}*/u,
  // «Attività sospesa», «Progetto rinviato», «Procedura annullata»: what was put off, named first.
  /^\p{L}+ (?:rinviat|posticipat|sospes|annullat)[oaie](?!\p{L})/u,
  /^vecch(?:io|ia|i|ie)(?!\p{L})/u,
  /^non (?:ancora |è stat[oa] |sono stat[ie] )?(?:presentat|pubblicat|inviat|trasmess|consegnat|pervenut|erogat|stipulat|firmat|sottoscritt|attuat|predispost|redatt|definit|individuat)/u,
  /^(?:in attesa|in ritardo|ritardat[oaie]|bloccat[oaie]|fermo|ferma)(?!\p{L})/u,
  // «Obiettivo mancato», «Esito negativo», «Impossibile», «Inadempiuto».
  /^(?:obiettivo|target|traguardo|risultato) mancat[oa](?!\p{L})/u,
  /^(?:esito )?negativ[oa](?!\p{L})/u,
  /^(?:impossibile|irrealizzabile|inadempiut[oaie]|inadempiente)(?!\p{L})/u,
];

/** An outcome reached, as a participle: what «parzialmente», «in parte», «quasi» qualify in a partial outcome. */
const OUTCOME = "(?:raggiunt|realizzat|conseguit|completat|attuat|eseguit|svolt|effettuat)[oaie]";

/**
 * A partial outcome: «Raggiunto parzialmente», «Realizzato in parte», «Parzialmente conseguito»,
 * «Quasi raggiunto», or «Parziale» alone (checked before the words of an act done). Not «Revisione
 * parziale del regolamento»: there «parziale» is what the act covers, not how far it went.
 */
const PARTIAL = new RegExp(
  `^(?:parziale|in parte)$|${OUTCOME} (?:parzialmente|in parte)(?!\\p{L})|(?:parzialmente|in parte) ${OUTCOME}(?!\\p{L})|^quasi ${OUTCOME}(?!\\p{L})`,
  "u",
);

/** An act finished, anywhere in the text: «Avviato e concluso», «Progetto completato» (after the denials, before the beginnings). */
const FINISHED = /(?:^|\P{L})(?:conclus|completat|terminat|ultimat)[oaie](?!\p{L})/u;

const FULLY_RUNNING = /(?:^|\P{L})a regime(?!\p{L})/u;

/** A text that opens with the act done: "Realizzata la campagna", "Pubblicato il bando", "È stato approvato". */
const DONE_PHRASE =
  /^(?:(?:è|sono) stat[oaie] )?(?:realizzat|completat|conclus|adottat|approvat|attivat|pubblicat|inviat|svolt|effettuat|eseguit|erogat|stipulat|sottoscritt|firmat|predispost|redatt|raggiunt)[oaie](?!\p{L})/u;

const STARTED_PATTERNS: RegExp[] = [
  /^(?:avvio|avviamento|avviat[oaie]|inizio|iniziat[oaie]|partenza|partit[oaie])(?!\p{L})/u,
  /(?:^|\P{L})(?:in corso|in itinere|in fase di|in via di|in avvio|parzialmente|avviat[oaie])(?!\p{L})/u,
];

/** What a program writes for a missing or broken number ("undefined", "NaN", "Infinity"): noise, not an outcome. */
const PROGRAM_WORDS = new Set(["undefined", "null", "nan", "infinity", "-infinity", "+infinity", "object object", "[object object]"]);

/** "vedi nota", "cfr. allegato": the value is elsewhere, this cell does not hold it. */
const REFERS_ELSEWHERE = /^(?:vedi|v\.|vd\.?|cfr\.?|si veda|come da)(?!\p{L})/u;

const WORD = /\p{L}{4,}/gu;
const VOWELS = /[aeiouàáèéìíòóùú]/g;

/** Accented vowels as typed without the accent, with an apostrophe («SI'», «e'», «perche'»). */
const ACCENTED: Record<string, string> = { a: "à", e: "è", i: "ì", o: "ò", u: "ù" };

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/([aeiou])'(?=\s|$)/g, (_match, vowel: string) => ACCENTED[vowel] ?? vowel)
    .replace(/\s+/g, " ")
    .replace(/[.!;:,*]+$/, "");
}

/** A remark after a yes or a no, «(vedi nota)», «(parziale)»: the answer is the word before it. */
const TRAILING_REMARK = /\s*\([^()]*\)$/;
/** A remark that makes a yes a partial one: «sì (parziale)», «si (in parte)». */
const PARTIAL_REMARK = /\((?:[^()]*\P{L})?(?:parzial\p{L}*|in parte|in corso)(?:\P{L}[^()]*)?\)$/u;

/** True when the text holds at least one word a reader can take as Italian (or English) prose. */
export function readsAsWords(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.some((word) => (word.match(VOWELS)?.length ?? 0) >= 2);
}

/**
 * What a milestone reading rests on: words that say the state ("sì", "non avviato", "Avvio", "a
 * regime"), or only a text naming an outcome (rule 5), which as a result is a guess worth confirming.
 */
export type MilestoneBasis = "stated" | "outcome";

/** The milestone state a text describes and what the reading rests on, or null for noise. */
export function readMilestoneWithBasis(text: string): { state: MilestoneState; basis: MilestoneBasis } | null {
  const words = normalise(text);
  if (REFERS_ELSEWHERE.test(words) || PROGRAM_WORDS.has(words)) return null;
  const stated = (state: MilestoneState) => ({ state, basis: "stated" as const });
  const answer = words.replace(TRAILING_REMARK, "");
  if (DONE_WORDS.has(answer)) return stated(PARTIAL_REMARK.test(words) ? "started" : "done");
  if (NOT_DONE_WORDS.has(answer)) return stated("notDone");
  if (NOT_DONE_PATTERNS.some((pattern) => pattern.test(words))) return stated("notDone");
  if (PARTIAL.test(words)) return stated("started");
  if (FULLY_RUNNING.test(words) || DONE_PHRASE.test(words) || FINISHED.test(words)) return stated("done");
  if (STARTED_PATTERNS.some((pattern) => pattern.test(words))) return stated("started");
  return readsAsWords(words) ? { state: "done", basis: "outcome" } : null;
}

/** The milestone state a text describes, or null when the text is noise (see the rule above). */
export function readMilestone(text: string): MilestoneState | null {
  return readMilestoneWithBasis(text)?.state ?? null;
}

/** «nessun reclamo», «Nessuna segnalazione ricevuta», «nessun'altra richiesta»: none of what the words after it name. */
const NONE_OF = /^nessun(?:[oa]|')?\s*(\p{L}.*)$/u;

/** The milestone a text reads as, in `state`, with what it says there is none of (`Milestone.none`), if it says so. */
export function milestoneOf(text: string, state: MilestoneState): Milestone {
  const none = NONE_OF.exec(normalise(text))?.[1];
  return none === undefined ? { kind: "milestone", state, text } : { kind: "milestone", state, text, none };
}
