/**
 * Why a file could not be read as a workbook, with a message for people, in Italian or English;
 * the names it quotes are made safe to print (terminalText.ts).
 */
import { formatItalianNumber } from "../core/wording/formatNumbers";
import type { AddinLanguage as Locale } from "../core/wording/addinLanguage";
import type { LimitExceeded, LimitName } from "./readLimits";
import { safeText } from "./terminalText";

export type ReadFailureCode =
  | "missing"
  | "notAFile"
  | "notRegular"
  | "symlinkLoop"
  | "tooLarge"
  | "noAccess"
  | "empty"
  | "encrypted"
  | "legacyXls"
  | "text"
  | "xlsb"
  | "notWorkbook"
  | "corrupt"
  | "unknownFormat"
  | "noSheets"
  | "sheetNameTooLong"
  | "duplicateSheetName";

export interface ReadFailure {
  ok: false;
  code: ReadFailureCode;
  file: string;
  message: string;
  /** For "tooLarge": the limit passed. */
  exceeded?: LimitExceeded;
}

type Texts = Record<ReadFailureCode, (file: string, sheet: string) => string>;

const ITALIAN: Texts = {
  missing: (f) => `Il file "${f}" non esiste: controlla il percorso e il nome.`,
  notAFile: (f) => `"${f}" è una cartella, non un file .xlsx.`,
  notRegular: (f) => `"${f}" non è un file normale (è un dispositivo, una pipe o un socket): indicare un file .xlsx.`,
  symlinkLoop: (f) => `"${f}" è un collegamento simbolico che rimanda a se stesso (direttamente o tramite altri collegamenti): non porta a nessun file.`,
  tooLarge: (f) => `Il file "${f}" supera i limiti di lettura di perf-check.`,
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
  sheetNameTooLong: (f, s) =>
    `Il file "${f}" ha un foglio il cui nome, «${s}», supera i 31 caratteri che Excel ammette: aprirlo con il programma che l'ha creato, dare al foglio un nome più corto e salvarlo di nuovo.`,
  duplicateSheetName: (f, s) =>
    `Il file "${f}" ha due fogli con lo stesso nome, «${s}» (Excel non distingue maiuscole e minuscole): rinominarne uno e salvarlo di nuovo.`,
};

const ENGLISH: Texts = {
  missing: (f) => `The file "${f}" does not exist: check the path and the name.`,
  notAFile: (f) => `"${f}" is a folder, not an .xlsx file.`,
  notRegular: (f) => `"${f}" is not a regular file (it is a device, a pipe or a socket): give an .xlsx file.`,
  symlinkLoop: (f) => `"${f}" is a symbolic link that leads back to itself (directly or through other links): it leads to no file.`,
  tooLarge: (f) => `The file "${f}" goes beyond perf-check's reading limits.`,
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
  sheetNameTooLong: (f, s) =>
    `The file "${f}" has a sheet whose name, "${s}", is longer than the 31 characters Excel allows: open it with the program that made it, give the sheet a shorter name and save it again.`,
  duplicateSheetName: (f, s) =>
    `The file "${f}" has two sheets with the same name, "${s}" (Excel ignores case): rename one and save it again.`,
};

const MEGABYTE = 1024 * 1024;

const megabytes = (bytes: number, locale: Locale) =>
  locale === "en" ? `${(bytes / MEGABYTE).toFixed(1)} MB` : `${formatItalianNumber(bytes / MEGABYTE, 1, 1)} MB`;
const count = (n: number, locale: Locale) => (locale === "en" ? n.toLocaleString("en-GB") : formatItalianNumber(n, 0, 0));

type LimitTexts = Record<LimitName, (f: string, e: LimitExceeded, locale: Locale) => string>;

const ITALIAN_LIMITS: LimitTexts = {
  fileBytes: (f, e, l) =>
    `Il file "${f}" è troppo grande per perf-check: ${megabytes(e.found, l)}, oltre il limite di ${megabytes(e.max, l)} per file. Un piano della performance ne occupa di solito meno di uno.`,
  uncompressedBytes: (f, e, l) =>
    `Il file "${f}" decompresso supera ${megabytes(e.max, l)}, il limite di perf-check per il contenuto di una cartella di lavoro: non viene letto (potrebbe essere un archivio costruito per esaurire la memoria).`,
  cells: (f, e, l) =>
    `Il file "${f}" contiene più di ${count(e.max, l)} celle (almeno ${count(e.found, l)}), il limite di perf-check: togliere i fogli che non fanno parte del piano o dividerlo in più file.`,
  sharedStrings: (f, e, l) =>
    `Il file "${f}" contiene più di ${count(e.max, l)} testi diversi (almeno ${count(e.found, l)}), il limite di perf-check: togliere i fogli che non fanno parte del piano.`,
  gridCells: (f, e, l) =>
    `Il foglio «${e.sheet ?? ""}» del file "${f}" occupa un'area di ${count(e.found, l)} celle, oltre il limite di perf-check di ${count(e.max, l)} per foglio: cancellare le celle usate lontano dal piano (Ctrl+Fine in Excel mostra l'ultima).`,
};

const ENGLISH_LIMITS: LimitTexts = {
  fileBytes: (f, e, l) =>
    `The file "${f}" is too large for perf-check: ${megabytes(e.found, l)}, beyond the limit of ${megabytes(e.max, l)} per file. A performance plan usually takes less than one.`,
  uncompressedBytes: (f, e, l) =>
    `The file "${f}" decompresses to more than ${megabytes(e.max, l)}, perf-check's limit for a workbook's content: it is not read (it may be an archive built to exhaust memory).`,
  cells: (f, e, l) =>
    `The file "${f}" holds more than ${count(e.max, l)} cells (at least ${count(e.found, l)}), perf-check's limit: remove the sheets that are not part of the plan or split it into several files.`,
  sharedStrings: (f, e, l) =>
    `The file "${f}" holds more than ${count(e.max, l)} distinct texts (at least ${count(e.found, l)}), perf-check's limit: remove the sheets that are not part of the plan.`,
  gridCells: (f, e, l) =>
    `The sheet "${e.sheet ?? ""}" of the file "${f}" spans ${count(e.found, l)} cells, beyond perf-check's limit of ${count(e.max, l)} per sheet: clear the cells used far from the plan (Ctrl+End in Excel shows the last one).`,
};

export function readFailure(code: ReadFailureCode, file: string, locale: Locale, exceeded?: LimitExceeded, sheet = ""): ReadFailure {
  if (code === "tooLarge" && exceeded) {
    const texts = locale === "en" ? ENGLISH_LIMITS : ITALIAN_LIMITS;
    const shown = { ...exceeded, ...(exceeded.sheet === undefined ? {} : { sheet: safeText(exceeded.sheet) }) };
    return { ok: false, code, file, message: texts[exceeded.limit](safeText(file), shown, locale), exceeded };
  }
  const texts = locale === "en" ? ENGLISH : ITALIAN;
  return { ok: false, code, file, message: texts[code](safeText(file), safeText(sheet)) };
}
