/**
 * The pane follows Office's theme (File > Account > Office Theme): White and Colorful give
 * Fluent's light theme, Dark Gray and Black its dark theme. Office says which in
 * `Office.context.officeTheme` (`isDarkTheme`, `themeId`, and the body's colours, which every
 * host has); the colours decide when the other two are missing.
 *
 * Office tells only Outlook when the theme changes (the OfficeThemeChanged event, Mailbox
 * 1.14). In Excel the theme is read when the pane starts and read again each time the pane is
 * shown, so a change shows at the latest when the pane is reopened.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark";

/** Office.ThemeId's names: Office.js numbers them Black 0, Colorful 1, DarkGray 2, White 3. */
export type OfficeThemeName = "Black" | "Colorful" | "DarkGray" | "White";
const THEME_IDS: readonly OfficeThemeName[] = ["Black", "Colorful", "DarkGray", "White"];

/** What the pane reads of `Office.OfficeTheme`: every field may be missing (older hosts, Outlook). */
export interface OfficeThemeColors {
  isDarkTheme?: boolean;
  themeId?: number | string;
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Relative luminance (WCAG) of "#rrggbb" or "#rgb"; undefined when the text is not such a colour. */
export function luminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function themeName(id: number | string | undefined): OfficeThemeName | undefined {
  if (typeof id === "number") return THEME_IDS[id];
  return THEME_IDS.find((name) => name.toLowerCase() === id?.toLowerCase());
}

/** Light or dark, as Office's theme is: `isDarkTheme`, else the theme's name, else the body's colour; light when Office says nothing. */
export function themeKindOf(theme: OfficeThemeColors | undefined): ThemeKind {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const name = themeName(theme.themeId);
  if (name) return name === "Black" || name === "DarkGray" ? "dark" : "light";
  const background = theme.bodyBackgroundColor === undefined ? undefined : luminance(theme.bodyBackgroundColor);
  return background !== undefined && background < 0.2 ? "dark" : "light";
}

const FLUENT_THEMES: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme };

/** Fluent's theme for a kind. */
export function fluentTheme(kind: ThemeKind): Theme {
  return FLUENT_THEMES[kind];
}

/** Where the pane learns Office's theme: now, and (when the host can say) after a change. */
export interface ThemeSource {
  current(): OfficeThemeColors | undefined;
  /** Calls `listener` when the theme may have changed; returns a function that stops. */
  onChange?(listener: () => void): () => void;
}

/** A fixed theme: tests, and the preview's `?theme=` parameter. */
export function fixedTheme(theme: OfficeThemeColors | undefined): ThemeSource {
  return { current: () => theme };
}
