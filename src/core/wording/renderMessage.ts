/**
 * Turning a message key and its parameters into words, in Italian (the default) or English.
 * Rules emit keys and figures; validatePlan renders them once in the language asked, and an edge
 * that shows anomalies in another language (the English pane) renders them again from the key.
 */
import type { Catalogue, Entry } from "./catalogue";
import { ENGLISH } from "./english";
import { ITALIAN } from "./italian";
import type { MessageKey, MessageParams, MessageText } from "./messageParameters";
import type { Locale } from "./addinLanguage";

const CATALOGUES: Record<Locale, Catalogue> = { it: ITALIAN, en: ENGLISH };

export function catalogueFor(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

export interface RenderedText {
  message: string;
  suggestion?: string;
}

/** The message and the suggestion of a key with its parameters. */
export function renderMessage(text: MessageText | { key: MessageKey; params: MessageParams }, locale: Locale = "it"): RenderedText {
  const catalogue = CATALOGUES[locale];
  // The key decides the parameters' shape (MESSAGE_PARAMETERS); a stored anomaly keeps them together.
  const entry = catalogue.messages[text.key] as Entry<MessageParams>;
  const message = entry.message(text.params, catalogue.phrases);
  return entry.suggestion === undefined ? { message } : { message, suggestion: entry.suggestion(text.params, catalogue.phrases) };
}

/** What a rule checks, in one line; the id itself for a rule the catalogue does not know. */
export function ruleDescription(ruleId: string, locale: Locale = "it"): string {
  return CATALOGUES[locale].rules[ruleId] ?? ruleId;
}

/** A rule's plain name («Scostamenti critici»); the id itself for a rule the catalogue does not know. */
export function ruleName(ruleId: string, locale: Locale = "it"): string {
  return CATALOGUES[locale].ruleNames[ruleId] ?? ruleId;
}

/** An anomaly's message and suggestion in another language, from its key and parameters. */
export function localizeAnomaly<T extends { key: MessageKey; params: MessageParams; message: string; suggestion?: string }>(anomaly: T, locale: Locale): T {
  const { message, suggestion } = renderMessage(anomaly, locale);
  const { suggestion: _previous, ...rest } = anomaly;
  return (suggestion === undefined ? { ...rest, message } : { ...rest, message, suggestion }) as T;
}
