/**
 * What one argument cell really holds, whatever form Excel passed it in.
 *
 * - Error cells. With `allowErrorForDataTypeAny: true` in the metadata (added by the build,
 *   see webpack.config.js) Excel calls the function even when a cell of a range holds an
 *   error, and passes the error in its place; without it Excel does not call the function
 *   at all and the whole formula shows the error. "To process inputs that contain errors, a
 *   custom function must have the JSON metadata property allowErrorForDataTypeAny set to
 *   true" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
 *   The error arrives as a CustomFunctions.Error or, with data types on
 *   (`allowCustomDataForDataTypeAny`), as an error value `{ type: "Error", basicValue: "#N/A",
 *   errorType: "NotAvailable" }` (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts):
 *   both become an ErrorInput, which each function treats as «non valutabile».
 * - Data types. `allowCustomDataForDataTypeAny: true` (which the metadata generator emits)
 *   makes Excel pass a cell holding a data type (a formatted number, a linked entity, a
 *   string or double data type) as an object; its `basicValue` is what the cell shows and
 *   what a formula such as =A1+0 computes with, so that is what the functions read.
 */
import { isExcelError } from "./customFunctionsRuntime";

/** An Excel error that stood in an argument cell ("#N/A", "#DIV/0!", ...). */
export class ErrorInput {
  constructor(readonly text: string) {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function errorText(value: Record<string, unknown>): string {
  for (const key of ["basicValue", "code", "errorType"]) {
    const text = value[key];
    if (typeof text === "string" && text !== "") return text;
  }
  return "#VALUE!";
}

/**
 * The plain value of an argument cell: a number, text, boolean or blank as before, an
 * ErrorInput for an error, the basic value of a data type. Anything else is returned
 * unchanged (and refused by the reader with a message).
 */
export function plainCell(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw; // a number, text, boolean or blank: as it is
  if (raw instanceof ErrorInput) return raw;
  if (isExcelError(raw)) return new ErrorInput(raw.code);
  if (!isRecord(raw)) return raw;
  const type = typeof raw.type === "string" ? raw.type.toLowerCase() : "";
  const errorCode = typeof raw.code === "string" && raw.code.startsWith("#");
  if (type === "error" || raw.basicType === "Error" || errorCode) return new ErrorInput(errorText(raw));
  if ("basicValue" in raw) {
    const basic = raw.basicValue;
    if (basic === null || basic === undefined) return "";
    if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  }
  return raw;
}
