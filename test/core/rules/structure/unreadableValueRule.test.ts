import { unreadableValueRule } from "../../../../src/core/rules/structure/unreadableValueRule";
import { buildPlan, formatted, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const base: IndicatorSpec = { objective: "1.1", target30: 32, target31: 70, weight: "100%", result30: 56, declared30: 24 };

describe("valore-illeggibile", () => {
  it.each([
    ["an Excel error in the result", { result30: "#N/D" }, "Indicatori!L2 1.1/1 errore", "errore di Excel (#N/D)"],
    ["noise in the weight", { weight: "???" }, "Indicatori!K2 1.1/1 errore", "«???»"],
    ["an Excel error in the declared deviation", { declared30: "#VALUE!" }, "Indicatori!M2 1.1/1 errore", "#VALUE!"],
    ["noise in the baseline, as avviso", { baseline: "xyz" }, "Indicatori!G2 1.1/1 avviso", "La baseline"],
  ])("reports %s", (_case, change, place, quoted) => {
    const anomalies = runRule(unreadableValueRule, buildPlan({ indicators: [{ ...base, ...change }] }));
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("reports an Excel error in a weight of the Pesi table", () => {
    const plan = buildPlan({ indicators: [base], weights: [{ manager: "Rossi", objective: "1.1", weights: ["100%", "#REF!"] }] });
    expect(runRule(unreadableValueRule, plan).map(placeOf)).toEqual(["Pesi!D2 1.1 errore"]);
  });

  it.each([
    ["descriptive targets (milestones)", { target30: "Adozione protocollo aziendale", target31: "Eventuale aggiornamento", result30: "Adozione protocollo", declared30: "--" }],
    ["placeholders", { result30: "//", declared30: "-", baseline: "Nuova attività" }],
    ["noise in the 31/12 result of a mid-year report", { result31: "???" }],
    ["noise in the declared deviation of a milestone", { target30: "Avvio", result30: "Avviato", declared30: "???" }],
  ])("stays quiet on %s", (_case, change) => {
    expect(runRule(unreadableValueRule, buildPlan({ indicators: [{ ...base, ...change }] }))).toEqual([]);
  });
});

describe("valore-illeggibile: dates", () => {
  /** A date cell as Excel and the CLI hand it over: its serial number under a date format. */
  const dateCell = (year: number, month: number, date: number) => formatted((Date.UTC(year, month - 1, date) - Date.UTC(1899, 11, 30)) / 86_400_000, "dd/mm/yyyy");
  const day = (month: number, date: number) => dateCell(2024, month, date);
  const deadline: IndicatorSpec = { objective: "1.1", polarity: "milestone", target30: day(1, 31), target31: day(4, 30), weight: "100%", result30: day(1, 29), declared30: "" };

  it.each<[string, Partial<IndicatorSpec>]>([
    ["a milestone indicator's deadlines and the day it was done", {}],
    ["dates typed as text", { target30: "31/01/2024", target31: "30 aprile 2024", result30: "29/01/2024" }],
    ["a deadline whose result is not in yet", { result30: "//" }],
    ["a deadline met by a milestone in words", { result30: "Realizzato" }],
    ["the day a milestone in words was done", { target30: "Adozione del PIAO", result30: day(1, 29) }],
    ["a baseline that is last year's day", { baseline: dateCell(2023, 1, 30) }],
  ])("stays quiet on %s", (_case, change) => {
    expect(runRule(unreadableValueRule, buildPlan({ indicators: [{ ...deadline, ...change }] }))).toEqual([]);
  });

  it.each<[string, Partial<IndicatorSpec>, string[]]>([
    ["a date against a number (Excel may have turned «3/4» into a date)", { target30: day(4, 3), result30: "60%" }, ["Indicatori!I2 1.1/1 errore"]],
    ["a result date against a bound", { target30: "almeno 50%", result30: day(4, 3) }, ["Indicatori!L2 1.1/1 errore"]],
    ["dates in an indicator that is not a milestone", { polarity: "increasing" }, ["Indicatori!I2 1.1/1 errore", "Indicatori!J2 1.1/1 errore", "Indicatori!L2 1.1/1 errore"]],
  ])("reports %s", (_case, change, places) => {
    const anomalies = runRule(unreadableValueRule, buildPlan({ indicators: [{ ...deadline, ...change }] }));
    expect(anomalies.map(placeOf)).toEqual(places);
    expect(anomalies[0]?.message).toContain("data");
  });
});
