/**
 * Turning a message key and its parameters into words, in Italian (the default) or English.
 * Rules emit keys and figures; validatePlan renders them once in the language asked, and an edge
 * that shows anomalies in another language (the English pane) renders them again from the key.
 */
import { capitalise, type Catalogue, type Entry, type RuleId } from "./catalogue";
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
  /** How the figures were calculated, as a sentence; absent when the message has no computed figure. */
  detail?: string;
}

/** The message, the suggestion and the detail of a key with its parameters. */
export function renderMessage(text: MessageText | { key: MessageKey; params: MessageParams }, locale: Locale = "it"): RenderedText {
  const catalogue = CATALOGUES[locale];
  // The key decides the parameters' shape (MESSAGE_PARAMETERS); a stored anomaly keeps them together.
  const entry = catalogue.messages[text.key] as Entry<MessageParams>;
  const rendered: RenderedText = { message: entry.message(text.params, catalogue.phrases) };
  if (entry.suggestion !== undefined) rendered.suggestion = entry.suggestion(text.params, catalogue.phrases);
  const detail = entry.detail?.(text.params, catalogue.phrases) ?? "";
  if (detail !== "") rendered.detail = asSentence(detail);
  return rendered;
}

/** A detail written as a sentence: capitalised, with its full stop. */
function asSentence(text: string): string {
  const last = text.charAt(text.length - 1);
  return `${capitalise(text)}${last === "." || last === "!" || last === "?" ? "" : "."}`;
}

function isRuleId(catalogue: Catalogue, ruleId: string): ruleId is RuleId {
  return Object.prototype.hasOwnProperty.call(catalogue.rules, ruleId);
}

/** What a rule checks, in one line; the id itself for a rule the catalogue does not know. */
export function ruleDescription(ruleId: string, locale: Locale = "it"): string {
  const catalogue = CATALOGUES[locale];
  return isRuleId(catalogue, ruleId) ? catalogue.rules[ruleId] : ruleId;
}

/** A rule's plain name for users («Raggiungimento sotto la soglia critica»); the id itself for a rule the catalogue does not know. */
export function ruleName(ruleId: string, locale: Locale = "it"): string {
  const catalogue = CATALOGUES[locale];
  return isRuleId(catalogue, ruleId) ? catalogue.ruleNames[ruleId] : ruleId;
}

