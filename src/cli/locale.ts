/** Languages of the command line's own texts (the core's anomaly messages are Italian). */
export type Locale = "it" | "en";

export const LOCALES: readonly Locale[] = ["it", "en"];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
