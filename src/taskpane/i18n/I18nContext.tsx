import { createContext, useContext, useMemo, type ReactNode } from "react";
import { en } from "./en";
import { it } from "./it";
import type { Locale } from "../../core/wording/addinLanguage";
import { createTranslator, formatPercent, type Translate } from "./messages";

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
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's text and number formatting in the current language. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
