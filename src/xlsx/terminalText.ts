/**
 * Texts from a workbook or a command line (file, sheet and manager names, titles, cell texts
 * quoted in messages) made safe to print: control characters (C0, DEL, C1: ESC sequences,
 * carriage returns that overwrite a line) and the invisible characters that reorder or hide
 * text (bidirectional overrides and isolates such as U+202E, line and paragraph separators) are
 * shown as escapes ("\r", "\u202E") instead of acting on the terminal. JSON keeps every value:
 * the same characters are written as JSON's own \u escapes, which a parser reads back unchanged.
 */

const NAMED: Record<number, string> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

/** Whether a character acts on a terminal or on the order of the text instead of being shown. */
export function isUnsafeForTerminal(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function escapeWith(text: string, keepLineBreaks: boolean, escape: (code: number) => string): string {
  let safe = "";
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isUnsafeForTerminal(code) || (keepLineBreaks && code === 0x0a)) continue;
    safe += text.slice(from, i) + escape(code);
    from = i + 1;
  }
  return from === 0 ? text : safe + text.slice(from);
}

/** One field (a name, a title, a message): every unsafe character escaped, line breaks included. */
export function safeText(text: string): string {
  return escapeWith(text, false, (code) => NAMED[code] ?? unicodeEscape(code));
}

/** Output already made of lines: unsafe characters escaped, the line breaks kept. */
export function safeLines(text: string): string {
  return escapeWith(text, true, (code) => NAMED[code] ?? unicodeEscape(code));
}

/** JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1, bidi) as \u escapes. */
export function safeJson(json: string): string {
  return escapeWith(json, true, unicodeEscape);
}
