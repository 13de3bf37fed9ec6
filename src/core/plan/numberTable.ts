/**
 * A table from numbers to indexes (non-negative integers), what a `Map<number, number>` holds, kept in
 * two typed arrays: the reader looks up every number cell of a plan by its value (cellReading.ts),
 * about a hundred thousand lookups on a large plan, and a Map hashes a fractional number key the
 * slow way on each of them. Keys are found by open addressing on the bits of the number.
 * Keys compare as a Map's do (SameValueZero): 0 and -0 are one key, and so is every NaN.
 */

/** The number whose bits are hashed, seen as its two 32-bit halves. */
const bits = new Float64Array(1);
const halves = new Uint32Array(bits.buffer);

/** An empty slot's index. */
const EMPTY = -1;

/** The table's first capacity: a power of two, doubled whenever it is half full. */
const FIRST_CAPACITY = 64;

function hashOf(key: number): number {
  if (key !== key) return 0; // every NaN
  bits[0] = key + 0; // -0 + 0 is 0
  let hash = Math.imul((halves[0] ?? 0) ^ Math.imul(halves[1] ?? 0, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 15;
  return hash;
}

function sameKey(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

export class NumberTable {
  private keys = new Float64Array(FIRST_CAPACITY);
  private indexes = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  private mask = FIRST_CAPACITY - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The index stored for `key`, or undefined. */
  get(key: number): number | undefined {
    const index = this.indexes[this.slotOf(key)] ?? EMPTY;
    return index === EMPTY ? undefined : index;
  }

  /** Stores `index` (a non-negative integer) for `key`, replacing the one stored before. */
  set(key: number, index: number): void {
    if ((this.count + 1) * 2 > this.indexes.length) this.grow();
    const slot = this.slotOf(key);
    if (this.indexes[slot] === EMPTY) this.count += 1;
    this.keys[slot] = key;
    this.indexes[slot] = index;
  }

  /** The slot that holds `key`, else the empty slot where it goes. */
  private slotOf(key: number): number {
    const { keys, indexes, mask } = this;
    let slot = hashOf(key) & mask;
    while (indexes[slot] !== EMPTY && !sameKey(keys[slot] ?? 0, key)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, indexes } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.indexes = new Int32Array(indexes.length * 2).fill(EMPTY);
    this.mask = this.indexes.length - 1;
    for (let slot = 0; slot < indexes.length; slot++) {
      const index = indexes[slot] ?? EMPTY;
      if (index === EMPTY) continue;
      const key = keys[slot] ?? 0;
      const moved = this.slotOf(key);
      this.keys[moved] = key;
      this.indexes[moved] = index;
    }
  }
}
