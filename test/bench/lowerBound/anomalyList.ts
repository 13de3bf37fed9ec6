/**
 * The anomalies the lower bound finds, in the order every view lists them
 * (src/core/rules/compareAnomalies.ts): plan-wide first, then strategic objectives, operational
 * ones, unknown codes, each group by code in natural order ("1.2" < "1.10"); within an objective
 * by sheet (Obiettivi, Indicatori, Pesi, Revisioni), row, column, then rule id.
 * Each anomaly's sort key is numbers, worked out when it is added; the A1 address is written then
 * too, for the anomaly only.
 */
import type { Anomaly as CoreAnomaly, Severity } from "../../../src/core/rules/anomaly";

/** An anomaly as the lower bound writes it: the core's fields, with its message written directly (no message key). */
export type Anomaly = Omit<CoreAnomaly, "key" | "params">;

/** The template's sheets, in the order the core recognises them. */
export const OBJECTIVES_SHEET = 0;
export const INDICATORS_SHEET = 1;
export const WEIGHTS_SHEET = 2;
export const REVISIONS_SHEET = 3;

const RULE_IDS = [
  "struttura-colonne", "codice-duplicato", "obiettivo-senza-indicatori", "indicatore-orfano", "obiettivo-orfano", "valore-illeggibile",
  "valore-ambiguo", "pesi-indicatori", "pesi-obiettivi", "peso-non-valido", "pesi-scala-mista", "peso-incoerente", "target-mancante",
  "target-non-misurabile", "target-periodi-incoerenti", "target-sotto-baseline", "target-gia-raggiunto", "unita-incoerenti",
  "risultato-mancante", "scostamento-errato", "scostamento-critico", "revisione-incoerente", "polarita-dedotta", "milestone-dedotta",
];
/** Rule ids in the order `localeCompare` puts them, the last criterion but one of the core's order. */
const RULE_RANK = new Map([...RULE_IDS].sort(new Intl.Collator().compare).map((id, rank) => [id, rank]));

function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Entry {
  anomaly: Anomaly;
  group: number;
  code: number;
  sheet: number;
  row: number;
  col: number;
  rule: number;
}

/** "1.10" -> [1, ".", 10]: digits as numbers, other runs as lower-case text. */
function naturalKey(code: string): (number | string)[] {
  return (code.match(/(\d+)|(\D+)/g) ?? []).map((run) => (run.charCodeAt(0) >= 48 && run.charCodeAt(0) <= 57 ? Number(run) : run.toLowerCase()));
}

function compareNatural(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x < y ? -1 : 1;
    } else if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

export class AnomalyList {
  private readonly entries: Entry[] = [];

  /** `strategic(code)`: true / false for the plan's objectives, undefined for codes it does not have. */
  constructor(
    private readonly sheetNames: readonly string[],
    private readonly strategic: (code: string) => boolean | undefined,
  ) {}

  /** An anomaly at row `row` (0-based in its table, under the header) and column `col` of a template sheet. */
  add(rule: string, severity: Severity, sheet: number, row: number, col: number, objective: string | undefined, indicator: string | undefined, message: string): void {
    const anomaly: Anomaly = { rule, severity, sheet: this.sheetNames[sheet] ?? "", cell: `${columnLetter(col)}${row + 2}`, message };
    if (objective !== undefined) anomaly.objective = objective;
    if (indicator !== undefined) anomaly.indicator = indicator;
    const kind = objective === undefined || objective === "" ? undefined : this.strategic(objective);
    const group = objective === undefined || objective === "" ? 0 : kind === undefined ? 3 : kind ? 1 : 2;
    this.entries.push({ anomaly, group, code: 0, sheet, row, col, rule: RULE_RANK.get(rule) ?? RULE_IDS.length });
  }

  /** The anomalies, sorted. */
  sorted(): Anomaly[] {
    const codes = [...new Set(this.entries.map((entry) => entry.anomaly.objective ?? ""))];
    const keys = new Map(codes.map((code) => [code, naturalKey(code)]));
    codes.sort((a, b) => compareNatural(keys.get(a) ?? [], keys.get(b) ?? []));
    const rank = new Map<string, number>();
    let previous: (number | string)[] | undefined;
    let previousRank = 0;
    codes.forEach((code, position) => {
      const key = keys.get(code) ?? [];
      // Codes the natural order cannot tell apart share a rank.
      const current = previous !== undefined && compareNatural(previous, key) === 0 ? previousRank : position;
      rank.set(code, current);
      previous = key;
      previousRank = current;
    });
    for (const entry of this.entries) entry.code = rank.get(entry.anomaly.objective ?? "") ?? 0;
    this.entries.sort(
      (a, b) => a.group - b.group || a.code - b.code || a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.rule - b.rule || (a.anomaly.message < b.anomaly.message ? -1 : a.anomaly.message > b.anomaly.message ? 1 : 0),
    );
    return this.entries.map((entry) => entry.anomaly);
  }
}
