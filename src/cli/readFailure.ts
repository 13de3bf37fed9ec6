/** Why a file could not be read as a workbook, with a message for people, in Italian or English. */
import type { Locale } from "./messages";

export type ReadFailureCode =
  | "missing"
  | "notAFile"
  | "noAccess"
  | "empty"
  | "encrypted"
  | "legacyXls"
  | "text"
  | "xlsb"
  | "notWorkbook"
  | "corrupt"
  | "unknownFormat"
  | "noSheets";

export interface ReadFailure {
  ok: false;
  code: ReadFailureCode;
  file: string;
  message: string;
}

type Texts = Record<ReadFailureCode, (file: string) => string>;

const ITALIAN: Texts = {
  missing: (f) => `Il file "${f}" non esiste: controlla il percorso e il nome.`,
  notAFile: (f) => `"${f}" è una cartella, non un file .xlsx.`,
  noAccess: (f) => `Non ho il permesso di leggere "${f}".`,
  empty: (f) => `Il file "${f}" è vuoto (0 byte): non contiene una cartella di lavoro.`,
  encrypted: (f) =>
    `Il file "${f}" è protetto da password: aprilo in Excel, togli la password (File > Informazioni > Proteggi cartella di lavoro) e salvalo di nuovo.`,
  legacyXls: (f) => `Il file "${f}" è nel vecchio formato Excel 97-2003 (.xls): aprilo in Excel e salvalo come cartella di lavoro .xlsx.`,
  text: (f) => `Il file "${f}" è un file di testo (per esempio CSV), non una cartella di lavoro .xlsx: aprilo in Excel e salvalo come .xlsx.`,
  xlsb: (f) => `Il file "${f}" è una cartella di lavoro binaria (.xlsb): salvala come .xlsx.`,
  notWorkbook: (f) => `Il file "${f}" è un archivio ZIP ma non una cartella di lavoro Excel (.xlsx): forse un documento Word o un foglio OpenDocument.`,
  corrupt: (f) => `Il file "${f}" è danneggiato o incompleto e non si può leggere: prova ad aprirlo in Excel e a salvarlo di nuovo.`,
  unknownFormat: (f) => `Il file "${f}" non è una cartella di lavoro Excel (.xlsx).`,
  noSheets: (f) => `La cartella di lavoro "${f}" non contiene fogli di lavoro.`,
};

const ENGLISH: Texts = {
  missing: (f) => `The file "${f}" does not exist: check the path and the name.`,
  notAFile: (f) => `"${f}" is a folder, not an .xlsx file.`,
  noAccess: (f) => `I am not allowed to read "${f}".`,
  empty: (f) => `The file "${f}" is empty (0 bytes): it holds no workbook.`,
  encrypted: (f) =>
    `The file "${f}" is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`,
  legacyXls: (f) => `The file "${f}" is in the old Excel 97-2003 format (.xls): open it in Excel and save it as an .xlsx workbook.`,
  text: (f) => `The file "${f}" is a text file (e.g. CSV), not an .xlsx workbook: open it in Excel and save it as .xlsx.`,
  xlsb: (f) => `The file "${f}" is a binary workbook (.xlsb): save it as .xlsx.`,
  notWorkbook: (f) => `The file "${f}" is a ZIP archive but not an Excel workbook (.xlsx): perhaps a Word document or an OpenDocument sheet.`,
  corrupt: (f) => `The file "${f}" is damaged or incomplete and cannot be read: try opening it in Excel and saving it again.`,
  unknownFormat: (f) => `The file "${f}" is not an Excel workbook (.xlsx).`,
  noSheets: (f) => `The workbook "${f}" contains no worksheets.`,
};

export function readFailure(code: ReadFailureCode, file: string, locale: Locale): ReadFailure {
  const texts = locale === "en" ? ENGLISH : ITALIAN;
  return { ok: false, code, file, message: texts[code](file) };
}
