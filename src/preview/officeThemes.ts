/**
 * The preview's stand-in for `Office.context.officeTheme`: `?theme=` picks one of Office's four
 * themes (white, colorful, darkgray, black), so that the pane can be seen, tested and
 * photographed in each. The body colours are close to Office's, not copied from it; the pane
 * decides light or dark from `isDarkTheme` first (see src/taskpane/paneTheme.ts).
 */
import type { OfficeThemeColors, OfficeThemeName } from "../taskpane/paneTheme";

const PREVIEW_THEMES: Record<Lowercase<OfficeThemeName>, OfficeThemeColors> = {
  white: { themeId: "White", isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" },
  colorful: { themeId: "Colorful", isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" },
  darkgray: { themeId: "DarkGray", isDarkTheme: true, bodyBackgroundColor: "#444444", bodyForegroundColor: "#FFFFFF" },
  black: { themeId: "Black", isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
};

/** The theme a `?theme=` value names ("dark" and "light" too); Office's default (Colorful) otherwise. */
export function previewTheme(parameter: string | null): OfficeThemeColors {
  const name = parameter?.trim().toLowerCase() ?? "";
  if (name === "dark") return PREVIEW_THEMES.black;
  if (name === "light") return PREVIEW_THEMES.white;
  return name in PREVIEW_THEMES ? PREVIEW_THEMES[name as keyof typeof PREVIEW_THEMES] : PREVIEW_THEMES.colorful;
}
