/**
 * The one error type a WorkbookPort throws: a stable code for the pane's logic
 * and an Italian message written for the user (never blank, never a stack
 * trace). The original Office error, when there was one, is kept for logs.
 * Plain TypeScript: the in-memory port and the pane can use it without Office.
 */
export type WorkbookErrorCode =
  /** A sheet the operation needs is not in the workbook (renamed or deleted). */
  | "sheetNotFound"
  /** An address is not an Excel cell or range address. */
  | "invalidAddress"
  /** writeSheet would overwrite a sheet it may not replace. */
  | "sheetExists"
  /** The request is too large for one call to Excel (Excel on the web: 5 MB). */
  | "payloadTooLarge"
  /** The workbook or sheet is protected or read-only. */
  | "accessDenied"
  /** Excel is busy: a cell is being edited, or a dialog is open. */
  | "excelBusy"
  /** This Excel does not offer the API the operation needs. */
  | "unsupported"
  /** Excel refused an argument (a name, a format, a formula). */
  | "invalidArgument"
  /** The settings stored in the document cannot be read or saved. */
  | "settings"
  /** Office.js is not loaded: the pane runs outside Excel. */
  | "officeUnavailable"
  /** Anything else Excel reported. */
  | "excelError";

export interface WorkbookErrorDetails {
  /** The Office error code ("ItemNotFound", ...), when Excel reported one. */
  officeCode?: string;
  /** The original (usually English) message, for logs. */
  detail?: string;
  sheet?: string;
  address?: string;
}

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly officeCode?: string;
  readonly detail?: string;
  readonly sheet?: string;
  readonly address?: string;

  constructor(code: WorkbookErrorCode, message: string, details: WorkbookErrorDetails = {}) {
    super(message.trim() === "" ? "Excel ha segnalato un errore senza descrizione." : message);
    this.name = "WorkbookError";
    this.code = code;
    this.officeCode = details.officeCode;
    this.detail = details.detail;
    this.sheet = details.sheet;
    this.address = details.address;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
