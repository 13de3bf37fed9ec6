/**
 * Text from cells and messages, made safe for a SheetContent, whose writers
 * take any string starting with "=" as a formula. Such a text (an objective
 * code "=1+1", a name pasted with a leading "=") is written as a formula that
 * returns the text itself, so it shows exactly as written and never runs.
 */
import type { SheetCellValue } from "./sheetContent";

/** Excel refuses string literals longer than 255 characters inside a formula. */
const MAX_LITERAL = 255;

export interface SheetText {
  value: SheetCellValue;
  /** The cached result, when `value` became a formula. */
  formulaResult?: string;
}

export function sheetText(text: string): SheetText {
  if (!text.startsWith("=")) return { value: text };
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LITERAL) {
    parts.push(`"${text.slice(start, start + MAX_LITERAL).replace(/"/g, '""')}"`);
  }
  return { value: `=${parts.join("&")}`, formulaResult: text };
}
