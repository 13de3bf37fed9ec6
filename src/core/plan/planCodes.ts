/**
 * Objective codes and indicator numbers as users write them.
 * - An indicator number is kept as text ("3 bis" survives); "Indicatore 3:", "Nuovo Indicatore 3",
 *   "Ind. n. 3" and the number 3 all give "3".
 * - An objective code is compared without case, spacing or a trailing dot ("1.1", "1.1.", "strat"
 *   and "STRAT" are the same): `codeKey`, the one key the reader, the plan index, the rules and the
 *   scores use; indicator numbers likewise with `indicatorKey`. A reference to an objective may carry the code inside a label
 *   ("Obiettivo Operativo 3.1 Nuove misure...", "1.1 - Diffusione..."): `leadingCode` finds it.
 * - Codes are ordered as people read them (`naturalCompare`): "1.2" before "1.10".
 * - An objective's kind is read from what is written, else from its code or title (`readObjectiveKind`).
 * - References to objectives are linked to their codes (`ObjectiveIndex`).
 */
import { hasLooseSpacing } from "./gridCells";
import { normalizeHeader } from "./normalizeHeader";
import type { Objective, ObjectiveKind } from "./planModel";

const INDICATOR_PREFIX = /^(?:nuovo\s+)?(?:indicatore|indicator|ind\.?)\s*(?:n\.?|nr\.?|n°|no\.?)?\s*/i;
/** A number, with its «bis»; not the start of a dotted code («149.1», «1.2.3»), which is kept whole (DOTTED_NUMBER). */
const NUMBER_WITH_SUFFIX = /^(\d+)(\s*(?:bis|ter|quater))?(?![\d\p{L}]|\.\d)/iu;
const DOTTED_NUMBER = /^\d+(?:\.\d+)+(?![\d\p{L}])/u;
const DIGITS_ONLY = /^\d+$/;

/** "Indicatore 3:" -> "3"; "3 bis" -> "3 bis"; "1." -> "1"; "149.1" -> "149.1"; other text as written without a trailing ":" or ".". */
export function indicatorNumberText(text: string): string {
  if (DIGITS_ONLY.test(text)) return text; // the usual number, "3": as written, without the patterns' work
  const trimmed = text.trim();
  const rest = trimmed.replace(INDICATOR_PREFIX, "");
  const dotted = DOTTED_NUMBER.exec(rest);
  if (dotted) return dotted[0];
  const match = NUMBER_WITH_SUFFIX.exec(rest);
  if (match) return `${match[1] ?? ""}${match[2] ? ` ${match[2].trim().toLowerCase()}` : ""}`;
  return trimmed.replace(/[:.]+$/, "").trim();
}

/**
 * The key under which objective codes are compared, by the reader, the plan index, the rules and
 * the scores alike: without case, loose spacing or a trailing dot ("strat " -> "STRAT"; "1.1." -> "1.1").
 */
export function codeKey(code: string): string {
  let key = code.trim();
  if (hasLooseSpacing(key)) key = key.replace(/\s+/g, " ");
  const last = key.charCodeAt(key.length - 1);
  if (last === 46 || last === 58) key = key.replace(/[.:]+$/, "").trimEnd();
  return key.toUpperCase();
}

/**
 * codeKey, remembering its last answer: a plan lists the indicators of one objective one after
 * another, so walking them works out each key once rather than once per indicator.
 */
export function codeKeyer(): (code: string) => string {
  let lastCode: string | undefined;
  let lastKey = "";
  return (code) => {
    if (code !== lastCode) {
      lastCode = code;
      lastKey = codeKey(code);
    }
    return lastKey;
  };
}

/** A code with only its letters and digits: "1,2", "1.2." and "1.2" meet, to suggest the code meant. */
export function codeSkeleton(code: string): string {
  return codeKey(code).replace(/[^0-9A-Z]/g, "");
}

const NUMBER_WORDS = /\b(?:nuovo|nuova|indicatore|indicator|ind\.?|n\.|nr\.?|num\.?)(?=\s|\d|$)/gi;

/** The key under which indicator numbers are compared: "Indicatore 3:", "Ind. 3" and "3" -> "3"; "3 bis" -> "3 bis". */
export function indicatorKey(text: string): string {
  const stripped = text.replace(NUMBER_WORDS, " ").replace(/[:°º]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return stripped === "" ? text.trim().toLowerCase() : stripped;
}

const LABEL = /^\s*(?:obiettivo|ob\.|obj\.?|objective)\s*(?:(?:strategico|operativo|strategic|operational)\s*)?(?:n\.?\s*|n°\s*)?/i;
const CODE = /^([A-Za-z]{0,6}\d+(?:[.\-_/][A-Za-z\d]+)*|[A-Z]{2,10}(?:[-_.][A-Z\d]+)*)(?=$|[\s:\-–—.,;)])/;
/** What may stand between a code and its title: spaces, «:», «.» and dashes. */
const BETWEEN_CODE_AND_TITLE = /^[\s:.\-–—]+/;

