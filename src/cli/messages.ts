/**
 * The command line's own words, in Italian (default) and English. The anomaly
 * messages come from the core's rules and are Italian in both.
 */
import { periodSourceWords, reportingDateText, type PeriodSource } from "../core/plan/reportingDate";
import type { Severity } from "../core/rules/anomaly";
import * as path from "node:path";
import type { AnnotateProblem } from "./annotateWorkbook";
import type { ContentKind, DroppedContent } from "./copyFidelity";
import type { UsageError } from "./parseArguments";
import type { UnsafeTargetCode } from "./safeWrite";
import { safeText } from "../xlsx/terminalText";
import { ENGLISH_NUMBERS, ITALIAN_NUMBERS, type NumberWords } from "../core/wording/formatNumbers";
import type { Locale } from "../core/wording/addinLanguage";
import { rewardWordsFor, type RewardWords } from "../core/wording/rewardWords";
import { projectValueWordsFor, type ProjectValueWords } from "../core/wording/projectValueWords";

/** Languages of the command line's texts and of the anomalies' messages: the core's (src/core/wording). */
export { isLocale, LOCALES, type Locale } from "../core/wording/addinLanguage";

export interface Messages {
  help(version: string): string;
  usage(error: UsageError): string;
  seeHelp: string;
  severity: Record<Severity, string>;
  /** A score or a share in the language's digits: "98,83%" / "98.83%". */
  percent(fraction: number, decimals?: number): string;
  /** "3 errori" / "1 errore". */
  count(severity: Severity, n: number): string;
  objectivesAndIndicators(objectives: number, indicators: number): string;
  period(plan: { period: string; year?: number; periodSource: PeriodSource }): string;
  noAnomalies: string;
  planWide: string;
  indicator: string;
  suggestion: string;
  /** The label of an anomaly's detail: how its figures were calculated. */
  howCalculated: string;
  /** The language of the messages, for the words the core's catalogues hold (rule names). */
  locale: Locale;
  scoresByObjective: string;
  scoresByManager: string;
  scoreHeaders: { code: string; score: string; evaluated: string; excluded: string };
  notEvaluable: string;
  noManagers: string;
  /** The «Premi» section's words (the core's catalogue, src/core/wording/rewardWords.ts). */
  rewards: RewardWords;
  projects: ProjectValueWords;
  planNotRead(file: string, detail: string): string;
  rulesFileMissing(file: string): string;
  rulesFileNotJson(file: string, detail: string): string;
  rulesFileInvalid(file: string): string;
  rulesSheetInvalid(file: string): string;
  /** The line naming where the scoring profile came from (only when it is not the default). */
  rulesSource(source: string): string;
  annotateNeedsFolder(target: string): string;
  annotateIsInput(target: string): string;
  annotated(target: string): string;
  /** The cells whose text was longer than Excel accepts, clipped in the copy. */
  annotateClipped(cells: readonly string[]): string;
  /** What of the input the copy does not carry over. */
  annotateDropped(dropped: readonly DroppedContent[]): string;
  annotateFailed(target: string, detail: string): string;
  annotateForeignSheets(sheets: readonly string[]): string;
  /** Why a copy was not written, as the end of annotateFailed's sentence. */
  annotateProblem(problem: AnnotateProblem, target: string): string;
  /** Why a target is refused before anything is checked (a whole sentence). */
  unsafeTarget(code: UnsafeTargetCode, target: string): string;
  summary(files: number, withErrors: number, unreadable: number): string;
  unexpected(detail: string): string;
  unexpectedInFile(file: string, detail: string): string;
}

/** "1 errore", "5.000 indicatori": a count with the language's thousands separator. */
const plural =
  (numbers: NumberWords) =>
  (n: number, one: string, many: string): string =>
    `${numbers.number(n)} ${n === 1 ? one : many}`;
const pluralIt = plural(ITALIAN_NUMBERS);
const pluralEn = plural(ENGLISH_NUMBERS);

/** At most ten cells by name, then how many more. */
function listCells(cells: readonly string[]): string {
  const shown = cells.slice(0, 10).join(", ");
  return cells.length > 10 ? `${shown} +${cells.length - 10}` : shown;
}

