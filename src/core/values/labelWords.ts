/**
 * What an amount counts, taken from the words after it.
 * - `fullLabel`: everything after the amount, on one line ("delle richieste del periodo"): the label
 *   of a cell's single quantity keeps what the clerk wrote.
 * - `countedName`: the noun that names what is counted ("2301 iscritti ai 36 eventi" -> "iscritti",
 *   "+7 nuovi intermediari" -> "nuovi intermediari", "12 delle agenzie" -> "delle agenzie"), to quote
 *   the candidates of an ambiguous text and to tell a repeated amount from a different one.
 */

const LINKING_WORDS = new Set([
  "a", "ad", "al", "allo", "alla", "all", "ai", "agli", "alle", "di", "d", "del", "dello", "della", "dell",
  "dei", "degli", "delle", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "in", "nel", "nello",
  "nella", "nei", "negli", "nelle", "su", "sul", "sulla", "sui", "sugli", "sulle", "con", "per", "tra",
  "fra", "e", "ed", "o", "od", "che", "il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "non",
  "è", "sono", "come", "anche", "già", "tutti", "tutte", "x", "of", "the", "and",
]);

/** Adjectives written before the noun they qualify: the noun is part of the name ("nuovi intermediari"). */
const LEADING_ADJECTIVES = new Set([
  "nuovo", "nuova", "nuovi", "nuove", "ulteriore", "ulteriori", "altro", "altra", "altri", "altre",
  "diversi", "diverse", "vari", "varie", "singoli", "singole", "piccole", "grandi", "medie", "giovani",
]);

/** Everything after the amount, trimmed, on one line. */
export function fullLabel(after: string): string {
  return after.replace(/\s+/g, " ").trim();
}

/** The words that name what is counted, as written (see above); "" when the amount is bare. */
export function countedName(after: string): string {
  const wordsOnly = /^[\s\p{L}'’]*/u.exec(after)?.[0] ?? "";
  const words = wordsOnly.split(/\s+/).filter((word) => word !== "");
  const name: string[] = [];
  let hasNoun = false;
  for (const word of words) {
    const bare = word.toLowerCase().replace(/['’]$/, "");
    const linking = LINKING_WORDS.has(bare);
    if (linking && hasNoun) break;
    name.push(word);
    hasNoun ||= !linking;
    if (!linking && !LEADING_ADJECTIVES.has(bare)) break;
  }
  return hasNoun ? name.join(" ") : "";
}
