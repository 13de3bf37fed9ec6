/**
 * The seed report's own figures, reproduced by the built PERF.SCOSTAMENTO from the texts as
 * written (test/fixtures/plan-2020.json): result against the 30/6 target. Fourteen indicators
 * declare a numeric deviation; the reduction indicator 2.2/1 is decrescente (-2,13% against
 * -2,00% is +0,13%), and the targets "almeno ..." are bounds.
 */
import plan from "../fixtures/plan-2020.json";
import { readCellValue } from "../../src/core/values/readCellValue";
import { callAsExcel, useBuiltFunctions, singleValue } from "./builtFunctions";

interface SeedIndicator {
  n: number;
  resultText: string | null;
  target30_6Text: string | null;
  deviationText: string | null;
  resultLines?: string[];
}

const indicators = plan.objectives.flatMap((objective) =>
  (objective.indicators as SeedIndicator[]).map((indicator) => ({ code: objective.code, ...indicator })),
);

interface SeedCase {
  code: string;
  n: number;
  polarity?: string;
  /** The reading the report used, when the written result holds several quantities. */
  resultUsed?: string;
}

const SEED_DEVIATIONS: SeedCase[] = [
  { code: "STRAT", n: 1 },
  { code: "STRAT", n: 3 },
  // "2301 iscritti ... / 1361 partecipanti ...": the report's 861 counts the participants.
  { code: "STRAT", n: 4, resultUsed: "1361 partecipanti" },
  { code: "1.1", n: 1 },
  { code: "1.1", n: 2 },
  { code: "1.2", n: 1 },
  { code: "1.2", n: 2 },
  { code: "2.1", n: 3 },
  { code: "2.1", n: 4 },
  { code: "2.2", n: 1, polarity: "decrescente" },
  { code: "2.2", n: 2 },
  { code: "2.2", n: 3 },
  { code: "2.2", n: 4 },
  { code: "AS", n: 1 },
];

function indicator(code: string, n: number): SeedIndicator {
  const found = indicators.find((item) => item.code === code && item.n === n);
  if (!found) throw new Error(`${code}/${n} not in the seed`);
  return found;
}

function declaredDeviation(text: string | null): number | null {
  const value = readCellValue(text ?? "");
  return value.kind === "quantity" ? value.value : null;
}

const loaded = useBuiltFunctions();

describe("PERF.SCOSTAMENTO on the seed plan", () => {
  it("covers exactly the fourteen indicators whose declared deviation is a number", () => {
    const numeric = indicators.filter((item) => declaredDeviation(item.deviationText) !== null);
    expect(numeric.map((item) => `${item.code}/${item.n}`)).toEqual(SEED_DEVIATIONS.map((item) => `${item.code}/${item.n}`));
  });

  it.each(SEED_DEVIATIONS)("reproduces the deviation of $code/$n", ({ code, n, polarity, resultUsed }) => {
    const seed = indicator(code, n);
    const result = resultUsed ?? seed.resultText;
    const args = polarity ? [result, seed.target30_6Text, polarity] : [result, seed.target30_6Text];
    const expected = declaredDeviation(seed.deviationText) ?? Number.NaN;
    const actual = singleValue(callAsExcel(loaded, "SCOSTAMENTO", ...args)) as number;
    expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
  });

  it("takes the reading of STRAT/4 from the seed's own second line", () => {
    expect(indicator("STRAT", 4).resultLines?.[1]?.startsWith("1361 partecipanti")).toBe(true);
  });

  it("refuses the two-line result of STRAT/4 as written, naming the quantities it holds", () => {
    const seed = indicator("STRAT", 4);
    const answer = callAsExcel(loaded, "SCOSTAMENTO", seed.resultText, seed.target30_6Text);
    expect(answer).toEqual({ error: { code: "#VALUE!", message: expect.stringMatching(/^risultato: .*1\.361 partecipanti/) } });
  });

  it("reads the reduction indicator 2.2/1 as -2,13% against -2,00% = +0,13%, not -0,13%", () => {
    const seed = indicator("2.2", 1);
    const decreasing = singleValue(callAsExcel(loaded, "SCOSTAMENTO", seed.resultText, seed.target30_6Text, "decrescente"));
    const increasing = singleValue(callAsExcel(loaded, "SCOSTAMENTO", seed.resultText, seed.target30_6Text));
    expect(decreasing).toBeCloseTo(0.0013, 12);
    expect(increasing).toBeCloseTo(-0.0013, 12);
  });

  it("gives the whole column at once when result and target are ranges", () => {
    const rows = SEED_DEVIATIONS.filter((item) => !item.polarity && !item.resultUsed).map((item) => indicator(item.code, item.n));
    const answer = callAsExcel(
      loaded,
      "SCOSTAMENTO",
      rows.map((row) => [row.resultText]),
      rows.map((row) => [row.target30_6Text]),
    );
    if (!("value" in answer)) throw new Error(`expected an array, got ${answer.error.code} ${answer.error.message ?? ""}`);
    const values = answer.value as number[][];
    expect(values).toHaveLength(rows.length);
    values.forEach((line, index) => expect(line[0]).toBeCloseTo(declaredDeviation(rows[index]?.deviationText ?? null) ?? Number.NaN, 6));
  });
});
