/**
 * Formulas the add-in writes («Inserisci modello», «Carica esempio», reports) name the PERF
 * functions in the language of the Excel that will read them.
 *
 * `range.formulas` takes formulas in English syntax (commas, "." decimals, English names of
 * Excel's own functions) whatever the user's language
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member:
 * "Represents the formula in A1-style notation"; its locale twin is `formulasLocal`, "in the
 * user's language and number-formatting locale"). A custom function, however, is known by the
 * name its metadata gives it, and Excel loads the metadata file the manifest names for the
 * display language (bt:Override by Locale; "Localize custom functions",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-localize). In an English
 * Excel the functions are PERF.DEVIATION..., and a formula written with PERF.SCOSTAMENTO is
 * reported to become #NAME?. So the add-in writes each PERF name as the language rule that
 * picked the metadata (addinLanguage, the same as the manifest's overrides) says: Italian ids
 * in Italian Excel, English names in English Excel. Once written, Excel stores the function by
 * its id, which is the same in every language.
 *
 * Text inside quotes is never touched ("PERF.SCOSTAMENTO(" as a literal stays as written).
 */
import type { AddinLanguage } from "../core/wording/addinLanguage";
import { ENGLISH_FUNCTION_NAMES, FUNCTION_NAMESPACE } from "../functions/functionNames";

const ITALIAN_NAME_BY_ENGLISH: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ENGLISH_FUNCTION_NAMES).map(([id, english]) => [english, id]),
);

/** "PERF.NAME(" where NAME is letters, digits and periods; the namespace not preceded by a name character. */
const CALL = new RegExp(`(^|[^A-Za-z0-9_.])${FUNCTION_NAMESPACE}\\.([A-Za-z][A-Za-z0-9.]*)(\\s*\\()`, "g");

function renameCall(name: string, language: AddinLanguage): string {
  const upper = name.toUpperCase();
  if (language === "en") return ENGLISH_FUNCTION_NAMES[upper] ?? name;
  return ITALIAN_NAME_BY_ENGLISH[upper] ?? name;
}

/** The formula with every PERF function named as the Excel of `language` knows it. */
export function formulaForLanguage(formula: string, language: AddinLanguage): string {
  if (!formula.includes(`${FUNCTION_NAMESPACE}.`)) return formula;
  // Split on double quotes: even parts are formula text, odd parts are string literals.
  return formula
    .split('"')
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(CALL, (_whole, before: string, name: string, open: string) => `${before}${FUNCTION_NAMESPACE}.${renameCall(name, language)}${open}`),
    )
    .join('"');
}
