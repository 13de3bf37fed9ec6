import type { SheetRecognition } from "../../../../src/core/plan/planModel";
import { columnStructureRule } from "../../../../src/core/rules/structure/columnStructureRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";
import type { SheetNote } from "../../../../src/core/wording/sheetNotes";
import { renderMessage } from "../../../../src/core/wording/renderMessage";

const TEMPLATE_COLUMNS: Record<string, string> = {
  objectiveCode: "Codice obiettivo",
  indicatorName: "Indicatore",
  baseline: "Base line",
  target30_6: "Target 30/6",
  target31_12: "Target 31/12",
  indicatorWeight: "Peso",
  result30_6: "Risultato 30/6",
  declaredDeviation30_6: "Scostamento dichiarato 30/6",
  result31_12: "Risultato 31/12",
  declaredDeviation31_12: "Scostamento dichiarato 31/12",
};

/** An indicator sheet with the template's columns, less those named. */
function indicatorsSheet(without: string[], extra: { field: string; header: string }[] = [], notes?: SheetNote[]): SheetRecognition {
  const fields = Object.keys(TEMPLATE_COLUMNS).filter((field) => !without.includes(field));
  const columns = [...fields.map((field) => ({ field, header: TEMPLATE_COLUMNS[field] ?? field })), ...extra].map((column, i) => ({
    ...column,
    address: `${String.fromCharCode(66 + i)}3`,
  }));
  return { sheet: "Indicatori", role: "indicators", headerRow: 2, columns, missing: without, ...(notes ? { notes } : {}) };
}

describe("struttura-colonne", () => {
  it.each([
    ["no target column at all, as a warning", ["target30_6", "target31_12"], "30/6", "Indicatori!B3 avviso", "manca una colonna dei target"],
    ["the template's Target 31/12 beside its Target 30/6, as a warning", ["target31_12"], "30/6", "Indicatori!B3 avviso", "«Target 31/12»"],
    ["the results at the reporting date, as a warning", ["result31_12", "declaredDeviation31_12"], "31/12", "Indicatori!B3 avviso", "risultati al 31/12"],
    ["the baseline, as info", ["baseline"], "30/6", "Indicatori!B3 info", "(Target meno ambizioso della baseline)"],
    ["the declared deviation of the period, as info", ["declaredDeviation30_6"], "30/6", "Indicatori!B3 info", "(Scostamento dichiarato errato)"],
    ["the weights, as info", ["indicatorWeight"], "30/6", "Indicatori!B3 info", "ogni indicatore pesa allo stesso modo"],
    [
      "every result (a plan, not a report), as info",
      ["result30_6", "result31_12", "declaredDeviation30_6", "declaredDeviation31_12"],
      "31/12",
      "Indicatori!B3 info",
      "piano senza rendicontazione",
    ],
  ] as const)("says once what is missing: %s", (_case, missing, period, place, quoted) => {
    const plan = buildPlan({ period, indicators: [{ objective: "1.1", weight: "100%" }], recognition: [indicatorsSheet([...missing])] });
    const anomalies = runRule(columnStructureRule, plan);
    expect(anomalies.map(placeOf)).toEqual([place]);
    expect(anomalies[0]?.message).toContain(quoted);
  });

  it("names every gap of a sheet in one finding, never one per row or per column", () => {
    const plan = buildPlan({ period: "30/6", indicators: [{ objective: "1.1", weight: "100%" }], recognition: [indicatorsSheet(["baseline", "indicatorWeight", "declaredDeviation30_6"])] });
    const anomalies = runRule(columnStructureRule, plan);
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]?.message).toMatch(/mancano i pesi.*manca la baseline.*mancano gli scostamenti dichiarati/);
  });

  it("says once, as info, that a weight column is there but left empty", () => {
    const plan = buildPlan({ period: "30/6", indicators: [{ objective: "1.1", weight: "" }, { objective: "1.1", weight: "" }], recognition: [indicatorsSheet([])] });
    const anomalies = runRule(columnStructureRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!B3 info"]);
    expect(anomalies[0]?.message).toContain("la colonna dei pesi degli indicatori è vuota");
  });

  it("says what the reader assumed, as info, in the report's language", () => {
    const note: SheetNote = { kind: "ownerFromTitle", objective: "C4301", address: "A5" };
    const plan = buildPlan({ period: "30/6", recognition: [indicatorsSheet([], [], [note])] });
    const anomalies = runRule(columnStructureRule, plan);
    expect(anomalies.map((a) => [placeOf(a), a.message])).toEqual([
      ["Indicatori!B3 info", "Nel foglio «Indicatori»: Gli indicatori sono attribuiti all'obiettivo C4301 indicato nel titolo (A5)."],
    ]);
    expect(anomalies[0] && renderMessage(anomalies[0], "en").message).toBe("In the sheet “Indicatori”: The indicators are given to objective C4301, named in the title (A5).");
  });

  it("reads dated columns of any date: results at 31/7 answer a reporting date of 31/7", () => {
    const sheet = indicatorsSheet(["target30_6", "target31_12", "result30_6", "result31_12", "declaredDeviation30_6", "declaredDeviation31_12"], [
      { field: "target@31/7", header: "Valore atteso" },
      { field: "result@31/7", header: "Valore realizzato" },
      { field: "declaredDeviation@31/7", header: "Scostamento" },
    ]);
    expect(runRule(columnStructureRule, buildPlan({ period: "31/7", indicators: [{ objective: "1.1", weight: "100%" }], recognition: [sheet] }))).toEqual([]);
  });

  it("finds nothing to miss on a sheet without indicators (a card without indicators, an objective sheet)", () => {
    const plan = buildPlan({ period: "30/6", recognition: [indicatorsSheet(["target30_6", "target31_12", "indicatorWeight"])] });
    expect(runRule(columnStructureRule, plan)).toEqual([]);
  });

  it.each([
    ["optional columns (notes, polarity, unit)", ["notes", "polarity", "unit"], "30/6"],
    ["the 31/12 results at 30/6", ["result31_12", "declaredDeviation31_12"], "30/6"],
    ["nothing", [], "31/12"],
  ] as const)("stays quiet when missing %s", (_case, missing, period) => {
    const plan = buildPlan({ period, indicators: [{ objective: "1.1", weight: "100%" }], recognition: [indicatorsSheet([...missing])] });
    expect(runRule(columnStructureRule, plan)).toEqual([]);
  });
});
