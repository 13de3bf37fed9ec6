/**
 * Computations made once per key and then shared: by text (header words, period keys: a plan
 * repeats a handful of texts thousands of times) and by plan (the lookups rules and scores ask of
 * a read plan). What a memoised function returns is shared: callers read it and never change it.
 */
import type { Plan } from "./plan/planModel";

/**
 * A function of a text, remembering its answers: a plan repeats the same labels and headers on
 * every card and every sheet, and reading them is most of the reader's time. What it returns is
 * shared: callers read it and never change it. Past `limit` texts the memory starts afresh.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const value = compute(text);
    if (known.size >= limit) known = new Map();
    known.set(text, value);
    return value;
  };
}

/**
 * A lookup built from a plan, built once per plan: several rules (and the scores) ask for the
 * same plan index and the same weight groups in one validation, and on a 10.000-indicator plan
 * each build costs milliseconds. Plans are never changed once read, so the plan object is the key; a
 * WeakMap lets a plan and its lookups go together when the pane reads the workbook again.
 * What a memoised function returns is shared: callers read it and never change it.
 */
export function memoByPlan<T>(build: (plan: Plan) => T): (plan: Plan) => T {
  const built = new WeakMap<Plan, T>();
  return (plan) => {
    const known = built.get(plan);
    if (known !== undefined) return known;
    const value = build(plan);
    built.set(plan, value);
    return value;
  };
}

/**
 * A text written once, when first asked for, then kept: an explanation that a large plan's scores or
 * anomalies carry but a reader rarely opens. `write` must read only values that never change.
 */
export function writtenOnce(write: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= write());
}

/** Where a record keeps the writer of its explanation: a symbol, not enumerable, so no key of the record (Object.keys, JSON, a spread, toEqual). */
const WRITE_EXPLANATION = Symbol("writeExplanation");

/**
 * The one accessor of every lazily explained record's explanation. Shared, it keeps the records in
 * V8's fast mode: a getter of its own per record (an object literal's `get explanation()`) turns each
 * record into a dictionary, ten times slower to make.
 */
const EXPLANATION_ACCESSOR: PropertyDescriptor = {
  get(this: { [WRITE_EXPLANATION]: () => string }): string {
    return this[WRITE_EXPLANATION]();
  },
  enumerable: true,
  configurable: true,
};

/**
 * `record` with its `explanation`, an enumerable key after the record's others (JSON.stringify, a
 * spread, toEqual see it), written by `write` when first read, then kept (writtenOnce): a large
 * plan's scores are mostly summed, not read. `write` must read only values that never change.
 */
export function explainedLazily<T extends object>(record: T, write: () => string): T & { explanation: string } {
  Object.defineProperty(record, WRITE_EXPLANATION, { value: writtenOnce(write) });
  Object.defineProperty(record, "explanation", EXPLANATION_ACCESSOR);
  return record as T & { explanation: string };
}
