/**
 * The results in words: counts of anomalies («1 errore», «3 avvisi», «nessun avviso», «2 avvisi
 * e 1 info») and the verdict built from them. One place, so that the verdict card, the status
 * line for screen readers and the groups' badges never word the same count two ways.
 */
import type { Severity } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { numbersFor } from "../../core/wording/formatNumbers";
import type { Locale, Translate } from "../i18n/messages";
import type { Verdict } from "../session/anomalyGroups";

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
