/**
 * How Excel stores formulas and errors inside an .xlsx, and how it shows them.
 *
 * PERF custom functions: Excel saves a JavaScript custom function with the `_xldudf_` prefix and
 * the namespace joined by "_" (`=PERF.SCOSTAMENTO(L2,I2,E2)` is stored as
 * `_xldudf_PERF_SCOSTAMENTO(L2,I2,E2)`) and shows its localised name again once the add-in has
 * registered its functions. Excel also stores newer built-in functions with `_xlfn.`, which it hides.
 *
 * Errors: the file stores English codes ("#N/A"); an Italian Excel shows, and `range.values` gives,
 * Italian ones ("#N/D"): the CLI's grids must look like the add-in's.
 */

const PERF_CALL = /(^|[^A-Za-z0-9_.])PERF\.([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\(/g;
const STORED_PERF_CALL = /_xldudf_PERF_([A-Za-z0-9_]+)\s*\(/g;

/** Outside string literals only: formulas may quote text such as "PERF.X(". */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : map(part)))
    .join("");
}

/** "PERF.SCOSTAMENTO.PERC(L2,I2)" -> "_xldudf_PERF_SCOSTAMENTO_PERC(L2,I2)" (no leading "="). */
export function toStoredFormula(formula: string): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(PERF_CALL, (_match, before: string, name: string) => `${before}_xldudf_PERF_${name.replace(/\./g, "_")}(`),
  );
}

/**
 * The reverse, as Excel shows it with the add-in loaded: "_xldudf_PERF_SCOSTAMENTO_PERC(" ->
 * "PERF.SCOSTAMENTO.PERC(" and "_xlfn.IFS(" -> "IFS(".
 */
export function toDisplayedFormula(formula: string): string {
  return mapOutsideStrings(formula, (code) =>
    code
      .replace(STORED_PERF_CALL, (_match, name: string) => `PERF.${name.replace(/_/g, ".")}(`)
      .replace(/_xlfn\.(_xlws\.)?/g, ""),
  );
}

const ITALIAN_ERRORS: Record<string, string> = {
  "#N/A": "#N/D",
  "#VALUE!": "#VALORE!",
  "#REF!": "#RIF!",
  "#NAME?": "#NOME?",
  "#DIV/0!": "#DIV/0!",
  "#NULL!": "#NULLO!",
  "#NUM!": "#NUM!",
};

/** "#N/A" -> "#N/D"; an unknown error code is kept as written. */
export function italianErrorText(error: string): string {
  return ITALIAN_ERRORS[error] ?? error;
}

/** "#N/D" or "#N/A" -> "#N/A" (the file format stores English codes). */
export function fileErrorCode(text: string): string | undefined {
  if (text in ITALIAN_ERRORS) return text;
  const entry = Object.entries(ITALIAN_ERRORS).find(([, italian]) => italian === text);
  return entry?.[0];
}
