/**
 * The bad-input matrix of the PERF functions: for every function, a valid call (as a clerk would
 * write it), and the bad values Excel can hand to any one argument: blanks, texts, Italian texts,
 * logical values, Excel errors (as error values and as the texts range.values gives), zeros,
 * extreme and non-finite numbers, and ranges of the wrong shape.
 */
import { OMITTED } from "../../functions/builtFunctions";
import { StubExcelError } from "../../functions/excelRuntimeStub";

/** A valid call of each function, argument by argument, in Excel's order. */
export const VALID_CALLS: Record<string, unknown[]> = {
  SCOSTAMENTO: [0.8955, 0.88, "crescente"],
  "SCOSTAMENTO.PERC": ["-2,13%", "-2,00%", "decrescente"],
  RAGGIUNGIMENTO: [1361, 500, "crescente", 300, 1.2, 0.1, "baseline"],
  STATO: ["2.870 campioni", "almeno 2.000 campioni", "crescente", 0.5],
  PUNTEGGIO: [[[0.9], [0.8], [""]], [["50%"], ["30%"], ["20%"]], 1],
  VERIFICAPESI: [[["33,33%"], ["33,33%"], ["33,34%"]], "100%", 0.1],
  NUMERO: ["€ 1.800.000,00"],
  VALOREPROGETTO: [3106, 5, "90%"],
  FASCIA: [0.7, [[0], [0.6], [0.95]], [[0], ["proporzionale"], [1]]],
};

/** Arguments that are not broadcast against the others (0-based): PERF.FASCIA's bands are one list for every achievement. */
export const NOT_BROADCAST: Readonly<Record<string, readonly number[]>> = { FASCIA: [1, 2] };

export interface BadValue {
  label: string;
  value: unknown;
}

const bad = (label: string, value: unknown): BadValue => ({ label, value });

export const BAD_VALUES: readonly BadValue[] = [
  bad("a blank cell", ""),
  bad("an omitted argument", OMITTED),
  bad("undefined", undefined),
  bad("a plain text", "abc"),
  bad("an Italian number", "1.234,56"),
  bad("an Italian percentage", "89,55%"),
  bad("an amount in euro", "€ 1.800.000,00"),
  bad("a bound", "almeno 300 dispositivi"),
  bad("a milestone", "Avvio"),
  bad("a placeholder", "//"),
  bad("an ambiguous text", "2301 iscritti / 1361 partecipanti"),
  bad("TRUE", true),
  bad("FALSE", false),
  bad("the error value #N/A", new StubExcelError("#N/A")),
  bad("the error value #DIV/0!", new StubExcelError("#DIV/0!")),
  bad("the error value #REF!", new StubExcelError("#REF!")),
  bad("the error text #N/D", "#N/D"),
  bad("the error text #VALORE!", "#VALORE!"),
  bad("0", 0),
  bad("-0", -0),
  bad("1e308", 1e308),
  bad("-1e308", -1e308),
  bad("the smallest double", 5e-324),
  bad("NaN", Number.NaN),
  bad("Infinity", Number.POSITIVE_INFINITY),
  bad("an empty range", []),
  bad("a range with an empty row", [[]]),
  bad("a ragged range", [[1, 2], [3]]),
  bad("a 3×2 range", [[1, 2], [3, 4], [5, 6]]),
  bad("a range of ranges", [[[1]]]),
  bad("a range of mixed bad cells", [["89,55%", true], ["", "#N/D"]]),
  bad("an object", {}),
];

/** Combinations that make naive arithmetic produce NaN or Infinity. */
export const NAN_PRODUCING_CALLS: readonly [string, unknown[]][] = [
  ["SCOSTAMENTO", [1e308, -1e308]],
  ["SCOSTAMENTO", [-1e308, 1e308, "decrescente"]],
  ["SCOSTAMENTO.PERC", [0, 0]],
  ["SCOSTAMENTO.PERC", [1e308, 1e-308]],
  ["SCOSTAMENTO.PERC", [1e308, -1e308]],
  ["RAGGIUNGIMENTO", [1e308, 1e-308]],
  ["RAGGIUNGIMENTO", [0, 0]],
  ["RAGGIUNGIMENTO", [5, 5, "crescente", 5]],
  ["RAGGIUNGIMENTO", [1e308, -1e308, "crescente", 1e308]],
  ["RAGGIUNGIMENTO", [-1e308, 1e308, "decrescente", -1e308, 1e308]],
  ["STATO", [0, 0]],
  ["STATO", [1e308, -1e308]],
  ["PUNTEGGIO", [[[1], [1]], [[0], [0]]]],
  ["PUNTEGGIO", [[[1e308], [1e308]], [[1e308], [1e308]]]],
  ["PUNTEGGIO", [[[1], [1]], [[-0], [0]]]],
  ["VERIFICAPESI", [[[1e308], [-1e308]]]],
  ["VERIFICAPESI", [[[1e308], [1e308]], 1e308, 1e308]],
  ["NUMERO", ["9".repeat(400)]],
  ["VALOREPROGETTO", [1e308, 1e308]],
  ["VALOREPROGETTO", [1e308, 10, 1e308]],
  ["VALOREPROGETTO", [0, 0, 0]],
];
