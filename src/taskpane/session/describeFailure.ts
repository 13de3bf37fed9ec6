import { isWorkbookError } from "../../port/workbookError";
import type { MessageKey } from "../i18n/messages";
import type { FailedOperation, PaneFailure } from "./sessionState";

/** Causes the user can act on: the port's WorkbookError codes and raw Office.js error codes. */
const HINTS: Record<string, MessageKey> = {
  sheetNotFound: "hint.notFound",
  invalidAddress: "hint.notFound",
  sheetExists: "hint.sheetExists",
  payloadTooLarge: "hint.tooLarge",
  accessDenied: "hint.protected",
  excelBusy: "hint.busy",
  unsupported: "hint.unsupported",
  officeUnavailable: "hint.officeUnavailable",
  InvalidOperationInCellEditMode: "hint.busy",
  AccessDenied: "hint.protected",
  InsertDeleteConflict: "hint.protected",
  ItemNotFound: "hint.notFound",
  InvalidReference: "hint.notFound",
  RequestPayloadSizeLimitExceeded: "hint.tooLarge",
  ResponsePayloadSizeLimitExceeded: "hint.tooLarge",
  ActivityLimitReached: "hint.busy",
  ServiceNotAvailable: "hint.busy",
  Conflict: "hint.busy",
};

const MAX_DETAIL = 300;

/**
 * Turns whatever a port call rejected with (a WorkbookError, an Office.js
 * error, an Error, a string, anything) into something the pane can show:
 * never an empty message, never "[object Object]".
 */
export function describeFailure(operation: FailedOperation, error: unknown): PaneFailure {
  const code = errorCode(error);
  const hint = code ? HINTS[code] : undefined;
  const failure: PaneFailure = { operation, detail: errorDetail(error, code) };
  if (hint) failure.hint = hint;
  return failure;
}

function errorCode(error: unknown): string | undefined {
  if (isWorkbookError(error)) return error.code;
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : undefined;
}

function errorDetail(error: unknown, code: string | undefined): string {
  let text = "";
  if (error instanceof Error) text = error.message;
  else if (typeof error === "string") text = error;
  else if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    text = (error as { message: string }).message;
  }
  text = text.trim();
  // A WorkbookError's message is already written for the user; an Office error's code helps support.
  if (code && !isWorkbookError(error) && !text.includes(code)) text = text ? `${code}: ${text}` : code;
  if (!text && error instanceof Error) text = error.name;
  else if (!text && typeof error !== "object" && typeof error !== "string" && error !== undefined) text = String(error).trim();
  if (!text) text = "nessuna descrizione";
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}
