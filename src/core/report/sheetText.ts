/**
 * Text from cells and messages, made safe for a SheetContent, whose writers
 * take any string starting with "=" as a formula. Such a text (an objective
 * code "=1+1", a name pasted with a leading "=") is written as a formula that
 * returns the text itself, so it shows exactly as written and never runs.
 *
 * Within Excel's limits: a cell holds at most 32.767 characters and a formula at
 * most 8.192; a longer text is clipped with a visible ellipsis ("…") at the end,
 * so that what is cut shows, and Excel opens the file.
 */
import type { SheetCellValue } from "./sheetContent";

/** Excel refuses string literals longer than 255 characters inside a formula. */
const MAX_LITERAL = 255;
/** Characters in a cell, and in a formula, that Excel accepts. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_TEXT = 8_192;
export const ELLIPSIS = "…";

export interface SheetText {
  value: SheetCellValue;
  /** The cached result, when `value` became a formula. */
  formulaResult?: string;
}

/** Where to cut `text` to keep `length` characters, never between the two halves of a surrogate pair. */
function cutAt(text: string, length: number): number {
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
}

/** The text itself when it fits in `max` characters, else its beginning and "…", `max` characters in all. */
export function clipText(text: string, max: number = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutAt(text, max - ELLIPSIS.length))}${ELLIPSIS}`;
}

function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** ="..."&"..." returning `text`, or null when that formula would be longer than Excel accepts. */
function literalFormula(text: string): string | null {
  const parts: string[] = [];
  let length = 1;
  for (let start = 0; start < text.length; ) {
    const end = start + MAX_LITERAL >= text.length ? text.length : cutAt(text, start + MAX_LITERAL);
    const part = literal(text.slice(start, end));
    length += part.length + (parts.length > 0 ? 1 : 0);
    if (length > MAX_FORMULA_TEXT) return null;
    parts.push(part);
    start = end;
  }
  return `=${parts.join("&")}`;
}

/** The longest beginning of `text` (with "…") whose literal formula fits, found by bisection. */
function clippedFormula(text: string): { formula: string; shown: string } {
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (literalFormula(`${text.slice(0, cutAt(text, middle))}${ELLIPSIS}`) === null) tooLong = middle;
    else fits = middle;
  }
  const shown = `${text.slice(0, cutAt(text, fits))}${ELLIPSIS}`;
  return { formula: literalFormula(shown) ?? `=${literal(ELLIPSIS)}`, shown };
}

export function sheetText(text: string): SheetText {
  const clipped = clipText(text);
  if (!clipped.startsWith("=")) return { value: clipped };
  const formula = literalFormula(clipped);
  if (formula !== null) return { value: formula, formulaResult: clipped };
  const { formula: shortened, shown } = clippedFormula(clipped);
  return { value: shortened, formulaResult: shown };
}