/** A text that opens with a code: the code, what is written between it and the title, and the title. */
export interface CodeAndTitle {
  code: string;
  separator: string;
  title: string;
}

/**
 * A text split into the code it opens with and the title after it: «1.1 – Sostenere il credito» is
 * 1.1, « – » and «Sostenere il credito»; «OS1» is OS1 with no title. Null when the text does not open
 * with a code. The one place where a code and its title are told apart: each reader adds what it
 * requires of them (a dash, a title of two words, a number in the code).
 */
export function splitCodeAndTitle(text: string): CodeAndTitle | null {
  const body = text.trim();
  const code = CODE.exec(body)?.[1];
  if (code === undefined) return null;
  const after = body.slice(code.length);
  const separator = BETWEEN_CODE_AND_TITLE.exec(after)?.[0] ?? "";
  return { code, separator, title: after.slice(separator.length).trim() };
}

/** The text without the words «Obiettivo operativo n.» a reference or a title may open with. */
function withoutObjectiveLabel(text: string): string {
  return text.replace(LABEL, "");
}

/** The code at the start of a label: "Obiettivo Operativo 3.1 Nuove misure" -> "3.1"; "AS - Pro Brixia" -> "AS". */
export function leadingCode(text: string): string | null {
  return splitCodeAndTitle(withoutObjectiveLabel(text))?.code ?? null;
}

/**
 * A title that opens with its objective's code, told apart from it: «1.1 – Sostenere l'accesso al
 * credito» and «Obiettivo operativo 3.1: Nuove misure» are «Sostenere l'accesso al credito» and
 * «Nuove misure»; a title that opens with another code («1.10» for 1.1), that does not open with the
 * code, or is nothing else, is kept as written.
 */
export function titleAfterCode(title: string, code: string): string {
  const split = splitCodeAndTitle(withoutObjectiveLabel(title));
  return split !== null && split.code === code && split.separator !== "" && split.title !== "" ? split.title : title;
}

/** The label without the "Obiettivo operativo" words and the code: what is left is a title to compare. */
export function titleKey(text: string): string {
  const rest = withoutObjectiveLabel(text);
  return normalizeHeader(splitCodeAndTitle(rest)?.title ?? rest);
}

const COMPOSITE_CODE = /^\s*([A-Za-z]{0,6}\d+(?:[.\-_/][A-Za-z\d]+)*|[A-Z]{2,10})\s*[\s\-–—/]\s*(\d{1,3}(?:\s*(?:bis|ter))?)\s*$/i;

/**
 * A composite code: the objective's code and the indicator's number in one cell ("1.1 3" -> 1.1 and
 * 3; "2.4 - 2" -> 2.4 and 2), or null when the text is one code.
 */
export function splitCompositeCode(text: string): { objective: string; number: string } | null {
  const match = COMPOSITE_CODE.exec(text);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { objective: match[1], number: match[2] };
}

/** The code of an indicator written before its name: letters, then digits, then dotted parts («IN001», «A1.2»); no dash inside. */
const NAME_CODE = /^[A-Za-z]{0,6}\d+(?:[._/][A-Za-z\d]+)*$/;
/** Between an indicator's code and its name: a dash or a colon, then a space. */
const NAME_SEPARATOR = /^\s*[-–—:]\s+$/;

/** An indicator's name that opens with its code: "IN001 - Partecipazione media" -> IN001 and the name; else null. */
export function splitNamedCode(text: string): { code: string; name: string } | null {
  const split = splitCodeAndTitle(text);
  if (split === null || split.code.length > 12 || !NAME_CODE.test(split.code) || !NAME_SEPARATOR.test(split.separator) || split.title === "") return null;
  return { code: split.code, name: split.title };
}

/** Words that name what a block of indicators belongs to, most specific first. */
const OWNER_LABELS: [RegExp, "strategic" | "operational"][] = [
  [/^obiettivo\s+strategico\b/i, "strategic"],
  [/^obiettivo\s+(?:operativo|annuale|specifico|gestionale|di\s+performance)\b/i, "operational"],
  [/^(?:obiettivo|objective)\b/i, "operational"],
  [/^(?:processo|progetto|attivit[aà]|azione|servizio)\b/i, "operational"],
  [/^centro\s+di\s+costo\b/i, "operational"],
];

export interface NamedOwner {
  code: string;
  title: string;
  kind: "strategic" | "operational";
  /** How specific the label is: 0 for «Obiettivo strategico», higher for «Centro di costo». */
  rank: number;
}

/**
 * What a title names as the owner of the indicators below it: «Processo C4301», «OBIETTIVO
 * STRATEGICO 1.1», «Obiettivo n. 2 - Valorizzazione del personale», or a label with its value in
 * the next cell («Centro di Costo» | «101 - Organi Istituzionali»). Null when the text names none.
 */
