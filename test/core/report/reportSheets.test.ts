import fixture from "../../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import { parseA1, toA1 } from "../../../src/core/plan/a1";
import { STATUS_COLORS } from "../../../src/core/report/cellColors";
import type { Grid } from "../../../src/core/plan/grid";
import { readPlan } from "../../../src/core/plan/readPlan";
import { buildAnomaliesSheet } from "../../../src/core/report/buildReportSheets";
import { buildSummarySheet } from "../../../src/core/report/buildReportSheets";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { readRewardRules } from "../../../src/core/report/readRewardRules";
import { planRewards } from "../../../src/core/report/rewards";
import type { SheetContent } from "../../../src/core/report/sheetContent";
import { ANOMALIES_HEADERS } from "../../../src/core/reportSheets";
import { validatePlan } from "../../../src/core/rules/validatePlan";

/** The example plan, read as the pane reads it (written values, formula cells as their text). */
function examplePlan() {
  const sheets: Grid[] = buildExamplePlanSheets(fixture as unknown as PlanFixture).map((content) => ({
    sheet: content.name,
    origin: "A1",
    values: content.rows.map((row) => row.map((cell) => (cell === null ? "" : cell))),
  }));
  const read = readPlan({ name: "esempio", sheets });
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

function cell(content: SheetContent, address: string): unknown {
  const at = parseA1(address);
  return at ? content.rows[at.row]?.[at.col] : undefined;
}

function rowStartingWith(content: SheetContent, first: string): number {
  return content.rows.findIndex((row) => row[0] === first);
}

describe("the Anomalie sheet", () => {
  const plan = examplePlan();
  const anomalies = validatePlan(plan);
  const sheet = buildAnomaliesSheet(anomalies);

  it("has a bold header and one row per anomaly, in the order given", () => {
    expect(sheet.name).toBe("Anomalie");
    expect(sheet.rows[0]).toEqual([...ANOMALIES_HEADERS]);
    expect(sheet.boldRows).toEqual([0]);
    expect(sheet.rows.slice(1).map((row) => row[6])).toEqual(anomalies.map((anomaly) => anomaly.message));
  });

  it("links every row to its anomaly's cell", () => {
    expect(sheet.links).toEqual(anomalies.map((anomaly, index) => ({ address: `D${index + 2}`, target: `'${anomaly.sheet}'!${anomaly.cell}` })));
  });

  it("writes a message that starts with = as text, not as a formula", () => {
    const hostile = buildAnomaliesSheet([{ rule: "r", severity: "info", sheet: "S", cell: "A1", key: "errore-interno", params: { rule: "prova", reason: "prova" }, message: "=1+1" }]);
    expect(cell(hostile, "G2")).toBe('="=1+1"');
    expect(hostile.formulaResults).toEqual({ G2: "=1+1" });
  });
});

describe("the Riepilogo sheet", () => {
  const plan = examplePlan();
  const scores = scorePlan(plan);
  const sheet = buildSummarySheet(plan, scores);

  it("titles the sheet with the reporting date", () => {
    expect(sheet.name).toBe("Riepilogo");
    expect(cell(sheet, "A1")).toBe("Riepilogo del piano della performance al 30 giugno (30/6)");
  });

  it.each([
    "Raggiungimento per obiettivo",
    "Raggiungimento per indicatore",
    "Raggiungimento per area",
    "Raggiungimento per responsabile",
    "Revisione di metà anno",
  ])("has the table «%s», with a bold title and header", (title) => {
    const row = rowStartingWith(sheet, title);
    expect(row).toBeGreaterThan(0);
    expect(sheet.boldRows).toEqual(expect.arrayContaining([row, row + 1]));
  });

  it("gives each objective its score as a percentage", () => {
    const header = rowStartingWith(sheet, "Raggiungimento per obiettivo") + 1;
    scores.objectives.forEach((objective, index) => {
      const address = `B${header + index + 2}`;
      expect(cell(sheet, `A${header + index + 2}`)).toBe(objective.code);
      if (objective.score === null) expect(cell(sheet, address)).toBe("non valutabile");
      else {
        expect(cell(sheet, address)).toBe(objective.score);
        expect(sheet.cellFormats?.[address]).toBe("0.00%");
      }
    });
  });

  it("charts the evaluable objectives only, from its own table at the top, with the chart beside it", () => {
    const title = rowStartingWith(sheet, "Grafico: raggiungimento per obiettivo");
    const scored = scores.objectives.filter((objective) => objective.score !== null);
    const excluded = scores.objectives.filter((objective) => objective.score === null).map((objective) => objective.code);
    expect(title).toBe(3);
    expect(excluded.length).toBeGreaterThan(0);
    expect(sheet.chart).toEqual({
      range: `A${title + 2}:B${title + 2 + scored.length}`,
      title: "Raggiungimento per obiettivo",
      type: "bar",
      position: `C${title + 1}:E${title + Math.max(16, scored.length + 3)}`,
    });
    const charted = sheet.rows.slice(title + 2, title + 2 + scored.length);
    expect(charted).toEqual(scored.map((objective) => [objective.code, objective.score]));
    expect(sheet.rows[title + 2 + scored.length]).toEqual([`Non valutabili, esclusi dal grafico: ${excluded.join(", ")}`]);
    // The chart covers no other table: the next one starts below it.
    expect(rowStartingWith(sheet, "Raggiungimento per obiettivo")).toBeGreaterThan(title + Math.max(16, scored.length + 3));
  });

  it.each([
    ["Raggiungimento per obiettivo", "Stato", scores.objectives.map((o) => o.status)],
    ["Raggiungimento per indicatore", "Stato", scores.indicators.map((i) => i.status)],
    ["Raggiungimento per responsabile", "Stato", scores.managers.map((m) => m.status)],
  ])("writes the table «%s»'s column «%s» on the status's fill", (title, column, statuses) => {
    const header = rowStartingWith(sheet, title) + 1;
    const col = sheet.rows[header]?.indexOf(column) ?? -1;
    expect(col).toBeGreaterThan(0);
    statuses.forEach((status, index) => {
      const address = toA1(header + 1 + index, col);
      expect(cell(sheet, address)).toBe(status);
      expect(sheet.cellFills?.[address]).toBe(STATUS_COLORS[status].fill);
    });
  });

  it("writes no chart when no objective can be evaluated", () => {
    const none = { ...scores, objectives: scores.objectives.map((objective) => ({ ...objective, score: null, status: "Non valutabile" as const })) };
    const without = buildSummarySheet(plan, none);
    expect(without.chart).toBeUndefined();
    expect(rowStartingWith(without, "Grafico: raggiungimento per obiettivo")).toBe(-1);
    expect(rowStartingWith(without, "Raggiungimento per obiettivo")).toBe(3);
  });

  it("lists the revision table's four figures for each revised indicator", () => {
    const header = rowStartingWith(sheet, "Revisione di metà anno") + 1;
    expect(sheet.rows[header]?.slice(3, 7)).toEqual(["Previsione al 30/6", "Realizzazione al 30/6", "Previsione al 31/12", "Nuova previsione al 31/12"]);
    expect(plan.revisions.length).toBeGreaterThan(0);
    expect(sheet.rows[header + plan.revisions.length]?.length).toBe(10);
  });

  it("has a row per indicator, per area and per manager", () => {
    for (const [title, count] of [
      ["Raggiungimento per indicatore", scores.indicators.length],
      ["Raggiungimento per area", scores.areas.length],
      ["Raggiungimento per responsabile", scores.managers.length],
    ] as const) {
      const header = rowStartingWith(sheet, title) + 1;
      expect(count).toBeGreaterThan(0);
      expect(sheet.rows[header + count]?.length).toBeGreaterThan(0);
      expect(sheet.rows[header + count + 1]).toEqual([]);
    }
  });
});

describe("the Riepilogo's «Premi» tables", () => {
  const plan = examplePlan();
  const scores = scorePlan(plan);
  const read = readRewardRules({
    premi: [
      { da: "60%", quota: "proporzionale" },
      { da: "95%", quota: "100%" },
    ],
    fondo: "15.530",
    persone: [{ nome: "dr Massimo Ziletti", peso: "40%" }],
  });
  if (read.rules === null) throw new Error(read.errors.map((error) => error.message).join("\n"));
  const sheet = buildSummarySheet(plan, scores, planRewards(scores, read.rules));

  it("are not there without reward rules: the sheet is the one of the seed as before", () => {
    const before = buildSummarySheet(plan, scores);
    expect(rowStartingWith(before, "Premi")).toBe(-1);
    expect(sheet.rows.slice(0, before.rows.length)).toEqual(before.rows);
  });

  it("come after the other tables, with a bold title and header", () => {
    const premi = rowStartingWith(sheet, "Premi");
    expect(premi).toBeGreaterThan(rowStartingWith(sheet, "Revisione di metà anno"));
    expect(sheet.rows[premi + 1]).toEqual(["Persona", "Punteggio", "Fascia", "Quota del premio", "Premio pieno", "Coefficiente", "Importo", "Come è calcolato"]);
    expect(sheet.boldRows).toEqual(expect.arrayContaining([premi, premi + 1]));
  });

  it("give a manager's score, band, share and amount as numbers with their formats", () => {
    const premi = rowStartingWith(sheet, "Premi");
    const row = premi + sheet.rows.slice(premi).findIndex((cells) => cells[0] === "dr Massimo Ziletti");
    expect(sheet.rows[row]?.slice(1, 7)).toEqual([scores.managers[0]?.score, "da 95%", 1, 6212, 1, 6212]);
    expect(sheet.cellFormats?.[`B${row + 1}`]).toBe("0.00%");
    expect(sheet.cellFormats?.[`G${row + 1}`]).toBe('"€" #,##0.00');
  });

  it("say what the amounts lack and count people by class", () => {
    expect(rowStartingWith(sheet, "Gli importi rientrano nel fondo: distribuiti € 6.212,00 su € 15.530,00.")).toBeGreaterThan(0);
    expect(rowStartingWith(sheet, "Senza importo: dr Antonio d'Azzeo assistito dalla Dirigente dr.ssa Cristiana Taioli (manca il peso individuale o il premio); dr.ssa Antonella Vairano (manca il peso individuale o il premio); dr Ezio Zorzi (non valutabile).")).toBeGreaterThan(0);
    const classes = rowStartingWith(sheet, "Distribuzione per classi di punteggio");
    expect(sheet.rows.slice(classes + 2, classes + 6).map((cells) => cells.slice(0, 2))).toEqual([["≥ 90%", 2], ["60% – 90%", 1], ["< 60%", 0], ["non valutabili", 1]]);
  });

  it("say how the condition went, and give a share of 0 to everybody when it is missed (2.2 at 76,52% against 100%)", () => {
    if (read.rules === null) throw new Error("no rules");
    const gated = buildSummarySheet(plan, scores, planRewards(scores, { ...read.rules, condition: { objective: "2.2", minimum: 1 } }));
    expect(rowStartingWith(gated, "Condizione non soddisfatta: l'obiettivo 2.2 almeno al 100%, ma ha 76,52%: nessun premio.")).toBeGreaterThan(rowStartingWith(gated, "Premi"));
    const row = gated.rows.find((cells) => cells[0] === "dr Massimo Ziletti" && cells[2] === "da 95%");
    expect(row?.slice(3, 7)).toEqual([0, 6212, 1, 0]);
    expect(rowStartingWith(sheet, "Condizione")).toBe(-1);
  });
});
