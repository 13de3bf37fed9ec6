/** One problem found in a plan, as shown in the pane, the CLI and the Anomalie sheet. */
export type Severity = "errore" | "avviso" | "info";

export interface Anomaly {
  /** Stable rule id, e.g. "pesi-indicatori". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address ("K12"); for a range-wide problem the first cell concerned. */
  cell: string;
  objective?: string;
  indicator?: string;
  /** Italian: what is wrong, quoting the numbers involved. */
  message: string;
  /** Italian: how to fix it, where a fix is known. */
  suggestion?: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ["errore", "avviso", "info"];
