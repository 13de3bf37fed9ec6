/**
 * The words of the Anomalie sheet in Italian and English: its first row and the severities. A
 * module of its own, light enough for the code that only asks whether a sheet is ours
 * (reportSheets.ts, in the pane's first chunk), without loading the message catalogues.
 */
import type { Severity } from "../rules/anomaly";

/** The Anomalie sheet's words in one language. */
export interface AnomaliesSheetWords {
  /** Severity, rule, sheet, cell, objective, indicator, message, how to fix it, how it is calculated. */
  headers: readonly [string, string, string, string, string, string, string, string, string];
  severity: Readonly<Record<Severity, string>>;
}

export const ITALIAN_ANOMALIES_SHEET: AnomaliesSheetWords = {
  headers: ["Gravità", "Regola", "Foglio", "Cella", "Obiettivo", "Indicatore", "Messaggio", "Come correggere", "Come è calcolato"],
  severity: { errore: "errore", avviso: "avviso", info: "info" },
};

export const ENGLISH_ANOMALIES_SHEET: AnomaliesSheetWords = {
  headers: ["Severity", "Rule", "Sheet", "Cell", "Objective", "Indicator", "Message", "How to fix it", "How it is calculated"],
  severity: { errore: "error", avviso: "warning", info: "info" },
};
