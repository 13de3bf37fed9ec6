/**
 * Timing helpers for the benchmark: medians over repeated runs (after a warm-up run that
 * lets the JIT compile the code, as it will have in a pane used more than once), and
 * figures formatted the Italian way for the results table.
 */
import { formatItalianNumber } from "../../src/core/wording/formatNumbers";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs `task` once to warm up, then `runs` times; the median of the measured times in ms and the last result. */
export function timeMedian<T>(runs: number, task: () => T): { ms: number; all: number[]; last: T } {
  let last = task();
  const all: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    last = task();
    all.push(performance.now() - start);
  }
  return { ms: median(all), all, last };
}

/** Like timeMedian, for a promise-returning task. */
export async function timeMedianAsync<T>(runs: number, task: () => Promise<T>): Promise<{ ms: number; all: number[]; last: T }> {
  let last = await task();
  const all: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    last = await task();
    all.push(performance.now() - start);
  }
  return { ms: median(all), all, last };
}

/** Milliseconds: "0,42 ms", "87 ms", "1.234 ms". */
export function ms(value: number): string {
  return `${formatItalianNumber(value, value < 10 ? 2 : 0)} ms`;
}

/** Microseconds per item: "8,7 µs". */
export function usPer(msTotal: number, items: number): string {
  return `${formatItalianNumber((msTotal * 1000) / items, 1)} µs`;
}

export function count(value: number): string {
  return formatItalianNumber(value, 0);
}

export function kb(bytes: number): string {
  return `${formatItalianNumber(bytes / 1024, 1)} KB`;
}

export function mb(bytes: number): string {
  return `${formatItalianNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** Lets garbage from the previous measurement go before the next one, when node runs with --expose-gc. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
