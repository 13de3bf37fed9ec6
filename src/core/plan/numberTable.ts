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

/**
 * What an empty slot holds: a slot keeps its index plus one, so that a new table, zero-filled, is all
 * empty without being filled.
 */
const EMPTY = 0;

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
  private indexes = new Uint32Array(FIRST_CAPACITY);
  private mask = FIRST_CAPACITY - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The index stored for `key`, or undefined. */
  get(key: number): number | undefined {
    const stored = this.indexes[this.slotOf(key)] ?? EMPTY;
    return stored === EMPTY ? undefined : stored - 1;
  }

  /** Stores `index` (a non-negative integer below 2^32 - 1) for `key`, replacing the one stored before. */
  set(key: number, index: number): void {
    if ((this.count + 1) * 2 > this.indexes.length) this.grow();
    const slot = this.slotOf(key);
    if (this.indexes[slot] === EMPTY) this.count += 1;
    this.keys[slot] = key;
    this.indexes[slot] = index + 1;
  }

  /** The slot that holds `key`, else the empty slot where it goes. */
  private slotOf(key: number): number {
    const { keys, indexes, mask } = this;
    let slot = hashOf(key) & mask;
    while (indexes[slot] !== EMPTY && !sameKey(keys[slot] ?? 0, key)) slot = (slot + 1) & mask;
    return slot;
  }

  /** The table at twice its capacity, each entry moved to its slot there: keys are distinct, so each goes to the first empty slot from its hash. */
  private grow(): void {
    const { keys, indexes } = this;
    const grownKeys = new Float64Array(keys.length * 2);
    const grownIndexes = new Uint32Array(indexes.length * 2);
    const mask = grownIndexes.length - 1;
    for (let slot = 0; slot < indexes.length; slot++) {
      const stored = indexes[slot] ?? EMPTY;
      if (stored === EMPTY) continue;
      const key = keys[slot] ?? 0;
      let moved = hashOf(key) & mask;
      while (grownIndexes[moved] !== EMPTY) moved = (moved + 1) & mask;
      grownKeys[moved] = key;
      grownIndexes[moved] = stored;
    }
    this.keys = grownKeys;
    this.indexes = grownIndexes;
    this.mask = mask;
  }
}
