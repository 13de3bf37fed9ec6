/**
 * `struttura-colonne`: what a sheet does not have, and what the reader assumed, said once per sheet.
 *
 * What a plan does not contain (weights, results, a 30/6) is usually a fact about the document, not
 * an error: a column is needed only by the checks that use it. So, once per indicator sheet:
 * - no target column at all, or the template's «Target 31/12» missing beside its «Target 30/6», or
 *   results without a column at the reporting date -> avviso: achievement and deviations cannot be
 *   worked out, and the checks that need them are named;
 * - no results (a plan, not a report), no weights, no baseline, no declared deviations -> info,
 *   naming the checks that are skipped;
 * - what the reader assumed (the objective taken from the title or from the sheet's name, a code
 *   taken from a card sheet's name) -> info. How a sheet was read («letto come schede») is not an
 *   anomaly: it stays in the recognition report.
 * Sheets without indicators (an objective sheet, a card without indicators) have nothing to miss.
 * Optional columns that no check needs (notes, polarity, unit...) are not reported: the reader lists
 * them in its recognition report and nothing is lost without them.
 */
import { parseA1, toA1 } from "../../plan/a1";
import { datedFieldParts } from "../../plan/mapColumns";
import type { Period, Plan, SheetRecognition } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { comparePeriods } from "../../plan/reportingDate";

interface Gap {
  /** Italian: what is missing, with its verb: «manca la baseline», «mancano i pesi degli indicatori». */
  what: string;
  /** Italian: what cannot be done without it. */
  consequence: string;
  warning: boolean;
}

/** The first cell of the header row: where a missing column's header belongs. */
function headerCell(recognition: SheetRecognition): string {
  const columns = recognition.columns.map((column) => parseA1(column.address)?.col ?? 0);
  return toA1(recognition.headerRow, columns.length > 0 ? Math.min(...columns) : 0);
}

function datesOf(recognition: SheetRecognition, concept: "target" | "result" | "declaredDeviation"): Set<Period> {
  const dates = new Set<Period>();
  for (const column of recognition.columns) {
    const parts = datedFieldParts(column.field);
    if (parts?.concept === concept) dates.add(parts.period);
  }
  return dates;
}

function gapsOf(recognition: SheetRecognition, plan: Plan): Gap[] {
  const period = plan.period;
  const has = (field: string) => recognition.columns.some((column) => column.field === field);
  const indicators = plan.indicators.filter((indicator) => indicator.ref.sheet === recognition.sheet);
  const weightsWritten = indicators.some((indicator) => indicator.weight !== undefined && indicator.weight.value.kind !== "placeholder");
  const targets = datesOf(recognition, "target");
  const results = datesOf(recognition, "result");
  const gaps: Gap[] = [];
  if (targets.size === 0) {
    gaps.push({
      what: "manca una colonna dei target",
      consequence: "raggiungimenti e scostamenti non si possono calcolare (target-mancante, scostamento-critico, target-gia-raggiunto, target-sotto-baseline)",
      warning: true,
    });
  } else if (targets.has("30/6") && ![...targets].some((date) => comparePeriods(date, "30/6") > 0)) {
    gaps.push({ what: "manca la colonna «Target 31/12»", consequence: "il target dell'anno non è noto (target-mancante, target-sotto-baseline, target-gia-raggiunto)", warning: true });
  }
  if (results.size === 0) {
    gaps.push({ what: "manca una colonna dei risultati", consequence: "è un piano senza rendicontazione: nessun raggiungimento è calcolato (risultato-mancante, scostamento-critico)", warning: false });
  } else if (plan.periodSource === "targets") {
    gaps.push({
      what: "i risultati non sono compilati (vuoti o a zero)",
      consequence: "il documento è letto come un piano, senza valutare i risultati (risultato-mancante, scostamento-critico, scostamento-errato); per valutarli, indicare la data di rendicontazione",
      warning: false,
    });
  } else if (!results.has(period)) {
    gaps.push({ what: `manca la colonna dei risultati al ${period}`, consequence: `i risultati alla data di rendicontazione non si possono valutare (risultato-mancante, scostamento-critico)`, warning: true });
  }
  if (!has("indicatorWeight") || !weightsWritten) {
    gaps.push({ what: has("indicatorWeight") ? "la colonna dei pesi degli indicatori è vuota" : "mancano i pesi degli indicatori", consequence: "la somma dei pesi non è verificata (pesi-indicatori) e nei punteggi ogni indicatore pesa allo stesso modo", warning: false });
  }
  if (!has("baseline")) gaps.push({ what: "manca la baseline", consequence: "i target non sono confrontati con il valore storico (target-sotto-baseline)", warning: false });
  if (results.size > 0 && !datesOf(recognition, "declaredDeviation").has(period)) {
    gaps.push({ what: "mancano gli scostamenti dichiarati", consequence: "non c'è uno scostamento scritto da verificare (scostamento-errato)", warning: false });
  }
  return gaps;
}

export const columnStructureRule: Rule = {
  id: "struttura-colonne",
  defaultSeverity: "avviso",
  description: "Per ogni foglio il controllo dice una volta quali colonne mancano, quali controlli salta e che cosa ha assunto.",
  check({ plan }) {
    const findings: Finding[] = [];
    for (const recognition of plan.recognition) {
      const indicators = recognition.role === "indicators" || recognition.role === "combined";
      const hasIndicators = indicators && plan.indicators.some((indicator) => indicator.ref.sheet === recognition.sheet);
      const gaps = hasIndicators ? gapsOf(recognition, plan) : [];
      const notes = recognition.notes ?? [];
      if (gaps.length === 0 && notes.length === 0) continue;
      const said = gaps.length > 0 ? [`Nel foglio «${recognition.sheet}» ${gaps.map((gap) => `${gap.what}: ${gap.consequence}`).join("; ")}.`, ...notes] : [`Nel foglio «${recognition.sheet}»:`, ...notes];
      const warning = gaps.some((gap) => gap.warning);
      findings.push({
        sheet: recognition.sheet,
        cell: headerCell(recognition),
        message: said.join(" "),
        suggestion: warning
          ? `Aggiungere le colonne mancanti nella riga di intestazione ${recognition.headerRow + 1}, o rinominarle con un'intestazione riconosciuta (es. «Target», «Risultato», «Peso»).`
          : "Nessuna correzione necessaria se il documento è fatto così; altrimenti aggiungere le colonne nella riga di intestazione.",
        severity: warning ? "avviso" : "info",
      });
    }
    return findings;
  },
};
