/**
 * The colours that mark anomalous cells, by severity, shared by every edge that
 * highlights a workbook: the Excel add-in (conditional formats), the CLI's
 * annotated .xlsx copy (ExcelJS fills) and the browser preview's grid.
 *
 * Chosen for reading, not for decoration:
 * - light fills, so that the user's own text (black by default) stays legible:
 *   black on each fill has a contrast ratio above 7:1 (WCAG AAA), checked by
 *   test/core/report/highlightColors.test.ts;
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

/** WCAG relative luminance of "#RRGGBB" (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace(/^#/, "");
  const channels = [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two "#RRGGBB" colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