const ITALIAN_CONTENT: Record<ContentKind, (n: number) => string> = {
  vba: () => "le macro VBA",
  customProperties: () => "le proprietà personalizzate del documento",
  charts: (n) => (n === 1 ? "un grafico" : `${n} grafici`),
  pivotTables: (n) => (n === 1 ? "una tabella pivot" : `${n} tabelle pivot`),
  dynamicArrays: () => "i metadati delle formule a matrice dinamica (nella copia sono formule normali)",
  sparklines: (n) => `i grafici sparkline (${n === 1 ? "in un foglio" : `in ${n} fogli`})`,
  externalLinks: (n) => (n === 1 ? "un collegamento a un'altra cartella di lavoro" : `${n} collegamenti ad altre cartelle di lavoro`),
  slicers: (n) => (n === 1 ? "un filtro dei dati" : `${n} filtri dei dati`),
  timelines: (n) => (n === 1 ? "una sequenza temporale" : `${n} sequenze temporali`),
  customXml: () => "i dati XML personalizzati",
  threadedComments: () => "i commenti in thread (le note restano)",
  connections: () => "le connessioni a dati esterni",
  controls: (n) => (n === 1 ? "un controllo" : `${n} controlli`),
  images: (n) => (n === 1 ? "un'immagine" : `${n} immagini`),
  tables: (n) => (n === 1 ? "una tabella" : `${n} tabelle`),
  printerSettings: () => "le impostazioni della stampante",
  shapes: (n) => (n === 1 ? "una forma (casella di testo, freccia...)" : `${n} forme (caselle di testo, frecce...)`),
  other: () => "altre parti del file",
};

const ENGLISH_CONTENT: Record<ContentKind, (n: number) => string> = {
  vba: () => "the VBA macros",
  customProperties: () => "the custom document properties",
  charts: (n) => (n === 1 ? "a chart" : `${n} charts`),
  pivotTables: (n) => (n === 1 ? "a pivot table" : `${n} pivot tables`),
  dynamicArrays: () => "the dynamic-array formula metadata (they are plain formulas in the copy)",
  sparklines: (n) => `the sparklines (${n === 1 ? "in one sheet" : `in ${n} sheets`})`,
  externalLinks: (n) => (n === 1 ? "a link to another workbook" : `${n} links to other workbooks`),
  slicers: (n) => (n === 1 ? "a slicer" : `${n} slicers`),
  timelines: (n) => (n === 1 ? "a timeline" : `${n} timelines`),
  customXml: () => "the custom XML data",
  threadedComments: () => "the threaded comments (notes are kept)",
  connections: () => "the external data connections",
  controls: (n) => (n === 1 ? "a control" : `${n} controls`),
  images: (n) => (n === 1 ? "an image" : `${n} images`),
  tables: (n) => (n === 1 ? "a table" : `${n} tables`),
  printerSettings: () => "the printer settings",
  shapes: (n) => (n === 1 ? "a shape (text box, arrow...)" : `${n} shapes (text boxes, arrows...)`),
  other: () => "other parts of the file",
};

function droppedList(dropped: readonly DroppedContent[], names: Record<ContentKind, (n: number) => string>): string {
  return dropped.map((item) => (item.kind === "other" ? `${names.other(item.count)} (${item.parts.map(safeText).join(", ")})` : names[item.kind](item.count))).join("; ");
}

const ITALIAN_SEVERITY: Record<Severity, [string, string]> = { errore: ["errore", "errori"], avviso: ["avviso", "avvisi"], info: ["informazione", "informazioni"] };
const ENGLISH_SEVERITY: Record<Severity, [string, string]> = { errore: ["error", "errors"], avviso: ["warning", "warnings"], info: ["note", "notes"] };

