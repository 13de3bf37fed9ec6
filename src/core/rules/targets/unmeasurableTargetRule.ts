/**
 * `target-non-misurabile`: a target written as text with no quantity that does not say what must be
 * reached. The reader takes any text that reads as words as a milestone (done / not done): that is
 * fair for "Adozione protocollo aziendale", "Nuovo regolamento", "attivazione", "Avvio del servizio",
 * but two kinds of text cannot be verified:
 * - conditional targets ("Eventuale aggiornamento", "se necessario", "ove possibile") -> avviso:
 *   the target may not exist at all (the seed's 3.1 ind.1 at 31/12);
 * - an ongoing activity with no outcome ("Monitoraggio delle attività", "Supporto agli uffici",
 *   "Miglioramento del servizio") -> info: done / not done is a judgement, not a measure.
 * Targets with a number ("Monitoraggio del 100% delle attività...") are quantities, never reported.
 */
import { planTargetDates, targetAt } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import type { Indicator, Period } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { memoByText } from "../../memo";

const CONDITIONAL = /(?:^|\P{L})(?:eventual[ei]|eventualmente|se necessari[oa]|ove necessari[oa]|ove possibile|se possibile|qualora|facoltativ[oaie]|a richiesta)(?!\p{L})/iu;

const ONGOING = /^(?:monitoraggio|miglioramento|potenziamento|rafforzamento|supporto|sostegno|sviluppo|gestione|promozione|valorizzazione|sensibilizzazione|coordinamento|collaborazione|assistenza|presidio|mantenimento|prosecuzione|proseguimento|consolidamento|ottimizzazione|partecipazione)(?!\p{L})/iu;

/** What a milestone target's words make it: conditional, an ongoing activity, or measurable (null); decided once per distinct text. */
const verdictOf = memoByText((written): "condizionato" | "continuativo" | null => {
  const text = spacedText(written);
  if (CONDITIONAL.test(text)) return "condizionato";
  if (ONGOING.test(text)) return "continuativo";
  return null;
});

function spacedText(written: string): string {
  return written.trim().replace(/\s+/g, " ");
}

function check(indicator: Indicator, period: Period, into: Finding[]): void {
  const cell = targetAt(indicator, period);
  if (!cell || cell.value.kind !== "milestone") return;
  const verdict = verdictOf(cell.value.text);
  if (verdict === null) return;
  const params = aboutIndicator(indicator, { date: period, text: spacedText(cell.value.text) });
  into.push(
    verdict === "condizionato"
      ? indicatorFinding(indicator, cell, { key: "target-non-misurabile.condizionato", params, severity: "avviso" })
      : indicatorFinding(indicator, cell, { key: "target-non-misurabile.continuativo", params, severity: "info" }),
  );
}

export const unmeasurableTargetRule: Rule = {
  id: "target-non-misurabile",
  defaultSeverity: "avviso",
  description: ruleDescription("target-non-misurabile"),
  check({ plan }) {
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    const dates = planTargetDates(plan).map((date) => ({ date, targetOf: datedValuesOf(indicators, "targets", date) }));
    for (let i = 0; i < indicators.length; i++) {
      for (let d = 0; d < dates.length; d++) {
        const { date, targetOf } = dates[d] as (typeof dates)[number];
        if (targetOf(i)?.kind === "milestone") check(indicators[i] as Indicator, date, findings);
      }
    }
    return findings;
  },
};
