/**
 * The statuses of the scoring profile (computeStatus: Raggiunto, Parzialmente raggiunto, Non
 * raggiunto, Non valutabile) as every edge shows them: the words (Italian, as PERF.STATO writes
 * them, and English for the second locale) and the fill of a status cell in the Riepilogo, written
 * alike by the pane («Crea riepilogo») and by the CLI's annotated copy. The pane's scorecard uses
 * the same words with Fluent's palette tokens for its badges (src/taskpane/components/statusTokens.ts),
 * which follow Office's theme.
 *
 * The colour never carries the status alone: the status is always written in the cell. The fills
 * are light, so that black text reads on each with a contrast above 7:1 (WCAG AAA, checked by
 * test/core/report/statusColors.test.ts); green, amber, red and grey differ in lightness too.
 */
import type { Status } from "../calc/calcTypes";
import type { Locale } from "../wording/addinLanguage";

export interface StatusColor {
  /** Cell fill, "#RRGGBB". */
  fill: string;
  /** Text colour that reads well on the fill. */
  text: string;
  /** English words, for the second locale (the Italian words are the status itself). */
  labelEn: string;
}

/** The statuses from best to worst, then «Non valutabile»: the order of legends and counts. */
export const STATUSES: readonly Status[] = ["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Non valutabile"];

export const STATUS_COLORS: Readonly<Record<Status, StatusColor>> = {
  Raggiunto: { fill: "#C6EFCE", text: "#000000", labelEn: "Achieved" },
  "Parzialmente raggiunto": { fill: "#FFEB9C", text: "#000000", labelEn: "Partially achieved" },
  "Non raggiunto": { fill: "#FFC7CE", text: "#000000", labelEn: "Not achieved" },
  "Non valutabile": { fill: "#E7E6E6", text: "#000000", labelEn: "Not evaluable" },
};

/** The status in words: «Parzialmente raggiunto», or "Partially achieved" in English. */
export function statusLabel(status: Status, language: Locale = "it"): string {
  return language === "en" ? STATUS_COLORS[status].labelEn : status;
}
