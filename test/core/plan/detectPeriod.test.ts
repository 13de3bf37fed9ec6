import { detectPeriod, periodNamedIn } from "../../../src/core/plan/detectPeriod";
import type { Indicator, PlanCell } from "../../../src/core/plan/planModel";
import { readCellValue } from "../../../src/core/values/readCellValue";

function planCell(raw: unknown): PlanCell {
  return { ref: { sheet: "Indicatori", address: "N2", row: 1, col: 13 }, raw, value: readCellValue(raw) };
}

function indicator(results: Indicator["results"]): Indicator {
  return {
    objectiveCode: "1.1",
    number: "1",
    name: "eventi",
    polarity: "increasing",
    targets: {},
    results,
    declaredDeviations: {},
    ref: { sheet: "Indicatori", address: "C2", row: 1, col: 2 },
  };
}

describe("detectPeriod", () => {
  it("keeps the period it is given, whatever the results", () => {
    expect(detectPeriod({ given: "30/6", indicators: [indicator({ "31/12": planCell(72) })] })).toEqual({ period: "30/6", detected: false });
  });

  it("detects 31/12 when any 31/12 result is written", () => {
    const indicators = [indicator({ "30/6": planCell(56) }), indicator({ "31/12": planCell("Avviato") })];
    expect(detectPeriod({ indicators })).toEqual({ period: "31/12", detected: true });
  });

  it.each([[""], ["-"], ["//"], ["nessuno"], [null]])("does not count a 31/12 result of %p", (raw) => {
    expect(detectPeriod({ indicators: [indicator({ "30/6": planCell(56), "31/12": planCell(raw) })] }).period).toBe("30/6");
  });

  it("counts an unreadable 31/12 result as written: something is there", () => {
    expect(detectPeriod({ indicators: [indicator({ "31/12": planCell("???") })] }).period).toBe("31/12");
  });

  it("takes the date named by the title of a sheet whose results carry no date", () => {
    expect(detectPeriod({ indicators: [], titles: ["Relazione sulla performance al 31.12.2020 | Foglio1"] }).period).toBe("31/12");
    expect(detectPeriod({ indicators: [], titles: ["Piano 2020: target al 30/6 e al 31/12"] }).period).toBe("30/6");
  });

  it.each([
    ["Rendicontazione semestrale al 30 giugno 2020", "30/6"],
    ["Consuntivo al 31/12/2020", "31/12"],
    ["Target al 30/6 e al 31/12", undefined],
    ["Piano della performance", undefined],
  ])("reads the reporting date named in %p as %p", (text, period) => {
    expect(periodNamedIn(text)).toBe(period);
  });
});