const ITALIAN_UNSAFE: Record<UnsafeTargetCode, (target: string) => string> = {
  symlink: (t) => `"${t}" è un collegamento simbolico: perf-check non scrive attraverso i collegamenti. Indicare un file normale o un nome nuovo.`,
  folder: (t) => `"${t}" è una cartella: indicare il nome del file da scrivere.`,
  notRegular: (t) => `"${t}" non è un file normale (è un dispositivo, una pipe o un socket): perf-check scrive solo su un file normale o su un nome nuovo.`,
  folderMissing: (t) => `la cartella "${path.dirname(t)}" non esiste: crearla o indicarne un'altra.`,
  folderNotAFolder: (t) => `"${path.dirname(t)}" non è una cartella: indicare il percorso di una cartella esistente.`,
};

const ENGLISH_UNSAFE: Record<UnsafeTargetCode, (target: string) => string> = {
  symlink: (t) => `"${t}" is a symbolic link: perf-check does not write through links. Give a regular file or a new name.`,
  folder: (t) => `"${t}" is a folder: give the name of the file to write.`,
  notRegular: (t) => `"${t}" is not a regular file (it is a device, a pipe or a socket): perf-check writes only to a regular file or a new name.`,
  folderMissing: (t) => `the folder "${path.dirname(t)}" does not exist: create it or give another one.`,
  folderNotAFolder: (t) => `"${path.dirname(t)}" is not a folder: give the path of an existing folder.`,
};

/** File system errors of a write, by their code. */
const ITALIAN_SYSTEM: Record<string, (code: string) => string> = {
  ENOSPC: () => "il disco è pieno.",
  EDQUOT: () => "lo spazio disponibile per l'utente è esaurito.",
  EACCES: () => "non ho il permesso di scrivere in quella cartella.",
  EPERM: () => "non ho il permesso di scrivere in quella cartella.",
  EROFS: () => "il disco è in sola lettura.",
  ENAMETOOLONG: () => "il nome del file è troppo lungo.",
  EEXIST: () => "nella cartella è comparso un file con il nome del file temporaneo: nessun file è stato toccato, riprovare.",
  ELOOP: () => "nella cartella è comparso un collegamento con il nome del file temporaneo: nessun file è stato toccato, riprovare.",
};

const ENGLISH_SYSTEM: Record<string, (code: string) => string> = {
  ENOSPC: () => "the disk is full.",
  EDQUOT: () => "the user's disk quota is exhausted.",
  EACCES: () => "I am not allowed to write in that folder.",
  EPERM: () => "I am not allowed to write in that folder.",
  EROFS: () => "the disk is read-only.",
  ENAMETOOLONG: () => "the file name is too long.",
  EEXIST: () => "a file with the temporary file's name appeared in the folder: no file was touched, try again.",
  ELOOP: () => "a link with the temporary file's name appeared in the folder: no file was touched, try again.",
};

