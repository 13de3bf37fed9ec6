/**
 * The PERF custom functions as Excel calls them: the built functions.js (webpack production
 * output, built first when dist/ is stale) loaded with a stubbed CustomFunctions runtime, each
 * call shaped as Excel shapes it (a scalar in a matrix parameter arrives as [[value]]).
 * - scalar calls per second: PERF.SCOSTAMENTO / RAGGIUNGIMENTO / NUMERO on single cells, a mix
 *   of numbers and Italian texts as plans hold them;
 * - cells per second for one formula over a 100.000-cell column (result and target ranges), on the
 *   mix of numbers and Italian texts and on plain numbers (`numbers`: results and targets as Excel
 *   passes numeric cells, with a column of polarity words); the columns are built in functions.js's own
 *   context, as Excel's runtime builds the arrays it passes;
 * - large ranges as Excel hands them: whole columns (L:L, 1.048.576 rows) with 44 filled rows,
 *   and a column of 1.000 against a row of 500 (capped: the answer is a #VALUE! at once).
 */
import { runInContext } from "node:vm";
import { builtOutput } from "../build/builtOutput";
import { callAsExcel, loadBuiltFunctions, type LoadedFunctions } from "../functions/builtFunctions";
import { timeMedian } from "./measure";

export interface RangeTiming {
  id: string;
  cells: number;
  ms: number;
  cellsPerSecond: number;
}

export interface FunctionsTiming {
  scalar: { id: string; callsPerSecond: number }[];
  range: RangeTiming[];
  /** The same formulas over columns of plain numbers. */
  numbers: RangeTiming[];
  /** One call on a large range: what it is, and how long it took. */
  large: { id: string; ranges: string; ms: number }[];
}

const WHOLE_COLUMN = 1_048_576;
const FILLED_ROWS = 44;

function largeRangeTimes(loaded: LoadedFunctions): FunctionsTiming["large"] {
  // Built in functions.js's own context, as Excel's runtime builds the arrays it passes: arrays
  // of another context take V8's slow paths and would measure the harness, not the functions.
  const build = runInContext("(rows, cell) => Array.from({ length: rows }, (_, i) => [cell(i)])", loaded.context) as (rows: number, cell: (i: number) => unknown) => unknown[][];
  const wholeColumn = (values: readonly unknown[]) => build(WHOLE_COLUMN, (i) => (i < FILLED_ROWS ? values[i % values.length] : null));
  const results = wholeColumn(RESULTS);
  const targets = wholeColumn(TARGETS);
  const polarities = wholeColumn(POLARITIES);
  const weights = wholeColumn([1 / FILLED_ROWS]);
  const achievements = wholeColumn([1, 0.5, 0.9]);
  const wholeColumns = "colonne intere (1.048.576 righe, 44 piene)";
  const once = (id: string, ranges: string, args: unknown[]) => ({ id, ranges, ms: timeMedian(3, () => callAsExcel(loaded, id, ...args)).ms });
  return [
    once("SCOSTAMENTO", wholeColumns, [results, targets, polarities]),
    once("RAGGIUNGIMENTO", wholeColumns, [results, targets, polarities]),
    once("PUNTEGGIO", wholeColumns, [achievements, weights]),
    once("VERIFICAPESI", "una colonna intera (1.048.576 righe, 44 piene)", [weights]),
    once("SCOSTAMENTO", "una colonna di 1.000 contro una riga di 500 (#VALORE!: oltre il limite)", [build(1000, (i) => i), [build(500, (i) => i).flat()]]),
  ];
}

const RESULTS: readonly unknown[] = [0.8955, "89,55%", 1361, "2.870 campioni", "€ 6.190.000,00", -0.0213, "sì", "//", 42, "almeno 300 dispositivi"];
const TARGETS: readonly unknown[] = [0.88, "88,00%", 500, "2.000 campioni", "€ 3.200.000,00", -0.02, "Avvio", "-", 40, "almeno 300 dispositivi"];
const POLARITIES: readonly unknown[] = ["crescente", "crescente", "crescente", "crescente", "crescente", "decrescente", "milestone", "crescente", "crescente", "crescente"];

