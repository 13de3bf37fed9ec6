/**
 * The formula examples the README shows, read back so a test can run them: every
 * `` `=PERF.NAME(args)` → expected `` written in Italian syntax (`;` between arguments,
 * decimal comma, percentages, texts in quotes, arguments left out, array constants as columns). Examples over cell
 * ranges (K39:K41) need a sheet and are listed apart.
 */
import { OMITTED } from "../functions/builtFunctions";

export type ExpectedAnswer = { value: number | string | boolean } | { error: string };

export interface FormulaExample {
  /** As written in the README. */
  text: string;
  id: string;
  args: unknown[];
  expected: ExpectedAnswer;
}

const EXAMPLE = /`=PERF\.([A-Z.]+)\(([^`]*)\)`\s*→\s*(`[^`]+`|[^;|(\n]+)/g;
const ITALIAN_ERRORS: Record<string, string> = { "#VALORE!": "#VALUE!", "#N/D": "#N/A", "#DIV/0!": "#DIV/0!" };

/** An Italian number as typed in a formula or shown in a cell: 15.530, 0,13%, 1800000. */
export function italianFigure(text: string): number | undefined {
  const match = /^(-?[\d.]*\d(?:,\d+)?)(%?)$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  const number = Number(match[1].replace(/\./g, "").replace(",", "."));
  return match[2] ? number / 100 : number;
}

/** Splits on `;` outside double quotes and array constants ({0;0,6;0,95}). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let braces = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && char === "{") braces += 1;
    if (!quoted && char === "}") braces -= 1;
    if (char === ";" && !quoted && braces === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

function readArgument(text: string): unknown {
  if (text === "") return OMITTED;
  // An array constant: in Italian Excel «;» separates its rows, so {0;0,6;0,95} is a column.
  if (text.startsWith("{") && text.endsWith("}")) return splitArguments(text.slice(1, -1)).map((item) => [readArgument(item)]);
  if (text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  const figure = italianFigure(text);
  if (figure === undefined) throw new Error(`Argomento non riconosciuto nell'esempio del README: ${text}`);
  return figure;
}

function readExpected(raw: string): ExpectedAnswer {
  const text = raw.trim().replace(/^`|`$/g, "");
  const error = ITALIAN_ERRORS[text];
  if (error) return { error };
  if (text === "VERO" || text === "FALSO") return { value: text === "VERO" };
  const figure = italianFigure(text);
  return figure === undefined ? { value: text } : { value: figure };
}

function usesRange(args: string): boolean {
  return /(^|;)\s*\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?\s*(;|$)/.test(args);
}

/** The README's runnable examples, and those over ranges (not runnable without a sheet). */
export function readmeFormulaExamples(readme: string): { runnable: FormulaExample[]; overRanges: string[] } {
  const runnable: FormulaExample[] = [];
  const overRanges: string[] = [];
  for (const match of readme.matchAll(EXAMPLE)) {
    const [text, id = "", args = "", expected = ""] = match;
    if (usesRange(args)) {
      overRanges.push(text);
      continue;
    }
    runnable.push({ text, id, args: splitArguments(args).map(readArgument), expected: readExpected(expected) });
  }
  return { runnable, overRanges };
}
