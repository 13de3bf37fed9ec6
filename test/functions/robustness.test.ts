/**
 * Whatever Excel (or a user) passes, a PERF function answers with a value or a
 * CustomFunctions.Error, never another exception, and never NaN or an infinite number.
 * Property tests over arbitrary cells, ranges and omitted arguments, on the built functions.js.
 */
import fc from "fast-check";
import { formatItalianNumber, formatItalianPercent } from "../../src/core/wording/formatNumbers";
import { callAsExcel, useBuiltFunctions, OMITTED, singleValue } from "./builtFunctions";
import { StubExcelError } from "./excelRuntimeStub";

const loaded = useBuiltFunctions();

const WORDS = ["crescente", "decrescente", "milestone", "Avviato", "sì", "no", "-", "//", "nessuno", "almeno 4 eventi", "#N/D", "abc", ""];

const cellValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => formatItalianNumber(value)),
  fc.double({ min: -10, max: 10, noNaN: true }).map((value) => formatItalianPercent(value)),
);

const range = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) => fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

const oddArgument = fc.oneof(fc.constant([]), fc.constant([[]]), fc.constant([[1, 2], [3]]), fc.constant({}), fc.constant([[[1]]]));

const argument = fc.oneof({ weight: 4, arbitrary: cellValue }, { weight: 3, arbitrary: range }, { weight: 1, arbitrary: oddArgument }, {
  weight: 1,
  arbitrary: fc.constant(OMITTED),
});

function isAcceptableCell(cell: unknown): boolean {
  if (cell instanceof StubExcelError) return typeof cell.code === "string";
  if (typeof cell === "number") return Number.isFinite(cell);
  return typeof cell === "string" || typeof cell === "boolean";
}

const IDS = ["SCOSTAMENTO", "SCOSTAMENTO.PERC", "RAGGIUNGIMENTO", "STATO", "PUNTEGGIO", "VERIFICAPESI", "NUMERO", "VALOREPROGETTO", "FASCIA"];

describe("every PERF function, on arbitrary arguments", () => {
  it.each(IDS)("%s answers a finite value or an Excel error, never an exception", (id) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: 6 }), (args) => {
        const answer = callAsExcel(loaded, id, ...args);
        if ("error" in answer) return ["#VALUE!", "#N/A", "#DIV/0!"].includes(answer.error.code);
        const cells = Array.isArray(answer.value) ? (answer.value as unknown[][]).flat() : [answer.value];
        return cells.length > 0 && cells.every(isAcceptableCell);
      }),
      { numRuns: 300 },
    );
  });
});

describe("PERF.NUMERO reads back what an Italian formatter wrote", () => {
  it("for numbers with thousands and decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = formatItalianNumber(value, 2);
        const read = singleValue(callAsExcel(loaded, "NUMERO", text)) as number;
        return Math.abs(read - Number(value.toFixed(2))) < 1e-6;
      }),
    );
  });

  it("for percentages, as fractions", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (hundredths) => {
        const read = singleValue(callAsExcel(loaded, "NUMERO", formatItalianPercent(hundredths / 10_000, 2))) as number;
        return Math.abs(read - hundredths / 10_000) < 1e-9;
      }),
    );
  });
});
