/**
 * The built functions.js, loaded as Excel loads it (a plain script in a fresh global scope with
 * the custom-functions runtime present), and called as Excel calls it: matrix parameters get
 * [[value]] for a single value, omitted optional arguments arrive as null, and an invocation
 * object is appended after the declared parameters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext, type Context } from "node:vm";
import { builtOutput } from "../build/builtOutput";
import { createRuntimeStub, StubExcelError, type CustomFunction, type RuntimeStub } from "./excelRuntimeStub";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

export interface FunctionsMetadataFile {
  functions: FunctionMetadata[];
  [option: string]: unknown;
}

export function readMetadata(directory: string, file = "functions.json"): FunctionsMetadataFile {
  return JSON.parse(readFileSync(join(directory, file), "utf8")) as FunctionsMetadataFile;
}

export interface LoadedFunctions {
  runtime: RuntimeStub;
  metadata: FunctionsMetadataFile;
  /** The build the functions came from (dist/ or a temporary build), for its other files. */
  directory: string;
  /** The context functions.js runs in (its own globals, as in Excel's runtime). */
  context: Context;
}

export function loadBuiltFunctions(directory: string): LoadedFunctions {
  const runtime = createRuntimeStub();
  const context = createContext({ CustomFunctions: runtime.CustomFunctions, console });
  runInContext(readFileSync(join(directory, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return { runtime, metadata: readMetadata(directory), directory, context };
}

/**
 * The built functions for a whole test file: built (or taken from a fresh dist/) before its
 * tests, a temporary build removed after them. Call at the file's top level; the object is
 * filled in by the time the tests run.
 */
export function useBuiltFunctions(): LoadedFunctions {
  const loaded = {} as LoadedFunctions;
  let dispose = () => undefined as void;
  beforeAll(() => {
    const build = builtOutput("functions");
    dispose = build.dispose;
    Object.assign(loaded, loadBuiltFunctions(build.directory));
  }, 180_000);
  afterAll(() => dispose());
  return loaded;
}

/** An argument as typed in a formula: a value, a range (rows of cells), or left out. */
export const OMITTED = Symbol("omitted");
export type FormulaArgument = unknown;

export type ExcelAnswer = { value: unknown } | { error: { code: string; message?: string } };

/** Calls the function registered for `id` exactly as Excel would, catching what it throws. */
export function callAsExcel(loaded: LoadedFunctions, id: string, ...args: FormulaArgument[]): ExcelAnswer {
  const metadata = loaded.metadata.functions.find((item) => item.id === id);
  const association = loaded.runtime.associations.find((item) => item.id === id);
  if (!metadata || !association) throw new Error(`No function ${id}`);
  const passed = metadata.parameters.map((parameter, index) => {
    const arg = index < args.length ? args[index] : OMITTED;
    if (arg === OMITTED) return null;
    if (parameter.dimensionality === "matrix" && !Array.isArray(arg)) return [[arg]];
    return arg;
  });
  const invocation = { functionName: `PERF.${metadata.name}`, address: "Foglio1!B2" };
  try {
    return { value: (association.fn as CustomFunction)(...passed, invocation) };
  } catch (thrown) {
    if (thrown instanceof StubExcelError) return { error: { code: thrown.code, message: thrown.message } };
    throw thrown;
  }
}

/** The value of a single-cell answer ([[value]] unwrapped); fails the test on an error. */
export function singleValue(answer: ExcelAnswer): unknown {
  if ("error" in answer) throw new Error(`Expected a value, got ${answer.error.code} ${answer.error.message ?? ""}`);
  const value = answer.value;
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
}

/** The error of an answer that must be one; fails the test on a value. */
export function errorOf(answer: ExcelAnswer): { code: string; message?: string } {
  if (!("error" in answer)) throw new Error(`Expected an Excel error, got ${JSON.stringify(answer.value)}`);
  return answer.error;
}

/** An array answer, with each error cell (a CustomFunctions.Error) shown as { error, message }. */
export function matrixOf(answer: ExcelAnswer): unknown[][] {
  if ("error" in answer) throw new Error(`Expected an array, got ${answer.error.code} ${answer.error.message ?? ""}`);
  if (!Array.isArray(answer.value)) throw new Error(`Expected an array, got ${JSON.stringify(answer.value)}`);
  return (answer.value as unknown[][]).map((line) =>
    line.map((cell) => (cell instanceof StubExcelError ? { error: cell.code, message: cell.message } : cell)),
  );
}