const ITALIAN: Messages = {
  percent: (fraction, decimals) => ITALIAN_NUMBERS.percent(fraction, decimals),
  rewards: rewardWordsFor("it"),
  projects: projectValueWordsFor("it"),
  help: (version) => `perf-check ${version} – controlla il Piano della Performance in una o più cartelle di lavoro .xlsx

Uso: perf-check <file.xlsx> [altri file] [opzioni]

Opzioni:
  --periodo DATA         data di rendicontazione: gg/mm[/aaaa] o un anno (30/6, 31/07/2013, 2019);
                         senza: letta nei titoli dei fogli, altrimenti dalle colonne compilate
  --json                 risultato in JSON (un array con più file)
  --annota <out.xlsx>    scrive una copia del file con le celle anomale colorate per gravità
                         e i fogli «Anomalie» (con i collegamenti) e «Riepilogo»; il file di
                         partenza non viene mai modificato. Con più file indicare una cartella.
                         La copia è riscritta: ciò che non vi passa (grafici, tabelle pivot,
                         macro...) è elencato.
  --regole <file.json>   gravità delle regole («off» per disattivarle), soglie e regole di
                         valutazione (metodo, fasce, stati...) e premi; preset:NOME per un preset;
                         prevale sul foglio «Regole di valutazione» del file
  --lingua it|en         lingua dei testi del comando e dei messaggi delle anomalie (predefinita: it)
  --esito-zero           esce con 0 anche se trova errori (con 2 o 3 se un file non si legge o non ha un piano)
  --help, --version

Esito: 0 nessun errore, 1 errori nel piano, 2 file illeggibile o comando non valido,
3 file leggibile ma senza un piano.`,
  usage: (error) => {
    switch (error.code) {
      case "unknownOption":
        return `Opzione sconosciuta: ${error.subject}.`;
      case "missingValue":
        return `Manca il valore dell'opzione ${error.subject}.`;
      case "badPeriod":
        return `Periodo non valido: «${error.subject}». Usare una data come 30/6, 31/12 o 31/07/2013, oppure un anno come 2019.`;
      case "badLocale":
        return `Lingua non valida: «${error.subject}». Usare it oppure en.`;
      case "repeatedOption":
        return `L'opzione ${error.subject} è indicata più di una volta.`;
      case "noFiles":
        return "Indicare almeno un file .xlsx da controllare.";
    }
  },
  seeHelp: "Vedi perf-check --help.",
  severity: { errore: "ERRORE", avviso: "AVVISO", info: "INFO" },
  count: (severity, n) => pluralIt(n, ...ITALIAN_SEVERITY[severity]),
  objectivesAndIndicators: (objectives, indicators) => `${pluralIt(objectives, "obiettivo", "obiettivi")}, ${pluralIt(indicators, "indicatore", "indicatori")}`,
  period: (plan) => `data di rendicontazione ${reportingDateText(plan)} (${plan.periodSource === "given" ? "indicata con --periodo" : periodSourceWords(plan.periodSource, "it")})`,
  noAnomalies: "Nessuna anomalia.",
  planWide: "Piano",
  indicator: "ind.",
  suggestion: "Suggerimento",
  howCalculated: "Come è calcolato",
  locale: "it",
  scoresByObjective: "Punteggi per obiettivo",
  scoresByManager: "Punteggi per responsabile",
  scoreHeaders: { code: "Obiettivo", score: "Punteggio", evaluated: "Peso valutato", excluded: "Indicatori esclusi" },
  notEvaluable: "non valutabile",
  noManagers: "Nessun responsabile con pesi assegnati.",
  planNotRead: (file, detail) => `Nel file "${file}" non trovo un piano leggibile. ${detail}`,
  rulesFileMissing: (file) => `Il file di configurazione delle regole "${file}" non esiste o non si può leggere.`,
  rulesFileNotJson: (file, detail) => `Il file di configurazione delle regole "${file}" non è un JSON valido (${detail}).`,
  rulesFileInvalid: (file) => `Il file di configurazione delle regole "${file}" contiene impostazioni non valide:`,
  rulesSheetInvalid: (file) => `Il foglio «Regole di valutazione» di "${file}" contiene regole non valide:`,
  rulesSource: (source) => `Regole di valutazione: ${source}`,
  annotateNeedsFolder: (target) => `Con più file, --annota deve indicare una cartella esistente (ogni copia sarà <nome>-annotato.xlsx), non "${target}".`,
  annotateIsInput: (target) => `--annota "${target}" è uno dei file da controllare: il file di partenza non viene mai sovrascritto, indicare un altro nome.`,
  annotated: (target) => `Copia annotata scritta in ${target}`,
  annotateDropped: (dropped) => `La copia non contiene, perché perf-check non sa riscriverli: ${droppedList(dropped, ITALIAN_CONTENT)}.`,
  annotateClipped: (cells) =>
    `${cells.length === 1 ? "Una cella aveva" : `${cells.length} celle avevano`} un testo più lungo dei 32.767 caratteri che Excel ammette: nella copia è accorciato e finisce con «…» (${listCells(cells)}).`,
  annotateFailed: (target, detail) => `Non riesco a scrivere la copia annotata "${target}": ${detail}`,
  annotateForeignSheets: (sheets) =>
    `il file contiene già ${sheets.length > 1 ? "i fogli" : "il foglio"} ${sheets.map((name) => `«${name}»`).join(" e ")}, non ${sheets.length > 1 ? "scritti" : "scritto"} da perf-check: ${sheets.length > 1 ? "rinominarli" : "rinominarlo"} e riprovare (la copia conterrà i fogli «Anomalie» e «Riepilogo»).`,
  summary: (files, withErrors, unreadable) =>
    `${pluralIt(files, "file controllato", "file controllati")}: ${pluralIt(withErrors, "con errori", "con errori")}, ${pluralIt(unreadable, "illeggibile", "illeggibili")}.`,
  unexpected: (detail) => `Errore imprevisto di perf-check: ${detail}. Il controllo si è interrotto; segnalare il problema con il file che lo causa.`,
  unexpectedInFile: (file, detail) =>
    `Errore imprevisto di perf-check sul file "${file}": ${detail}. Il file non è stato controllato (gli altri sì); segnalare il problema con questo file.`,
  annotateProblem: (problem, target) => {
    switch (problem.kind) {
      case "inputUnreadable":
        return "il file di partenza non si può più leggere (è stato cambiato o tolto durante il controllo?).";
      case "foreignSheets":
        return ITALIAN.annotateForeignSheets(problem.sheets);
      case "unsafeTarget":
        return ITALIAN_UNSAFE[problem.code](target);
      case "system":
        return (ITALIAN_SYSTEM[problem.code] ?? ((code: string) => `errore del sistema${code ? ` (${code})` : ""}: ${problem.detail}`))(problem.code);
    }
  },
  unsafeTarget: (code, target) => `--annota: ${ITALIAN_UNSAFE[code](target)}`,
};

