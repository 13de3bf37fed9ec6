/**
 * The colours the product paints cells with, shared by every edge: the severities of anomalies
 * (highlights) and the statuses of the scoring profile (the Riepilogo's status cells).
 */
import type { Severity } from "../rules/anomaly";
import type { Status } from "../calc/calcTypes";
import type { Locale } from "../wording/addinLanguage";

// ---- Severities: the highlights of anomalous cells ----
/*
 * The colours that mark anomalous cells, by severity, shared by every edge that
 * highlights a workbook: the Excel add-in (conditional formats), the CLI's
 * annotated .xlsx copy (ExcelJS fills) and the browser preview's grid.
 *
 * Chosen for reading, not for decoration:
 * - light fills, so that the user's own text (black by default) stays legible:
 *   black on each fill has a contrast ratio above 7:1 (WCAG AAA), checked by
 *   test/core/report/cellColors.test.ts;
 * - red, amber and blue differ in lightness as well as in hue, so that the three
 *   severities stay apart for most colour-blind readers; the severity is also
 *   always written out (pane list, Anomalie sheet), never carried by colour alone.
 */

export interface HighlightColor {
  /** Cell fill, "#RRGGBB". */
  fill: string;
  /** Text colour that reads well on the fill (for legends and previews). */
  text: string;
  /** Accent for borders or legend swatches, darker than the fill, "#RRGGBB". */
  accent: string;
  /** Italian name of the severity, as shown in legends. */
  label: string;
  /** English name, for the second locale. */
  labelEn: string;
}

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, HighlightColor>> = {
  errore: { fill: "#F4C7C3", text: "#000000", accent: "#A50E0E", label: "Errore", labelEn: "Error" },
  avviso: { fill: "#FCE8B2", text: "#000000", accent: "#8A5A00", label: "Avviso", labelEn: "Warning" },
  info: { fill: "#C9DAF8", text: "#000000", accent: "#1A4E8A", label: "Informazione", labelEn: "Information" },
};

/** "#F4C7C3" -> "FFF4C7C3", the ARGB form ExcelJS expects for fills and fonts. */
export function toArgb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

// ---- Statuses: achieved, partially, not achieved, not evaluable ----
/*
 * The statuses of the scoring profile (computeStatus: Raggiunto, Parzialmente raggiunto, Non
 * raggiunto, Non valutabile) as every edge shows them: the words (Italian, as PERF.STATO writes
 * them, and English for the second locale) and the fill of a status cell in the Riepilogo, written
 * alike by the pane («Crea riepilogo») and by the CLI's annotated copy. The pane's scorecard uses
 * the same words with Fluent's palette tokens for its badges (src/taskpane/components/Badges.tsx),
 * which follow Office's theme.
 *
 * The colour never carries the status alone: the status is always written in the cell. The fills
 * are light, so that black text reads on each with a contrast above 7:1 (WCAG AAA, checked by
 * test/core/report/cellColors.test.ts); green, amber, red and grey differ in lightness too.
 */

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
