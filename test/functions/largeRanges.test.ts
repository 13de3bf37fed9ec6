/**
 * PERF functions on the ranges Excel hands them: a whole column (L:L, 1.048.576 rows) with a few
 * filled rows answers its filled rows as a short range would, and its blank tail once, shared
 * by every tail row; a column against a row is a table bounded by MAX_BROADCAST_CELLS, beyond
 * which the answer is a #VALUE! that says why. (How long they take is measured in npm run bench.)
 */
import { MAX_BROADCAST_CELLS, mapBroadcast } from "../../src/functions/broadcast";
import { answer, notEvaluable } from "../../src/functions/cellAnswer";
import { callAsExcel, useBuiltFunctions } from "./builtFunctions";

const loaded = useBuiltFunctions();
const WHOLE_COLUMN = 1_048_576;
const FILLED = 44;

/** A column of `rows` cells, the first ones filled by `value`, the rest blank as Excel sends them (null). */
function column(rows: number, value: (i: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, i) => [i < FILLED ? value(i) : null]);
}

const results = (rows: number) => column(rows, (i) => (i % 4 === 0 ? "Avviato" : 10 + i));
const targets = (rows: number) => column(rows, (i) => (i % 4 === 0 ? "Avvio" : 20));
const polarities = (rows: number) => column(rows, (i) => (i % 4 === 0 ? "milestone" : "crescente"));
let wholeColumns: unknown[][][] = [];

beforeAll(() => {
  wholeColumns = [results(WHOLE_COLUMN), targets(WHOLE_COLUMN), polarities(WHOLE_COLUMN)];
});

describe("a whole column with 44 filled rows", () => {
  it("is computed once per filled row and once for the whole blank tail", () => {
    let calls = 0;
    const answered = mapBroadcast([{ name: "risultato", value: wholeColumns[0] }, { name: "target", value: wholeColumns[1] }], ([result]) => {
      calls += 1;
      return result === null ? notEvaluable("cella vuota") : answer(1);
    });
    expect(calls).toBe(FILLED + 1);
    expect(answered.ok && answered.value.length).toBe(WHOLE_COLUMN);
  });

  it.each(["SCOSTAMENTO", "SCOSTAMENTO.PERC", "RAGGIUNGIMENTO", "STATO"])("gives PERF.%s's filled rows the answers of the 44-row range", (id) => {
    const whole = callAsExcel(loaded, id, ...wholeColumns);
    const short = callAsExcel(loaded, id, results(FILLED), targets(FILLED), polarities(FILLED));
    if (!("value" in whole) || !("value" in short)) throw new Error("no array answer");
    const wholeRows = whole.value as unknown[][];
    expect(wholeRows).toHaveLength(WHOLE_COLUMN);
    expect(wholeRows.slice(0, FILLED)).toEqual(short.value);
  });

  it("answers every tail row with the blank cells' answer, naming the rows", () => {
    const whole = callAsExcel(loaded, "SCOSTAMENTO", wholeColumns[0], wholeColumns[1]);
    const rows = "value" in whole ? (whole.value as unknown[][]) : [];
    for (const index of [FILLED, 100_000, WHOLE_COLUMN - 1]) {
      expect(rows[index]).toEqual([{ code: "#N/A", message: "righe 45–1.048.576: Risultato non ancora disponibile (cella vuota)." }]);
    }
  });

  it("answers a single blank row at the end of a range by itself, as before", () => {
    const answerOf = callAsExcel(loaded, "SCOSTAMENTO", [[56], [null]], [[32], [null]]);
    expect("value" in answerOf && answerOf.value).toEqual([[24], [{ code: "#N/A", message: "riga 2: Risultato non ancora disponibile (cella vuota)." }]]);
  });

  it.each([
    ["PUNTEGGIO", [column(WHOLE_COLUMN, (i) => (i % 2 === 0 ? 1 : 0.5)), column(WHOLE_COLUMN, () => 1 / FILLED)], [column(FILLED, (i) => (i % 2 === 0 ? 1 : 0.5)), column(FILLED, () => 1 / FILLED)]],
    ["VERIFICAPESI", [column(WHOLE_COLUMN, () => 1 / FILLED)], [column(FILLED, () => 1 / FILLED)]],
    ["VERIFICAPESI", [column(WHOLE_COLUMN, () => 0.02)], [column(FILLED, () => 0.02)]],
  ])("gives PERF.%s the answer of its filled rows", (id, wholeArgs, shortArgs) => {
    expect(callAsExcel(loaded, id, ...wholeArgs)).toEqual(callAsExcel(loaded, id, ...shortArgs));
  });
});

describe("a column against a row", () => {
  const columnOf = (rows: number) => Array.from({ length: rows }, (_, i) => [i + 1]);
  const rowOf = (columns: number) => [Array.from({ length: columns }, (_, i) => i + 1)];

  it("is refused beyond the limit with a #VALUE! naming the shapes and the limit (1.000 × 500)", () => {
    const refused = callAsExcel(loaded, "SCOSTAMENTO", columnOf(1000), rowOf(500));
    expect(refused).toEqual({
      error: {
        code: "#VALUE!",
        message:
          "Una colonna contro una riga: risultato 1000×1, target 1×500, polarità 1×1 darebbero una tabella di 500.000 celle (1000×500), oltre il limite di 10.000. Usare intervalli della stessa forma, ad esempio due colonne.",
      },
    });
  });

  it("is answered cell by cell up to the limit", () => {
    expect(MAX_BROADCAST_CELLS).toBe(10_000);
    const table = callAsExcel(loaded, "SCOSTAMENTO", columnOf(100), rowOf(100));
    const rows = "value" in table ? (table.value as number[][]) : [];
    expect(rows).toHaveLength(100);
    expect(rows[9]?.[4]).toBe(10 - 5);
  });

  it("is not limited when the ranges have the same shape (more rows than the limit against as many)", () => {
    const rows = 2 * MAX_BROADCAST_CELLS;
    const figures = Array.from({ length: rows }, (_, i) => [i]);
    const answered = callAsExcel(loaded, "SCOSTAMENTO", figures, figures);
    expect("value" in answered && (answered.value as unknown[][]).length).toBe(rows);
  });
});
