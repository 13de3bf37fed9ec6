/**
 * How PERF custom functions are spelled inside an .xlsx. Excel saves a JavaScript
 * custom function with the `_xldudf_` prefix and the namespace joined by "_"
 * (`=PERF.SCOSTAMENTO(L2,I2,E2)` is stored as `_xldudf_PERF_SCOSTAMENTO(L2,I2,E2)`)
 * and shows its localised name again once the add-in has registered its functions.
 * Excel also stores newer built-in functions with `_xlfn.`, which it hides.
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
