/**
 * The order anomalies are listed in, everywhere (pane, CLI, Anomalie sheet):
 * 1. anomalies about the plan as a whole (no objective) first: a missing column explains the rest;
 * 2. then by objective: strategic objectives first (they frame the others), then operational ones,
 *    then codes the plan does not have (e.g. a row of the Pesi table for an unknown objective);
 *    within each group by code in natural order ("1.2" < "1.10");
 * 3. within an objective by sheet, in the order the reader recognised the sheets
 *    (objectives, indicators, weights, revisions), then row, then column, then rule id.
 * What each anomaly is sorted by (group, code, sheet rank, cell position) is worked out once per
 * anomaly, not once per comparison: a large plan sorts thousands of them.
 */
import { parseA1 } from "../plan/a1";
import type { Objective, Plan } from "../plan/planModel";
import { indexPlan } from "../plan/planQueries";
import { memoByText } from "../memo";
import type { Anomaly } from "./anomaly";
import { codeKey, compareNaturalKeys, naturalKey, type NaturalKey } from "../plan/planCodes";

type Comparator = (a: Anomaly, b: Anomaly) => number;

const NO_OBJECTIVE = 0;
const STRATEGIC = 1;
const OPERATIONAL = 2;
const UNKNOWN = 3;

/** What `localeCompare(other, "it")` and `localeCompare(other)` compare with. */
const ITALIAN = new Intl.Collator("it");
const DEFAULT_ORDER = new Intl.Collator();

/** An anomaly with what it is sorted by, worked out once. */
interface SortKey {
  anomaly: Anomaly;
  group: number;
  objective: NaturalKey;
  sheetRank: number;
  position: { row: number; col: number } | null;
}

/** What each anomaly of a plan is sorted by. */
class AnomalySortKeys {
  /** Objectives by normalised code (the plan index); of a repeated code, the last one's kind counts. */
  readonly #objectivesByCode: ReadonlyMap<string, readonly Objective[]>;
  /** The plan's sheets in the order the reader recognised them. */
  readonly #sheets: readonly string[];
  /** Worked out once per code written: many anomalies name the same objective, and share its key. */
  readonly #naturalKeyOf = memoByText(naturalKey);

  constructor(plan: Plan) {
    this.#objectivesByCode = indexPlan(plan).objectivesByCode;
    this.#sheets = plan.recognition.map((recognition) => recognition.sheet);
  }

  of(anomaly: Anomaly): SortKey {
    return {
      anomaly,
      group: this.#groupOf(anomaly.objective),
      objective: this.#naturalKeyOf(anomaly.objective ?? ""),
      sheetRank: this.#sheetRank(anomaly.sheet),
      position: parseA1(anomaly.cell),
    };
  }

  #groupOf(code: string | undefined): number {
    if (code === undefined || code.trim() === "") return NO_OBJECTIVE;
    const objectives = this.#objectivesByCode.get(codeKey(code));
    const kind = objectives?.[objectives.length - 1]?.kind;
    if (kind === undefined) return UNKNOWN;
    return kind === "strategic" ? STRATEGIC : OPERATIONAL;
  }

  #sheetRank(sheet: string): number {
    const index = this.#sheets.indexOf(sheet);
    return index < 0 ? this.#sheets.length : index;
  }
}

function compareKeys(left: SortKey, right: SortKey): number {
  const a = left.anomaly;
  const b = right.anomaly;
  return (
    left.group - right.group ||
    (left.objective === right.objective ? 0 : compareNaturalKeys(left.objective, right.objective)) ||
    left.sheetRank - right.sheetRank ||
    collate(ITALIAN, a.sheet, b.sheet) ||
    comparePositions(left.position, right.position) ||
    collate(DEFAULT_ORDER, a.rule, b.rule) ||
    collate(ITALIAN, a.message, b.message)
  );
}

export function anomalyOrder(plan: Plan): Comparator {
  const sortKeys = new AnomalySortKeys(plan);
  const keys = new Map<Anomaly, SortKey>();
  const keyOf = (anomaly: Anomaly): SortKey => {
    let key = keys.get(anomaly);
    if (key === undefined) {
      key = sortKeys.of(anomaly);
      keys.set(anomaly, key);
    }
    return key;
  };
  return (a, b) => compareKeys(keyOf(a), keyOf(b));
}

/** Sorts the anomalies in place in `anomalyOrder`: the keys are worked out before the sort, which then compares them without looking them up. */
export function sortAnomalies(anomalies: Anomaly[], plan: Plan): Anomaly[] {
  const sortKeys = new AnomalySortKeys(plan);
  const keys: SortKey[] = [];
  for (let i = 0; i < anomalies.length; i++) keys.push(sortKeys.of(anomalies[i] as Anomaly));
  keys.sort(compareKeys);
  for (let i = 0; i < keys.length; i++) anomalies[i] = (keys[i] as SortKey).anomaly;
  return anomalies;
}

/** Two texts in a collator's order: the same text is equal without asking the collator (most comparisons of a sorted list are between neighbours that share it). */
function collate(collator: Intl.Collator, a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}

function comparePositions(left: SortKey["position"], right: SortKey["position"]): number {
  if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
  return left.row - right.row || left.col - right.col;
}