function scalarRate(loaded: LoadedFunctions, id: string, args: (i: number) => unknown[], calls: number): number {
  const timing = timeMedian(5, () => {
    let errors = 0;
    for (let i = 0; i < calls; i += 1) if ("error" in callAsExcel(loaded, id, ...args(i))) errors += 1;
    return errors;
  });
  return (calls / timing.ms) * 1000;
}

/** A column of `cells` rows built in functions.js's own context (see largeRangeTimes). */
function columnIn(loaded: LoadedFunctions, cells: number, cell: (i: number) => unknown): unknown[][] {
  const build = runInContext("(rows, cell) => Array.from({ length: rows }, (_, i) => [cell(i)])", loaded.context) as (rows: number, cell: (i: number) => unknown) => unknown[][];
  return build(cells, cell);
}

/** Plain numbers as plans hold them, with two decimals and many distinct values (no cache can hold them all). */
function plainNumber(i: number, seed: number): number {
  return Math.round(((i * 7919 + seed) % 100_003) * 1.37) / 100;
}

function rangeRate(loaded: LoadedFunctions, id: string, args: unknown[], cells: number): RangeTiming {
  const timing = timeMedian(3, () => callAsExcel(loaded, id, ...args));
  if ("error" in timing.last) throw new Error(`${id} over ${cells} cells failed: ${timing.last.error.code} ${timing.last.error.message ?? ""}`);
  return { id, cells, ms: timing.ms, cellsPerSecond: (cells / timing.ms) * 1000 };
}

export function benchFunctions(rangeCells = 100_000, scalarCalls = 20_000): FunctionsTiming {
  const build = builtOutput("functions");
  try {
    const loaded = loadBuiltFunctions(build.directory);
    const at = (values: readonly unknown[], i: number) => values[i % values.length];
    const scalar = [
      { id: "SCOSTAMENTO", callsPerSecond: scalarRate(loaded, "SCOSTAMENTO", (i) => [at(RESULTS, i), at(TARGETS, i), at(POLARITIES, i)], scalarCalls) },
      { id: "RAGGIUNGIMENTO", callsPerSecond: scalarRate(loaded, "RAGGIUNGIMENTO", (i) => [at(RESULTS, i), at(TARGETS, i), at(POLARITIES, i)], scalarCalls) },
      { id: "NUMERO", callsPerSecond: scalarRate(loaded, "NUMERO", (i) => [at(RESULTS, i)], scalarCalls) },
    ];
    const results = columnIn(loaded, rangeCells, (i) => at(RESULTS, i));
    const targets = columnIn(loaded, rangeCells, (i) => at(TARGETS, i));
    const polarities = columnIn(loaded, rangeCells, (i) => at(POLARITIES, i));
    const range = [
      rangeRate(loaded, "SCOSTAMENTO", [results, targets, polarities], rangeCells),
      rangeRate(loaded, "RAGGIUNGIMENTO", [results, targets, polarities], rangeCells),
      rangeRate(loaded, "NUMERO", [results], rangeCells),
    ];
    const numberResults = columnIn(loaded, rangeCells, (i) => plainNumber(i, 1));
    const numberTargets = columnIn(loaded, rangeCells, (i) => plainNumber(i, 5));
    const numberPolarities = columnIn(loaded, rangeCells, (i) => (i % 2 === 0 ? "crescente" : "decrescente"));
    const numbers = [
      rangeRate(loaded, "SCOSTAMENTO", [numberResults, numberTargets, numberPolarities], rangeCells),
      rangeRate(loaded, "RAGGIUNGIMENTO", [numberResults, numberTargets, numberPolarities], rangeCells),
      rangeRate(loaded, "NUMERO", [numberResults], rangeCells),
    ];
    return { scalar, range, numbers, large: largeRangeTimes(loaded) };
  } finally {
    build.dispose();
  }
}
