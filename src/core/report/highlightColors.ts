/**
 * The colours that mark anomalous cells, by severity, shared by every edge that
 * highlights a workbook: the Excel add-in (conditional formats), the CLI's
 * annotated .xlsx copy (ExcelJS fills) and the browser preview's grid.
 *
 * Chosen for reading, not for decoration:
 * - light fills, so that the user's own text (black by default) stays legible:
 *   black on each fill has a contrast ratio above 7:1 (WCAG AAA), checked by
 *   test/core/report/highlightColors.test.ts (with test/support/contrast.ts);
 * - red, amber and blue differ in lightness as well as in hue, so that the three
 *   severities stay apart for most colour-blind readers; the severity is also
 *   always written out (pane list, Anomalie sheet), never carried by colour alone.
 */
import type { Severity } from "../rules/anomaly";

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
