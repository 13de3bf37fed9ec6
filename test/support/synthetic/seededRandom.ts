/**
 * A small deterministic random source (mulberry32) for the synthetic plans: the same seed
 * gives the same plan on every machine and every run, so benchmarks and tests compare like
 * with like. Not for anything that needs real randomness.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** One of the entries, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [item, weight] of entries) {
      left -= weight;
      if (left < 0) return item;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }

  /**
   * `count` whole parts summing exactly to `total` (e.g. hundredths of a percentage point),
   * each at least 1 when total allows it: a weight split as a clerk would write it.
   */
  split(total: number, count: number): number[] {
    const raw = Array.from({ length: count }, () => this.between(0.5, 1.5));
    const sum = raw.reduce((a, b) => a + b, 0);
    const parts = raw.map((part) => Math.max(1, Math.floor((part / sum) * total)));
    const assigned = parts.slice(0, -1).reduce((a, b) => a + b, 0);
    parts[count - 1] = total - assigned;
    return parts;
  }
}
