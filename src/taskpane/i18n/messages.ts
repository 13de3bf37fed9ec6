/**
 * The pane's texts: the message keys (the Italian catalogue defines them), the translator that fills
 * a message's placeholders, and the React context that gives every view the texts and number
 * formatting of the pane's language.
 */
import { createContext, createElement, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "../../core/wording/addinLanguage";
import { en } from "./en";
import { it } from "./it";

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

// ---- The pane's language, for every view ----

export interface I18n {
  locale: Locale;
  t: Translate;
  percent: (fraction: number) => string;
}

const catalogues = { it, en } as const;

function i18nFor(locale: Locale): I18n {
  return {
    locale,
    t: createTranslator(catalogues[locale]),
    percent: (fraction) => formatPercent(locale, fraction),
  };
}

const I18nContext = createContext<I18n>(i18nFor("it"));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => i18nFor(locale), [locale]);
  return createElement(I18nContext.Provider, { value }, children);
}

/** The pane's text and number formatting in the current language. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
