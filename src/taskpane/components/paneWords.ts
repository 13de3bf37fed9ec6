/**
 * The words the pane composes that more than one view says, in one place so that no two views word
 * the same thing two ways. The live status line (in the first bundle) and the views loaded on demand
 * (lazyViews.ts) share them:
 * - the results: counts of anomalies («1 errore», «3 avvisi», «nessun avviso», «2 avvisi e 1 info»)
 *   and the verdict built from them (verdict card, status line, the groups' badges);
 * - the states: the validation's step and the title of a failure.
 */
import type { Severity } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { numbersFor } from "../../core/wording/formatNumbers";
import type { Locale, MessageKey, Translate } from "../i18n/messages";
import type { Verdict } from "../session/anomalyGroups";
import type { PaneFailure, ValidationPhase } from "../session/sessionState";

/** The pane's text and language, as useI18n gives them. */
export interface Words {
  t: Translate;
  locale: Locale;
}

/** A count as the language writes it, with thousands separators: «1.464» / «1,464». */
export function countText(locale: Locale, count: number): string {
  return numbersFor(locale).number(count, 0);
}

/** «1 errore», «3 avvisi», «1.042 avvisi», «0 info»; with `zero`, «nessun avviso» where the language has the words. */
export function countWords({ t, locale }: Words, severity: Severity, count: number, options: { zero?: boolean } = {}): string {
  if (count === 0 && options.zero && severity === "avviso") return t("count.avviso.zero");
  return count === 1 ? t(`count.${severity}.one`) : t(`count.${severity}.other`, { count: countText(locale, count) });
}

/** «2 avvisi e 1 info», «nessun avviso»: the warnings always, the infos when there are some. */
export function warningsAndInfos(words: Words, counts: Pick<SeverityCounts, "avviso" | "info">): string {
  const warnings = countWords(words, "avviso", counts.avviso, { zero: true });
  return counts.info === 0 ? warnings : words.t("count.and", { first: warnings, last: countWords(words, "info", counts.info) });
}

/** The verdict in one sentence: «Piano non pronto: 3 errori», «Pronto per l'OIV: nessun errore, 2 avvisi». */
export function verdictSentence(words: Words, verdict: Verdict): string {
  const { t } = words;
  switch (verdict.kind) {
    case "empty":
      return t("verdict.empty");
    case "notReady":
      return t("verdict.notReady", { errors: countWords(words, "errore", verdict.errors) });
    case "ready":
      return t("verdict.ready", { rest: warningsAndInfos(words, { avviso: verdict.warnings, info: verdict.infos }) });
  }
}

// ---- States ----

const PHASES: Record<ValidationPhase, MessageKey> = {
  read: "progress.read",
  validate: "progress.validate",
  score: "progress.score",
  prepare: "progress.prepare",
  highlight: "progress.highlight",
};

/** "Passo 2 di 4: controllo delle regole". */
export function progressText(t: Translate, phase: ValidationPhase, step: number, steps: number): string {
  return t("progress.step", { step, steps, phase: t(PHASES[phase]) });
}

const TITLES: Record<PaneFailure["operation"], MessageKey> = {
  read: "failure.read",
  highlight: "failure.highlight",
  clear: "failure.clear",
  select: "failure.select",
  write: "failure.write",
  settings: "failure.settings",
  example: "failure.example",
  internal: "failure.internal",
};

/** The message key saying what could not be done. */
export function failureTitle(operation: PaneFailure["operation"]): MessageKey {
  return TITLES[operation];
}
