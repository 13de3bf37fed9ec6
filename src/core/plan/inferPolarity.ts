/**
 * An indicator's polarity: as written in its polarity cell (crescente / decrescente / milestone,
 * increasing / decreasing, any case), else inferred, in this order, with the reason in Italian (and as data, to say it in English):
 * 1. every readable target is a milestone ("Avvio", "sì") -> milestone; but when every one says there is none
 *    of something («nessun reclamo», «nessun infortunio») -> decreasing: a count to keep at 0; targets
 *    that are dates written alone («31/01/2024», with milestones or not) -> milestone, the dates being
 *    deadlines (writtenDates), said as an assumption;
 * 2. what the name measures: savings ("risparmio") -> increasing; a quantity that is better lower
 *    (costs, times, delays, waiting, backlogs, overcrowding) -> decreasing; a name that opens with a
 *    reduction ("Riduzione delle locazioni passive") whose targets are positive amounts in euro
 *    measures the amount saved -> increasing (the quantity, not the word);
 * 3. the name speaks of reducing ("riduzione", "diminuzione", "ridurre", "contenimento") or a target
 *    is negative (the seed's "% riduzione delle pratiche critiche", -2% / -5%) -> decreasing;
 * 4. otherwise increasing, the usual case, said as an assumption.
 * A name written as a ratio («n. fascicoli esaminati / n. fascicoli arretrati») is read by its numerator
 * only: the denominator says what the quantity is measured against, not whether it is better lower.
 * A polarity cell that cannot be read ("boh") is reported in the reason and the polarity inferred.
 */
import { polarityReasonText, type PolarityClue, type PolarityReason } from "../wording/polarityReasons";
import type { CellValue, Quantity, Threshold } from "../values/valueTypes";
import { cellText } from "./gridCells";
import { normalizeHeader } from "./normalizeHeader";
import type { Indicator, PlanCell } from "./planModel";
import { type Polarity, readWrittenPolarity } from "./polarity";
import { writtenDate } from "./writtenDates";

export type PolarityBasis = NonNullable<Indicator["polarityBasis"]>;

export interface PolarityEvidence {
  name: string;
  written?: PlanCell;
  /** The values of the indicator's targets, at every date. */
  targets: readonly (CellValue | undefined)[];
}

export interface PolarityReading {
  polarity: Polarity;
  basis: PolarityBasis;
  /** Why the polarity was inferred, in Italian; absent when it was written. */
  inferred?: string;
  /** The same as data, for saying it in another language (wording/polarityReasons). */
  reason?: PolarityReason;
}

/** Words of an action that reduces something. */
const REDUCING = /(?:^|\s)(riduzion[ei]|ridurre|diminuzion[ei]|diminuire|contenimento|contenere|abbattimento|decremento|reduction|reduce|decrease)(?=\s|$)/;
/** Quantities that are better when lower: costs, times, delays, waiting, backlogs, overcrowding. */
const LOWER_IS_BETTER =
  /(?:^|\s)(costo|costi|tempi medi|tempo medio|tempi massimi|tempo massimo|tempo di|tempi di|durata media|durata|giorni medi|giorni di ritardo|ritardo|ritardi|attesa|arretrato|arretrati|giacenza|sovraffollamento|cost|costs|average time|waiting time|delay|delays|backlog|overcrowding)(?=\s|$)/;
/** Savings: a reduction measured as what it saves is a quantity to raise. */
const SAVING = /(?:^|\s)(risparmio|risparmi|risparmiati|risparmiate|economie|savings)(?=\s|$)/;

/**
 * The part of a name that says what is measured: the numerator of a ratio written with a slash that has a space
 * on one side at least, between two parts with letters («n. pratiche evase / n. pratiche arretrate»); the whole
 * name otherwise («km/h», «€/mln» and dates have no spaces around their slash).
 */
function measuredPart(name: string): string {
  const slash = /\s\/|\/\s/.exec(name);
  if (!slash) return name;
  const numerator = name.slice(0, slash.index);
  const denominator = name.slice(slash.index + slash[0].length);
  return /\p{L}/u.test(numerator) && /\p{L}/u.test(denominator) ? numerator : name;
}

function inferred(polarity: Polarity, basis: PolarityBasis, clue: PolarityClue, unrecognised: string | null): PolarityReading {
  const reason: PolarityReason = { unrecognised, clue };
  return { polarity, basis, inferred: polarityReasonText(reason), reason };
}

