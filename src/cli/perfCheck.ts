/**
 * perf-check: checks the performance plan in one or more .xlsx files with the same
 * core as the Excel add-in, and reports anomalies and scores as text or JSON,
 * optionally writing an annotated copy of each file.
 *
 * Exit code: 0 no anomaly of severity "errore" (or --esito-zero); 1 errors in a
 * plan; 2 a file cannot be read, the command or the rules file is invalid, or a copy
 * cannot be written; 3 a file can be read but holds no plan (and none is unreadable).
 * Messages go to stderr, never a stack trace.
 */
import packageJson from "../../package.json";
import { annotateWorkbook } from "./annotateWorkbook";
import { annotationTargets } from "./annotationTargets";
import { checkFile, type CheckedFile, type FileCheck } from "./checkFile";
import { formatJsonReport } from "./formatJsonReport";
import { formatTextReport } from "./formatTextReport";
import { loadRulesFile, type RulesInput } from "./loadRulesFile";
import { messagesFor, type Messages } from "./messages";
import { parseArguments, type CliOptions } from "./parseArguments";
import { safeLines, safeText } from "../xlsx/terminalText";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_PLAN_ERRORS = 1;
export const EXIT_UNREADABLE = 2;
export const EXIT_NO_PLAN = 3;

interface RunState {
  /** What came of every file, in the order given: a report or why there is none. */
  results: FileCheck[];
  checked: CheckedFile[];
  failures: number;
  noPlan: number;
}

async function checkAll(options: CliOptions, messages: Messages, io: CliIo, targets: string[] | null, rules: RulesInput | undefined): Promise<RunState> {
  const state: RunState = { results: [], checked: [], failures: 0, noPlan: 0 };
  const several = options.files.length > 1;
  for (const [index, file] of options.files.entries()) {
    if (several) io.stderr(`[${index + 1}/${options.files.length}] ${safeText(file)} ...\n`);
    const result = await checkFile(file, { locale: options.locale, ...(options.period ? { period: options.period } : {}), ...(rules ? { rules } : {}) });
    state.results.push(result);
    if (!result.ok) {
      io.stderr(`${result.message}\n`);
      if (result.code === "noPlan") state.noPlan += 1;
      else state.failures += 1;
      continue;
    }
    state.checked.push(result);
    if (!options.json) io.stdout(`${state.checked.length > 1 ? "\n" : ""}${formatTextReport(result, messages)}`);
    const target = targets?.[index];
    if (target === undefined) continue;
    const annotated = await annotateWorkbook(file, target, { ...result, locale: options.locale });
    if (!annotated.ok) {
      io.stderr(`${messages.annotateFailed(target, messages.annotateProblem(annotated.problem, target))}\n`);
      state.failures += 1;
    } else {
      const written = [
        messages.annotated(target),
        ...(annotated.clipped.length > 0 ? [messages.annotateClipped(annotated.clipped)] : []),
        ...(annotated.dropped.length > 0 ? [messages.annotateDropped(annotated.dropped)] : []),
      ].join("\n");
      if (options.json) io.stderr(`${written}\n`);
      else io.stdout(`\n${written}\n`);
    }
  }
  return state;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    const messages = messagesFor(parsed.locale);
    io.stderr(`${messages.usage(parsed.error)} ${messages.seeHelp}\n`);
    return EXIT_UNREADABLE;
  }
  const { options } = parsed;
  const messages = messagesFor(options.locale);
  if (options.help) {
    io.stdout(`${messages.help(packageJson.version)}\n`);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${packageJson.version}\n`);
    return EXIT_OK;
  }
  let rules: RulesInput | undefined;
  if (options.rulesFile !== undefined) {
    const loaded = await loadRulesFile(options.rulesFile, messages);
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return EXIT_UNREADABLE;
    }
    rules = loaded;
  }
  let targets: string[] | null = null;
  if (options.annotate !== undefined) {
    const resolved = await annotationTargets(options.files, options.annotate, messages);
    if (!resolved.ok) {
      io.stderr(`${resolved.message}\n`);
      return EXIT_UNREADABLE;
    }
    targets = resolved.targets;
  }
  const state = await checkAll(options, messages, io, targets, rules);
  const several = options.files.length > 1;
  if (options.json) io.stdout(formatJsonReport(state.results, several));
  const withErrors = state.checked.filter((file) => file.anomalies.some((anomaly) => anomaly.severity === "errore")).length;
  if (several && !options.json) io.stdout(`\n${messages.summary(options.files.length, withErrors, options.files.length - state.checked.length)}\n`);
  if (state.failures > 0) return EXIT_UNREADABLE;
  if (state.noPlan > 0) return EXIT_NO_PLAN;
  return withErrors > 0 && !options.exitZero ? EXIT_PLAN_ERRORS : EXIT_OK;
}

/**
 * The whole command, with injected output streams; returns the exit code and never throws.
 * Whatever it prints goes through safeLines: no text from a file can act on the terminal.
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { stdout: (text) => rawIo.stdout(safeLines(text)), stderr: (text) => rawIo.stderr(safeLines(text)) };
  try {
    return await run(argv, io);
  } catch (error) {
    const locale = argv.some((argument, i) => argument === "--lingua=en" || (argument === "--lingua" && argv[i + 1] === "en")) ? "en" : "it";
    io.stderr(`${messagesFor(locale).unexpected(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_UNREADABLE;
  }
}

/**
 * The process's own streams. A reader that stops reading (`perf-check piano.xlsx | head`) makes
 * writes fail with EPIPE: that stream is then left alone, the run ends normally (a copy being
 * written is still written, its temporary file never left) instead of crashing with a stack trace.
 */
function processIo(): CliIo {
  const open = { stdout: true, stderr: true };
  for (const name of ["stdout", "stderr"] as const) {
    process[name].on("error", () => {
      open[name] = false;
    });
  }
  return {
    stdout: (text) => {
      if (open.stdout) process.stdout.write(text);
    },
    stderr: (text) => {
      if (open.stderr) process.stderr.write(text);
    },
  };
}

if (require.main === module) {
  const io = processIo();
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_UNREADABLE;
    },
  );
}
