/**
 * Order of codes as people read them: digits compare as numbers, so "1.2" < "1.10"
 * and "2" < "10"; letters compare without case or accents ("AS" after "3.6").
 */
const CHUNKS = /(\d+)|(\D+)/g;

function chunks(text: string): string[] {
  return text.trim().match(CHUNKS) ?? [];
}

export function naturalCompare(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? "";
    const y = right[i] ?? "";
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits && yDigits) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference < 0 ? -1 : 1;
      continue;
    }
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    const order = x.localeCompare(y, "it", { sensitivity: "base" });
    if (order !== 0) return order < 0 ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}
