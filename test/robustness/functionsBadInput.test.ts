/**
 * Every PERF function, every argument, every kind of bad input Excel can pass (the matrix in
 * support/functionsMatrix.ts), through the built functions.js called as Excel calls it: each
 * call gives a defined value (finite numbers, texts, logical values, in the broadcast shape) or
 * a defined Excel error (#VALUE!, #N/A with an Italian message; #DIV/0!, which cannot carry
 * one), never an exception and never an internal failure dressed up as an error.
 */
import { callAsExcel, useBuiltFunctions, OMITTED, type ExcelAnswer } from "../functions/builtFunctions";
import { StubExcelError } from "../functions/excelRuntimeStub";
import { BAD_VALUES, NAN_PRODUCING_CALLS, NOT_BROADCAST, VALID_CALLS } from "./support/functionsMatrix";

const loaded = useBuiltFunctions();

const DEFINED_ERRORS = ["#VALUE!", "#N/A", "#DIV/0!"];
/** What an internal failure looks like once guarded: never acceptable as an answer to bad data. */
const INTERNAL = /errore imprevisto|Maximum call stack|TypeError|ReferenceError|RangeError|\bundefined\b|\[object Object\]/;

/** What is wrong with an Excel error as an answer, or null when it is a defined one. */
function errorProblem(error: { code: string; message?: string }): string | null {
  if (!DEFINED_ERRORS.includes(error.code)) return `unexpected error code ${error.code}`;
  const message = error.message ?? "";
  if (error.code !== "#DIV/0!" && !/\p{L}{3,}/u.test(message)) return `${error.code} without a message`;
  return INTERNAL.test(message) ? `internal failure: ${message}` : null;
}

function cellProblem(cell: unknown): string | null {
  if (cell instanceof StubExcelError) return errorProblem(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? null : `non-finite number ${cell}`;
  return typeof cell === "string" || typeof cell === "boolean" ? null : `a ${typeof cell} in the answer`;
}

/** Checks every cell without one expect per cell (a million expects would take a minute). */
function expectDefined(answer: ExcelAnswer): void {
  if ("error" in answer) return expect(errorProblem(answer.error)).toBeNull();
  const cells = Array.isArray(answer.value) ? (answer.value as unknown[][]).flat() : [answer.value];
  expect(cells.length).toBeGreaterThan(0);
  const problems = new Set<string>();
  for (const cell of cells) {
    const problem = cellProblem(cell);
    if (problem !== null) problems.add(problem);
  }
  expect([...problems]).toEqual([]);
}

/** The shape Excel would give the answer: the largest rows and columns among range arguments. */
function broadcastShape(args: unknown[]): [number, number] {
  const ranges = args.filter((arg): arg is unknown[][] => Array.isArray(arg) && arg.every((row) => Array.isArray(row)) && arg.length > 0);
  return [Math.max(1, ...ranges.map((range) => range.length)), Math.max(1, ...ranges.map((range) => range[0]?.length ?? 1))];
}

const hasErrorValue = (args: unknown[]) => args.some((arg) => arg instanceof StubExcelError);

const CASES = Object.entries(VALID_CALLS).flatMap(([id, valid]) =>
  valid.flatMap((_arg, position) =>
    BAD_VALUES.map((bad) => {
      const args = [...valid];
      args[position] = bad.value;
      return [id, position + 1, bad.label, args] as const;
    }),
  ),
);

describe("the PERF functions on a valid call", () => {
  it.each(Object.entries(VALID_CALLS))("PERF.%s answers a finite value", (id, args) => {
    const answer = callAsExcel(loaded, id, ...args);
    expect("error" in answer).toBe(false);
    expectDefined(answer);
  });
});

describe("the bad-input matrix", () => {
  it.each(CASES)("PERF.%s, argument %i as %s: a defined value or a defined error", (id, _position, _label, args) => {
    const answer = callAsExcel(loaded, id, ...args);
    expectDefined(answer);
    if (hasErrorValue(args) && !("error" in answer)) {
      // An Excel error passed in never turns into a plain figure.
      const cells = Array.isArray(answer.value) ? (answer.value as unknown[][]).flat() : [answer.value];
      expect(cells.some((cell) => cell instanceof StubExcelError)).toBe(true);
    }
    const metadata = loaded.metadata.functions.find((item) => item.id === id);
    if (metadata?.result.dimensionality === "matrix" && !("error" in answer)) {
      const rows = answer.value as unknown[][];
      const broadcast = args.filter((arg, position) => arg !== OMITTED && !(NOT_BROADCAST[id] ?? []).includes(position));
      expect([rows.length, rows[0]?.length]).toEqual(broadcastShape(broadcast));
    }
  });

  it.each(NAN_PRODUCING_CALLS)("PERF.%s(%j) never answers NaN or Infinity", (id, args) => {
    expectDefined(callAsExcel(loaded, id, ...args));
  });
});

describe("a 1.000.000-cell range", () => {
  const MILLION = 1_000_000;
  const column = (cells: number, value: (i: number) => unknown) => Array.from({ length: cells }, (_, i) => [value(i)]);
  const PAIRED = ["SCOSTAMENTO", "SCOSTAMENTO.PERC", "RAGGIUNGIMENTO", "STATO", "PUNTEGGIO", "VALOREPROGETTO"];
  let figures: unknown[][];

  beforeAll(() => {
    figures = column(MILLION, (i) => i % 100);
  });

  it.each(PAIRED)("against a range of another shape: PERF.%s names both shapes, without computing a million cells", (id) => {
    const args = [...(VALID_CALLS[id] ?? [])];
    args[0] = figures;
    args[1] = [[1, 2], [3, 4]];
    const answer = callAsExcel(loaded, id, ...args);
    expect("error" in answer && answer.error).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/dimensioni diverse: .*1000000×1.*2×2/) });
  });

  it("PERF.NUMERO reads a million cells, one answer each", () => {
    const answer = callAsExcel(loaded, "NUMERO", column(MILLION, (i) => (i % 3 === 0 ? `${i % 1000},5%` : i % 3 === 1 ? "//" : i)));
    expectDefined(answer);
    expect("value" in answer && (answer.value as unknown[][]).length).toBe(MILLION);
  });

  it("PERF.VERIFICAPESI checks a million weights", () => {
    expect(callAsExcel(loaded, "VERIFICAPESI", column(MILLION, () => 1 / MILLION))).toEqual({ value: true });
  });

  it("PERF.PUNTEGGIO weighs 250.000 achievements, more than a spread call can take (it overflowed the call stack)", () => {
    const answer = callAsExcel(loaded, "PUNTEGGIO", column(250_000, (i) => (i % 2 === 0 ? 1 : 0.5)), column(250_000, () => 1));
    expect("value" in answer && (answer.value as number)).toBeCloseTo(0.75, 9);
  });
});
