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

function withTargets(targets: Indicator["targets"], results: Indicator["results"] = {}): Indicator {
  return { ...indicator(results), targets };
}

describe("detectPeriod", () => {
  it("keeps the date it is given, whatever the titles and the results", () => {
    const indicators = [indicator({ "31/12": planCell(72) })];
    expect(detectPeriod({ given: "30/6", indicators, titles: ["Monitoraggio al 31/07/2013"] })).toEqual({ period: "30/6", source: "given" });
  });

  it("keeps a given date's year apart when the plan's values carry none", () => {
    expect(detectPeriod({ given: "31/7/2013", indicators: [indicator({ "31/7": planCell(3) })] })).toEqual({ period: "31/7", source: "given", year: 2013 });
  });

  it("detects 31/12 when any 31/12 result is written", () => {
    const indicators = [indicator({ "30/6": planCell(56) }), indicator({ "31/12": planCell("Avviato") })];
    expect(detectPeriod({ indicators })).toEqual({ period: "31/12", source: "columns" });
  });

  it.each([[""], ["-"], ["//"], ["nessuno"], [null], [0], ["0,00"]])("does not count a 31/12 result of %p: the column is not filled yet", (raw) => {
    expect(detectPeriod({ indicators: [indicator({ "30/6": planCell(56), "31/12": planCell(raw) })] }).period).toBe("30/6");
  });

  it("counts an unreadable 31/12 result as written: something is there", () => {
    expect(detectPeriod({ indicators: [indicator({ "31/12": planCell("???") })] }).period).toBe("31/12");
  });

  it("takes the latest year of a multi-year grid that has results", () => {
    const grid = indicator({ "31/12/2012": planCell(3), "31/12/2013": planCell(5), "31/12/2014": planCell(0) });
    expect(detectPeriod({ indicators: [grid] })).toEqual({ period: "31/12/2013", source: "columns" });
  });

  it("reads a grid whose result columns are all at zero as a plan not filled in yet, at its first year's last target date", () => {
    const grid = withTargets({ "31/12/2012": planCell(0.65), "31/12/2013": planCell(0.55) }, { "31/12/2012": planCell(0), "31/12/2013": planCell("0,00") });
    expect(detectPeriod({ indicators: [grid] })).toEqual({ period: "31/12/2012", source: "targets" });
  });

  it.each<[string, string[], string]>([
    ["a three-year plan: the first year's end", ["31/12/2024", "31/12/2025", "31/12/2026"], "31/12/2024"],
    ["two dates in the first year: the later one", ["30/6/2024", "31/12/2024", "31/12/2025"], "31/12/2024"],
    ["one year: its last date", ["30/6", "31/12"], "31/12"],
  ])("takes a plan of targets only at %s", (_case, dates, period) => {
    const indicators = [withTargets(Object.fromEntries(dates.map((date) => [date, planCell(10)])))];
    expect(detectPeriod({ indicators }).period).toBe(period);
  });

  it("prefers the date the titles name to the columns, and keeps its year apart", () => {
    const indicators = [indicator({ "31/12": planCell(72) })];
    expect(detectPeriod({ indicators, titles: ["Comune di Esempio | Monitoraggio al 31/07/2013"] })).toEqual({ period: "31/7", source: "title", year: 2013 });
  });

  it("takes a report title's year as its 31/12", () => {
    expect(detectPeriod({ indicators: [], titles: ["Relazione sulla performance 2019 – Allegato 1"] })).toEqual({ period: "31/12", source: "title", year: 2019 });
  });

  it("puts undated results at the plan's first target date when nothing names the date", () => {
    const indicators = [withTargets({ "30/6": planCell(5), "31/12": planCell(10) })];
    expect(detectPeriod({ indicators, undatedResults: true, titles: ["Piano: target al 30/6 e al 31/12"] })).toEqual({ period: "30/6", source: "columns" });
  });

  it("takes a plan without results at its last target date, and an annual plan with no date at 31/12", () => {
    expect(detectPeriod({ indicators: [withTargets({ "30/6": planCell(5), "31/12": planCell(10) })] }).period).toBe("31/12");
    expect(detectPeriod({ indicators: [indicator({})] })).toEqual({ period: "31/12", source: "default" });
  });

  it("names the plan's year from the dated headers when no date names one", () => {
    expect(detectPeriod({ indicators: [indicator({ "30/6": planCell(5) })], headerYears: [2020, 2020] })).toEqual({ period: "30/6", source: "columns", year: 2020 });
  });

  it.each([
    ["Rendicontazione semestrale al 30 giugno 2020", "30/6/2020"],
    ["Consuntivo al 31/12/2020", "31/12/2020"],
    ["Monitoraggio al 31/07/2013", "31/7/2013"],
    ["PIANO DELLA PERFORMANCE 2020 - monitoraggio semestrale", "30/6/2020"],
    ["Relazione sulla performance 2019", "31/12/2019"],
    ["Dati aggiornati al 30.09.2021", "30/9/2021"],
    ["SECONDO SEMESTRE 2012", "31/12/2012"],
    ["Obiettivi operativi - primo semestre 2021", "30/6/2021"],
    ["Monitoraggio 1° semestre 2020", "30/6/2020"],
    ["Monitoraggio 1° sem. 2024", "30/6/2024"],
    ["Report III trim. 2024", "30/9/2024"],
    ["Verifica obiettivi II semestre", "31/12"],
    ["Report terzo trimestre 2023", "30/9/2023"],
    ["Monitoraggio I trimestre 2024", "31/3/2024"],
    ["Monitoraggio 4° trimestre 2022", "31/12/2022"],
    ["Monitoraggio secondo quadrimestre 2023", "31/8/2023"],
    ["Verifica I quadrimestre", "30/4"],
    ["Obiettivi - III quadrimestre 2021", "31/12/2021"],
    ["Monitoraggio intermedio 2022", undefined],
    ["Verifica infrannuale degli obiettivi 2021", undefined],
    ["Monitoraggio intermedio al 30/09/2022", "30/9/2022"],
    ["Piano annuale 2021", undefined],
    ["Target al 30/6 e al 31/12", undefined],
    ["Piano della performance 2021", undefined],
    ["Piano della performance 2021-2023", undefined],
    ["Delibera n. 12 del 28/01/2020", undefined],
    ["Obiettivo 1.1 - Sostenere il credito", undefined],
    ["Piano della performance", undefined],
  ])("reads the reporting date named in %p as %p", (text, period) => {
    expect(periodNamedIn(text)).toBe(period);
  });
});
