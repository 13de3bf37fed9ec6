/**
 * The Excel custom-functions runtime as this add-in uses it. Excel provides the global
 * `CustomFunctions` (CustomFunctionsRuntime 1.3) once office.js has loaded; it is read at
 * call time, never at load time, so that a stubbed runtime can stand in for it in tests.
 */

/** The Excel errors the PERF functions return: #VALUE!, #N/A (both with a message) and #DIV/0!. */
export type ExcelErrorKind = "invalidValue" | "notAvailable" | "divisionByZero";

/** What `new CustomFunctions.Error(...)` gives: an error value Excel shows in the cell. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => ExcelErrorValue;
  ErrorCode: Record<ExcelErrorKind, string>;
}

function runtime(): CustomFunctionsRuntime {
  const holder = globalThis as unknown as { CustomFunctions?: CustomFunctionsRuntime };
  const found = holder.CustomFunctions;
  if (!found) throw new ReferenceError("CustomFunctions runtime not loaded");
  return found;
}

/**
 * An Excel error for a cell. #DIV/0! cannot carry a message in Excel, so none is given;
 * #VALUE! and #N/A carry the Italian message, which Excel shows on the cell's error flag.
 */
export function excelError(kind: ExcelErrorKind, message: string): ExcelErrorValue {
  const { Error: ExcelError, ErrorCode } = runtime();
  return kind === "divisionByZero" ? new ExcelError(ErrorCode[kind]) : new ExcelError(ErrorCode[kind], message);
}

/** Whether a thrown or returned value already is an Excel error built by the runtime. */
export function isExcelError(value: unknown): value is ExcelErrorValue {
  const holder = globalThis as unknown as { CustomFunctions?: CustomFunctionsRuntime };
  const ExcelError = holder.CustomFunctions?.Error;
  return ExcelError !== undefined && value instanceof ExcelError;
}