/** The text of a polarity cell with something written in it (not a placeholder), or "". */
function writtenText(written: PlanCell | undefined): string {
  return written === undefined ? "" : contentText(written.value, written.raw);
}

/** The text of a cell's content (its value and raw value), or "" for a placeholder. */
function contentText(value: CellValue, raw: unknown): string {
  return value.kind === "placeholder" ? "" : cellText(raw);
}

/** The reading of each written polarity: shared by every indicator that writes it (callers read it, never change it). */
const WRITTEN: Readonly<Record<Polarity, PolarityReading>> = {
  increasing: { polarity: "increasing", basis: "written" },
  decreasing: { polarity: "decreasing", basis: "written" },
  milestone: { polarity: "milestone", basis: "written" },
};

/** The polarity written in the polarity cell, when it reads as one: then the targets are not needed. */
export function writtenPolarity(written: PlanCell | undefined): PolarityReading | null {
  return written === undefined ? null : polarityWrittenAs(written.value, written.raw);
}

/** writtenPolarity of a polarity cell given by its content (its value and raw value), for a reader that has no view of the cell. */
export function polarityWrittenAs(value: CellValue, raw: unknown): PolarityReading | null {
  const text = contentText(value, raw);
  const polarity = text === "" ? null : readWrittenPolarity(text);
  return polarity ? WRITTEN[polarity] : null;
}

/** A target's text as a clue quotes it: at most 40 characters. */
function shortened(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function inferPolarity(evidence: PolarityEvidence): PolarityReading {
  const written = writtenPolarity(evidence.written);
  if (written) return written;
  const unreadable = writtenText(evidence.written);
  const prefix = unreadable === "" ? null : unreadable;
  const values = evidence.targets.filter((value): value is CellValue => value !== undefined);
  const readable = values.filter((v) => v.kind !== "placeholder" && v.kind !== "failure");
  // Dates written alone («31/01/2024»): deadlines, once the indicator is a milestone (writtenDates).
  const dates = values.filter((v) => writtenDate(v) !== null);
  if ((readable.length > 0 || dates.length > 0) && readable.every((v) => v.kind === "milestone")) {
    const texts = [...new Set([...readable, ...dates].map((v) => shortened(v.text.trim())))];
    if (dates.length > 0) return inferred("milestone", "dateTargets", { kind: "dateTargets", texts }, prefix);
    // «nessun reclamo» in every target: a count to keep at 0, better lower.
    if (readable.every((v) => v.kind === "milestone" && v.none !== undefined)) return inferred("decreasing", "noneTargets", { kind: "noneTargets", texts }, prefix);
    return inferred("milestone", "milestoneTargets", { kind: "milestoneTargets", texts }, prefix);
  }
  const name = normalizeHeader(measuredPart(evidence.name));
  const quantity = LOWER_IS_BETTER.exec(name)?.[1];
  const saving = SAVING.exec(name)?.[1];
  const reducing = REDUCING.exec(name)?.[1];
  const negatives = readable.filter((v): v is Quantity | Threshold => (v.kind === "quantity" || v.kind === "threshold") && v.value < 0);
  const euros = readable.filter((v): v is Quantity | Threshold => (v.kind === "quantity" || v.kind === "threshold") && v.unit === "euro");
  const negativeTargets = negatives.map((value) => ({ value: value.value, unit: value.unit }));
  if (saving !== undefined && negatives.length === 0) {
    return inferred("increasing", "name", { kind: "saving", word: saving }, prefix);
  }
  if (quantity !== undefined) {
    return inferred("decreasing", "name", { kind: "lowerIsBetter", word: quantity, negatives: negativeTargets }, prefix);
  }
  // "Riduzione delle locazioni passive" with a target of € 50.000: what is measured is the amount saved.
  if (reducing !== undefined && name.startsWith(reducing) && euros.length > 0 && euros.length === readable.length && negatives.length === 0) {
    return inferred("increasing", "name", { kind: "savedAmount", word: reducing }, prefix);
  }
  const keyword = reducing;
  if (keyword !== undefined) {
    return inferred("decreasing", "name", { kind: "reducing", word: keyword, negatives: negativeTargets }, prefix);
  }
  if (negatives.length > 0) return inferred("decreasing", "negativeTargets", { kind: "negativeTargets", negatives: negativeTargets }, prefix);
  return inferred("increasing", "default", { kind: "default" }, prefix);
}
