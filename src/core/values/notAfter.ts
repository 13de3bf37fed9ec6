/**
 * "Not preceded by": the leading negative lookbehind `(?<!X)` written without lookbehind
 * syntax. Safari's WebKit before 16.4 cannot even parse a regular expression with a
 * lookbehind: the whole bundle fails to load, and on an older Mac no PERF function registers
 * and the pane stays blank (https://bugs.webkit.org/show_bug.cgi?id=174931; "Lookbehind
 * assertions", Safari 16.4 release notes). So the shipped code keeps the pattern without its
 * lookbehind and checks the character before each match here, retrying one position later
 * when it is forbidden, exactly as the engine does with `(?<!X)` at the start of a pattern.
 *
 * For a plain existence test, `(?:^|[^X])` in the pattern itself is equivalent and simpler.
 */

/** The character (code point) just before `index`, or "" at the start. */
function characterBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const last = text.charCodeAt(index - 1);
  const pair = index >= 2 && last >= 0xdc00 && last <= 0xdfff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** The index after the character (code point) at `index`: a regex with the u flag never starts inside a surrogate pair. */
function nextStart(text: string, index: number): number {
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  const known = globalCopies.get(pattern);
  if (known) return known;
  const copy = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags.replace("y", "") : `${pattern.flags.replace("y", "")}g`);
  globalCopies.set(pattern, copy);
  return copy;
}

/**
 * Every match of `pattern` (as a global search would find them, left to right, without
 * overlap) whose start is not preceded by a character matching `forbidden`.
 */
export function matchesNotAfter(text: string, pattern: RegExp, forbidden: RegExp): RegExpExecArray[] {
  const search = globalCopy(pattern);
  const found: RegExpExecArray[] = [];
  let from = 0;
  while (from <= text.length) {
    search.lastIndex = from;
    const match = search.exec(text);
    if (!match) break;
    const before = characterBefore(text, match.index);
    if (before !== "" && forbidden.test(before)) {
      from = nextStart(text, match.index);
      continue;
    }
    found.push(match);
    from = match[0].length > 0 ? match.index + match[0].length : nextStart(text, match.index);
  }
  return found;
}

/** The first match of `pattern` not preceded by a character matching `forbidden`, or null. */
export function firstNotAfter(text: string, pattern: RegExp, forbidden: RegExp): RegExpExecArray | null {
  const search = globalCopy(pattern);
  let from = 0;
  while (from <= text.length) {
    search.lastIndex = from;
    const match = search.exec(text);
    if (!match) return null;
    const before = characterBefore(text, match.index);
    if (before === "" || !forbidden.test(before)) return match;
    from = nextStart(text, match.index);
  }
  return null;
}

/** `text.replace(pattern, replace)` for the matches not preceded by a character matching `forbidden`. */
export function replaceNotAfter(text: string, pattern: RegExp, forbidden: RegExp, replace: (found: string) => string): string {
  let result = "";
  let copied = 0;
  for (const match of matchesNotAfter(text, pattern, forbidden)) {
    result += text.slice(copied, match.index) + replace(match[0]);
    copied = match.index + match[0].length;
  }
  return result + text.slice(copied);
}