const ENGLISH: Messages = {
  percent: (fraction, decimals) => ENGLISH_NUMBERS.percent(fraction, decimals),
  rewards: rewardWordsFor("en"),
  projects: projectValueWordsFor("en"),
  help: (version) => `perf-check ${version} – checks the performance plan (Piano della Performance) in one or more .xlsx workbooks

Usage: perf-check <file.xlsx> [more files] [options]

Options:
  --periodo DATE         reporting date: dd/mm[/yyyy] or a year (30/6, 31/07/2013, 2019);
                         default: read in the sheets' titles, else from the filled columns
  --json                 JSON output (an array with several files)
  --annota <out.xlsx>    writes a copy of the file with anomalous cells filled by severity and the
                         sheets "Anomalie" (with links) and "Riepilogo"; the input is never modified.
                         With several files give a folder. The copy is rewritten: what it does
                         not carry over (charts, pivot tables, macros...) is listed.
  --regole <file.json>   rule severities ("off" turns a rule off), thresholds and scoring rules
                         (method, bands, statuses...) and rewards; preset:NAME for a preset; overrides
                         the file's «Regole di valutazione» sheet
  --lingua it|en         language of the command's texts and of the anomalies' messages (default: it)
  --esito-zero           exit 0 even when errors are found (2 or 3 still mean an unreadable file or one with no plan)
  --help, --version

Exit code: 0 no errors, 1 errors in the plan, 2 unreadable file or invalid command,
3 readable file with no plan in it.`,
  usage: (error) => {
    switch (error.code) {
      case "unknownOption":
        return `Unknown option: ${error.subject}.`;
      case "missingValue":
        return `The option ${error.subject} needs a value.`;
      case "badPeriod":
        return `Invalid period: "${error.subject}". Use a date such as 30/6, 31/12 or 31/07/2013, or a year such as 2019.`;
      case "badLocale":
        return `Invalid language: "${error.subject}". Use it or en.`;
      case "repeatedOption":
        return `The option ${error.subject} is given more than once.`;
      case "noFiles":
        return "Give at least one .xlsx file to check.";
    }
  },
  seeHelp: "See perf-check --help.",
  severity: { errore: "ERROR", avviso: "WARNING", info: "INFO" },
  count: (severity, n) => pluralEn(n, ...ENGLISH_SEVERITY[severity]),
  objectivesAndIndicators: (objectives, indicators) => `${pluralEn(objectives, "objective", "objectives")}, ${pluralEn(indicators, "indicator", "indicators")}`,
  period: (plan) => `reporting date ${reportingDateText(plan)} (${plan.periodSource === "given" ? "given with --periodo" : periodSourceWords(plan.periodSource, "en")})`,
  noAnomalies: "No anomalies.",
  planWide: "Plan",
  indicator: "ind.",
  suggestion: "Suggestion",
  howCalculated: "How it is calculated",
  locale: "en",
  scoresByObjective: "Scores by objective",
  scoresByManager: "Scores by manager",
  scoreHeaders: { code: "Objective", score: "Score", evaluated: "Weight evaluated", excluded: "Indicators excluded" },
  notEvaluable: "not evaluable",
  noManagers: "No manager with assigned weights.",
  planNotRead: (file, detail) => `No readable plan found in "${file}". ${detail}`,
  rulesFileMissing: (file) => `The rules configuration file "${file}" does not exist or cannot be read.`,
  rulesFileNotJson: (file, detail) => `The rules configuration file "${file}" is not valid JSON (${detail}).`,
  rulesFileInvalid: (file) => `The rules configuration file "${file}" has invalid settings:`,
  rulesSheetInvalid: (file) => `The «Regole di valutazione» sheet of "${file}" has invalid rules:`,
  rulesSource: (source) => `Scoring rules: ${source}`,
  annotateNeedsFolder: (target) => `With several files, --annota must name an existing folder (each copy will be <name>-annotato.xlsx), not "${target}".`,
  annotateIsInput: (target) => `--annota "${target}" is one of the files to check: the input file is never overwritten, choose another name.`,
  annotated: (target) => `Annotated copy written to ${target}`,
  annotateDropped: (dropped) => `The copy does not hold, because perf-check cannot rewrite them: ${droppedList(dropped, ENGLISH_CONTENT)}.`,
  annotateClipped: (cells) =>
    `${cells.length === 1 ? "One cell" : `${cells.length} cells`} had a text longer than the 32,767 characters Excel allows: in the copy it is clipped and ends with "…" (${listCells(cells)}).`,
  annotateFailed: (target, detail) => `Cannot write the annotated copy "${target}": ${detail}`,
  annotateForeignSheets: (sheets) =>
    `the file already has ${sheets.length > 1 ? "sheets" : "a sheet"} ${sheets.map((name) => `"${name}"`).join(" and ")} not written by perf-check: rename ${sheets.length > 1 ? "them" : "it"} and try again (the copy will hold the sheets "Anomalie" and "Riepilogo").`,
  summary: (files, withErrors, unreadable) =>
    `${pluralEn(files, "file checked", "files checked")}: ${ENGLISH_NUMBERS.number(withErrors)} with errors, ${ENGLISH_NUMBERS.number(unreadable)} unreadable.`,
  unexpected: (detail) => `Unexpected perf-check error: ${detail}. The check stopped; please report it with the file that causes it.`,
  unexpectedInFile: (file, detail) =>
    `Unexpected perf-check error on the file "${file}": ${detail}. That file was not checked (the others were); please report it with this file.`,
  annotateProblem: (problem, target) => {
    switch (problem.kind) {
      case "inputUnreadable":
        return "the input file can no longer be read (was it changed or removed during the check?).";
      case "foreignSheets":
        return ENGLISH.annotateForeignSheets(problem.sheets);
      case "unsafeTarget":
        return ENGLISH_UNSAFE[problem.code](target);
      case "system":
        return (ENGLISH_SYSTEM[problem.code] ?? ((code: string) => `system error${code ? ` (${code})` : ""}: ${problem.detail}`))(problem.code);
    }
  },
  unsafeTarget: (code, target) => `--annota: ${ENGLISH_UNSAFE[code](target)}`,
};

/**
 * The same messages with every text they quote (file names, sheet names, details) made safe to
 * print: a name with a line break or an escape sequence cannot forge or hide a line.
 */
function withSafeQuotes(messages: Messages): Messages {
  const safe = (value: unknown): unknown => (typeof value === "string" ? safeText(value) : Array.isArray(value) ? value.map(safe) : value);
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    wrapped[key] = typeof value === "function" ? (...args: unknown[]) => (value as (...inner: unknown[]) => unknown)(...args.map(safe)) : value;
  }
  return wrapped as unknown as Messages;
}

const SAFE_ITALIAN = withSafeQuotes(ITALIAN);
const SAFE_ENGLISH = withSafeQuotes(ENGLISH);

export function messagesFor(locale: Locale): Messages {
  return locale === "en" ? SAFE_ENGLISH : SAFE_ITALIAN;
}