export function namedOwner(label: string, value = ""): NamedOwner | null {
  const text = label.trim();
  for (const [index, [pattern, kind]] of OWNER_LABELS.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).replace(/^[\s:.]*(?:n\.?\s*|n°\s*|nr\.?\s*)?/i, "").trim();
    const written = rest !== "" ? rest : value.trim();
    const split = /^[:\-–—]/.test(written) ? null : splitCodeAndTitle(withoutObjectiveLabel(written));
    if (split === null) continue;
    return { code: split.code, title: split.title, kind, rank: index };
  }
  return null;
}

/**
 * The order of codes as people read them: digits compare as numbers, so "1.2" < "1.10"
 * and "2" < "10"; letters compare without case or accents ("AS" after "3.6").
 * A code can be split once (`naturalKey`) and its key compared many times (`compareNaturalKeys`),
 * as a sort of many anomalies does.
 */

const CHUNKS = /(\d+)|(\D+)/g;

const LETTERS = new Intl.Collator("it", { sensitivity: "base" });

/** A code split into runs: a run of digits as its number, any other run as text ("1.10" -> [1, ".", 10]). */
export type NaturalKey = readonly (number | string)[];

function startsWithDigit(run: string): boolean {
  const code = run.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function naturalKey(text: string): NaturalKey {
  return (text.trim().match(CHUNKS) ?? []).map((run) => (startsWithDigit(run) ? Number(run) : run));
}

export function compareNaturalKeys(left: NaturalKey, right: NaturalKey): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? "";
    const y = right[i] ?? "";
    if (typeof x === "number" && typeof y === "number") {
      const difference = x - y;
      if (difference !== 0) return difference < 0 ? -1 : 1;
      continue;
    }
    if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
    // The same text (the «.» between two numbers, most often) is equal without asking the collator.
    if (x === y) continue;
    const order = LETTERS.compare(String(x), String(y));
    if (order !== 0) return order < 0 ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

export function naturalCompare(a: string, b: string): number {
  return compareNaturalKeys(naturalKey(a), naturalKey(b));
}

/**
 * An objective's kind as written, normalised (normalizeHeader): «Strategico», «S», «OS», and the
 * «Specifico» (or «Triennale», «Pluriennale») that replaced it after D.Lgs. 74/2017 and in the PIAO;
 * «Operativo», «O», «OO».
 */
const STRATEGIC_WRITTEN = /^(?:obiettivo\s+)?(?:strateg|specific|trienn|plurienn|s$|os$)/;
const OPERATIONAL_WRITTEN = /^(?:obiettivo\s+)?(?:operat|o$|oo$)/;
/** A strategic objective's code («STRAT», «OS1») or title («Obiettivo strategico ...»), normalised. */
const STRATEGIC_CODE = /^(?:strat|os\s?\d)/;
const STRATEGIC_TITLE = /^(?:obiettivo (?:strategico|specifico)|strategic objective)(?:\s|$)/;

/**
 * An objective's kind: strategic or operational, as written ("Strategico", "Specifico", "Triennale",
 * "Operativo", "S", "O", "OS", "OO", "Strategic", "Operational") or, when not written, from the words "strategico" /
 * "strategic" at the start of its code or title ("STRAT", "OS1", "Obiettivo strategico ..."); otherwise operational,
 * which is what most objectives of a plan are.
 */
export function readObjectiveKind(written: string, code: string, title: string): ObjectiveKind {
  const kind = normalizeHeader(written);
  if (STRATEGIC_WRITTEN.test(kind)) return "strategic";
  if (OPERATIONAL_WRITTEN.test(kind)) return "operational";
  const strategicCode = STRATEGIC_CODE.test(normalizeHeader(code));
  const strategicTitle = STRATEGIC_TITLE.test(normalizeHeader(title));
  return strategicCode || strategicTitle ? "strategic" : "operational";
}

/**
 * Linking references to objectives: the objective code of indicators, of the weights table and of
 * revisions, and the parent of operational objectives. A reference is turned into the objective's
 * code when it names one: the code itself in any case or spacing ("strat", "1.1."), a label that
 * starts with it ("Obiettivo Operativo 3.1 Nuove misure..."), or the objective's title with or
 * without such a label ("Obiettivo Strategico Riorganizzazione dell'Ente..."). A reference that names
 * no objective is kept as written: the rules report it (indicatore orfano). Lookups are by Map, so
 * linking is linear in the size of the plan.
 */
export class ObjectiveIndex {
  private readonly byCode = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  constructor(objectives: readonly Objective[]) {
    for (const objective of objectives) {
      const key = codeKey(objective.code);
      if (key !== "" && !this.byCode.has(key)) this.byCode.set(key, objective.code);
    }
    for (const objective of objectives) {
      const title = titleKey(objective.title);
      if (title !== "" && !this.byTitle.has(title)) this.byTitle.set(title, objective.code);
    }
  }

  /** The code of the objective a reference names, or the reference as written. */
  resolve(reference: string): string {
    const exact = this.byCode.get(codeKey(reference));
    if (exact !== undefined) return exact;
    const leading = leadingCode(reference);
    const byLeading = leading === null ? undefined : this.byCode.get(codeKey(leading));
    if (byLeading !== undefined) return byLeading;
    return this.byTitle.get(titleKey(reference)) ?? reference;
  }
}
