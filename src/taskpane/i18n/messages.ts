import type { it } from "./it";
import type { Locale } from "../../core/wording/addinLanguage";

/** Every text the pane shows, by key; the Italian catalogue defines the keys. */
export type MessageKey = keyof typeof it;
export type Messages = Record<MessageKey, string>;
export type { Locale } from "../../core/wording/addinLanguage";
export type MessageParams = Record<string, string | number>;

/** Fills "{name}" placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(messages: Messages): Translate {
  return (key, params) => fillPlaceholders(messages[key], params);
}

/** A fraction as a percentage in the pane's language: 0.8955 -> "89,55%" / "89.55%". */
export function formatPercent(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "it-IT", {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(fraction);
}
