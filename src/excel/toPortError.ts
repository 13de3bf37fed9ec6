/**
 * Turns whatever Office.js threw into a WorkbookError with an Italian message
 * that says what happened and what to do. Office errors carry a string `code`
 * (OfficeExtension.Error: "ItemNotFound", "InvalidArgument", ...); anything
 * without one (a TypeError because Office.js is not loaded, a rejected promise)
 * still becomes a readable message, never a blank panel.
 */
import { WorkbookError, type WorkbookErrorCode } from "../port/workbookError";

/** What the port was doing, to make the message specific. */
export interface ErrorContext {
  /** Italian infinitive clause: "leggere i fogli", "evidenziare le anomalie". */
  operation: string;
  sheet?: string;
  address?: string;
}

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

function quoted(name: string | undefined, fallback: string): string {
  return name === undefined ? fallback : `«${name}»`;
}

function describe(officeCode: string, context: ErrorContext): { code: WorkbookErrorCode; message: string } {
  const sheet = quoted(context.sheet, "richiesto");
  switch (officeCode) {
    case "ItemNotFound":
      return context.sheet === undefined
        ? { code: "sheetNotFound", message: `Impossibile ${context.operation}: un foglio o un elemento non esiste più nella cartella di lavoro. Rivalida il piano.` }
        : { code: "sheetNotFound", message: `Il foglio ${sheet} non esiste più: forse è stato rinominato o eliminato. Rivalida il piano.` };
    case "InvalidReference":
    case "InvalidArgument":
      return context.address !== undefined
        ? { code: "invalidAddress", message: `L'indirizzo ${quoted(context.address, "")} del foglio ${sheet} non è valido in Excel.` }
        : { code: "invalidArgument", message: `Impossibile ${context.operation}: Excel ha rifiutato un nome, un indirizzo, un formato o una formula.` };
    case "ItemAlreadyExists":
      return { code: "sheetExists", message: `Impossibile ${context.operation}: esiste già un foglio con il nome ${sheet}.` };
    case "AccessDenied":
      return { code: "accessDenied", message: `Impossibile ${context.operation}: la cartella di lavoro o il foglio è protetto o aperto in sola lettura. Rimuovi la protezione e riprova.` };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { code: "payloadTooLarge", message: `Impossibile ${context.operation}: i dati superano il limite di una singola richiesta a Excel per il web (5 MB). Riduci l'area da elaborare o usa Excel desktop.` };
    case "InvalidOperationInCellEditMode":
      return { code: "excelBusy", message: `Impossibile ${context.operation}: stai modificando una cella. Premi Invio o Esc e riprova.` };
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return { code: "unsupported", message: `Impossibile ${context.operation}: questa versione di Excel non offre la funzione necessaria. Aggiorna Excel o usa Excel per il web.` };
    case "InactiveWorkbook":
      return { code: "excelBusy", message: `Impossibile ${context.operation}: la cartella di lavoro non è più quella attiva. Torna alla cartella e riprova.` };
    case "Conflict":
      return { code: "excelBusy", message: `Impossibile ${context.operation}: un altro utente sta modificando la stessa area. Riprova tra poco.` };
    default:
      return { code: "excelError", message: `Impossibile ${context.operation}: Excel ha segnalato un errore (${officeCode}). Riprova; se si ripete, chiudi e riapri la cartella.` };
  }
}

/** The WorkbookError for `error`; a WorkbookError passes through unchanged. */
export function toPortError(error: unknown, context: ErrorContext): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const candidate = (typeof error === "object" && error !== null ? error : {}) as OfficeLikeError;
  const detail = typeof candidate.message === "string" ? candidate.message : String(error);
  const details = { detail, sheet: context.sheet, address: context.address };
  if (typeof candidate.code === "string" && candidate.code !== "") {
    const { code, message } = describe(candidate.code, context);
    return new WorkbookError(code, message, { ...details, officeCode: candidate.code });
  }
  if (error instanceof ReferenceError && /\b(Excel|Office)\b/.test(detail)) {
    return new WorkbookError(
      "officeUnavailable",
      "Office.js non è disponibile: apri il componente aggiuntivo dall'interno di Excel.",
      details,
    );
  }
  return new WorkbookError(
    "excelError",
    `Impossibile ${context.operation}: si è verificato un errore imprevisto (${detail || "senza descrizione"}).`,
    details,
  );
}
