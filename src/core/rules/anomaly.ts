/** One problem found in a plan, as shown in the pane, the CLI and the Anomalie sheet. */
import type { MessageKey, MessageParams } from "../wording/messageParameters";

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
  /** What is wrong, as a key of the message catalogues (src/core/wording)... */
  key: MessageKey;
  /** ...and its figures as data: numbers, codes, cell texts, dates (see MESSAGE_PARAMETERS). */
  params: MessageParams;
  /** The message rendered in the language asked of validatePlan (Italian by default), quoting the numbers involved. */
  message: string;
  /** How to fix it, where a fix is known, in the same language. */
  suggestion?: string;
  /** How the figures of the message were calculated («Come è calcolato»: the formula), where they were. */
  detail?: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ["errore", "avviso", "info"];
