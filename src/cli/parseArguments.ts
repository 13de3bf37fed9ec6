/**
 * The command line's arguments: files to check and options, Italian names first
 * (English aliases accepted). Returns what was asked or a usage error; never throws.
 */
import { parsePeriod, type Period } from "../core/plan/reportingDate";
import { isLocale, type Locale } from "./messages";

export interface CliOptions {
  files: string[];
  period?: Period;
  json: boolean;
  annotate?: string;
  rulesFile?: string;
  locale: Locale;
  /** Exit 0 even when anomalies of severity "errore" are found (unreadable files still exit 2). */
  exitZero: boolean;
  help: boolean;
  version: boolean;
}

export type UsageErrorCode = "unknownOption" | "missingValue" | "badPeriod" | "badLocale" | "noFiles" | "repeatedOption";

export interface UsageError {
  code: UsageErrorCode;
  /** The option or value concerned. */
  subject: string;
}

export type ParsedArguments = { ok: true; options: CliOptions } | { ok: false; error: UsageError; locale: Locale };

type ValueOption = "period" | "annotate" | "rulesFile" | "locale";
type FlagOption = "json" | "exitZero" | "help" | "version";

const VALUE_OPTIONS: Record<string, ValueOption> = {
  "--periodo": "period",
  "--period": "period",
  "--annota": "annotate",
  "--annotate": "annotate",
  "--regole": "rulesFile",
  "--rules": "rulesFile",
  "--lingua": "locale",
  "--language": "locale",
};

const FLAG_OPTIONS: Record<string, FlagOption> = {
  "--json": "json",
  "--esito-zero": "exitZero",
  "--exit-zero": "exitZero",
  "--help": "help",
  "--aiuto": "help",
  "-h": "help",
  "--version": "version",
  "--versione": "version",
  "-v": "version",
};

function fail(code: UsageErrorCode, subject: string, locale: Locale): ParsedArguments {
  return { ok: false, error: { code, subject }, locale };
}

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const options: CliOptions = { files: [], json: false, locale: "it", exitZero: false, help: false, version: false };
  const values: Partial<Record<ValueOption, string>> = {};
  let onlyFiles = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? "";
    if (onlyFiles || !argument.startsWith("-") || argument === "-") {
      options.files.push(argument);
      continue;
    }
    if (argument === "--") {
      onlyFiles = true;
      continue;
    }
    const [name = "", inline] = argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
    const flag = FLAG_OPTIONS[name];
    if (flag && inline === undefined) {
      options[flag] = true;
      continue;
    }
    const valueOption = VALUE_OPTIONS[name];
    if (!valueOption) return fail("unknownOption", argument, options.locale);
    const value = inline ?? argv[index + 1];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return fail("missingValue", name, options.locale);
    if (inline === undefined) index += 1;
    if (values[valueOption] !== undefined) return fail("repeatedOption", name, options.locale);
    values[valueOption] = value;
    if (valueOption === "locale") {
      if (!isLocale(value)) return fail("badLocale", value, options.locale);
      options.locale = value;
    }
  }
  if (values.period !== undefined) {
    const period = parsePeriod(values.period);
    if (!period) return fail("badPeriod", values.period, options.locale);
    options.period = period;
  }
  if (values.annotate !== undefined) options.annotate = values.annotate;
  if (values.rulesFile !== undefined) options.rulesFile = values.rulesFile;
  if (options.files.length === 0 && !options.help && !options.version) return fail("noFiles", "", options.locale);
  return { ok: true, options };
}
