/**
 * Order of codes as people read them: digits compare as numbers, so "1.2" < "1.10"
 * and "2" < "10"; letters compare without case or accents ("AS" after "3.6").
 * A code can be split once (`naturalKey`) and its key compared many times (`compareNaturalKeys`),
 * as a sort of many anomalies does.
 */
const CHUNKS = /(\d+)|(\D+)/g;

const LETTERS = new Intl.Collator("it", { sensitivity: "base" });

/** A code split into runs: a run of digits as its number, any other run as text ("1.10" -> [1, ".", 10]). */
export type NaturalKey = readonly (number | string)[];

function startsWithDigit(run: string): boolean {
  const code = run.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function naturalKey(text: string): NaturalKey {
  return (text.trim().match(CHUNKS) ?? []).map((run) => (startsWithDigit(run) ? Number(run) : run));
}

export function compareNaturalKeys(left: NaturalKey, right: NaturalKey): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? "";
    const y = right[i] ?? "";
    if (typeof x === "number" && typeof y === "number") {
      const difference = x - y;
      if (difference !== 0) return difference < 0 ? -1 : 1;
      continue;
    }
    if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
    const order = LETTERS.compare(String(x), String(y));
    if (order !== 0) return order < 0 ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

export function naturalCompare(a: string, b: string): number {
  return compareNaturalKeys(naturalKey(a), naturalKey(b));
}
