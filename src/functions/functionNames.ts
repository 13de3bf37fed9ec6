/**
 * The PERF functions' names in each language Excel may know them by. A function's id is its
 * Italian name (functions.json, generated from the JSDoc of functions.ts); the English name is
 * the one functions.en-US.json gives it. This small table lets the pane write formulas without
 * loading the metadata; test/functions/localisation.test.ts checks it against both files.
 */
export const FUNCTION_NAMESPACE = "PERF";

/** English name by id (= Italian name). */
export const ENGLISH_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  SCOSTAMENTO: "DEVIATION",
  "SCOSTAMENTO.PERC": "DEVIATION.PCT",
  RAGGIUNGIMENTO: "ACHIEVEMENT",
  STATO: "STATUS",
  PUNTEGGIO: "SCORE",
  VERIFICAPESI: "CHECKWEIGHTS",
  NUMERO: "NUMBER",
  VALOREPROGETTO: "PROJECTVALUE",
  FASCIA: "BAND",
};
