/**
 * The one rule that decides the add-in's language, for everything Office shows of it: the
 * PERF functions' names (the metadata file the manifest points Excel to), the ribbon, the
 * pane, and the names in the formulas the add-in writes.
 *
 * Office picks a manifest resource by the display language: the bt:Override whose Locale is
 * that language, else the DefaultValue ("Control localization from the manifest",
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization#control-localization-from-the-manifest).
 * So an English user whose display language has no override gets the Italian functions; the
 * pane and the formulas must then be Italian too, or the formulas it writes would name
 * functions this Excel does not know. The manifest overrides exactly ENGLISH_LOCALES (checked
 * by test/manifest), and this rule says English for exactly those.
 */

/** The product's languages, one type for all: Italian (the default) and English. */
export type Locale = "it" | "en";

export const LOCALES: readonly Locale[] = ["it", "en"];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The add-in's language: a `Locale` (the name src/excel uses). */
export type AddinLanguage = Locale;

/** The English display languages the manifest overrides: the main English locales Office ships. */
export const ENGLISH_LOCALES: readonly string[] = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-ZA",
  "en-SG",
];

/** English when Office's display language ("en-GB", as Office.context.displayLanguage gives it) is overridden, else Italian. */
export function addinLanguage(displayLanguage: string | undefined): AddinLanguage {
  const wanted = displayLanguage?.trim().toLowerCase() ?? "";
  return ENGLISH_LOCALES.some((locale) => locale.toLowerCase() === wanted) ? "en" : "it";
}
