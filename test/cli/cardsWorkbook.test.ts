/**
 * The seed plan laid out as objective cards (assets/piano-performance-2020-schede.xlsx, built by
 * `npm run example:schede` from the same fixture as the template example) reads as the same plan:
 * the same anomalies rule by rule and the same scores as assets/piano-performance-2020.xlsx, read
 * and checked the same way; only the cells differ. The command line gives the same counts.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildCardsWorkbook, CARDS_WORKBOOK } from "../../src/cli/exampleWorkbooks";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import type { Plan } from "../../src/core/plan/planModel";
import { readPlan } from "../../src/core/plan/readPlan";
import { scorePlan } from "../../src/core/report/scorePlan";
import type { Anomaly } from "../../src/core/rules/anomaly";
import { validatePlan } from "../../src/core/rules/validatePlan";
import { EXAMPLE_FIXTURE, EXAMPLE_WORKBOOK, runCli, temporaryFolder } from "./support/cliRunner";
import { sheetNoteText } from "../../src/core/wording/sheetNotes";

async function planOf(file: string): Promise<Plan> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`${file} non letto`);
  const plan = readPlan(read.workbook);
  if (!plan.ok) throw new Error(plan.message);
  return plan.plan;
}

/** What an anomaly says about the plan, without where it sits: rule, severity, objective, indicator. */
function finding(anomaly: Anomaly): string {
  return [anomaly.rule, anomaly.severity, anomaly.objective ?? "-", anomaly.indicator ?? "-"].join(" | ");
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}

let template: Plan;
let cards: Plan;

beforeAll(async () => {
  [template, cards] = await Promise.all([planOf(EXAMPLE_WORKBOOK), planOf(CARDS_WORKBOOK)]);
});

describe("npm run example:schede", () => {
  it("regenerates exactly the committed assets/piano-performance-2020-schede.xlsx from the fixture", async () => {
    const target = path.join(await temporaryFolder(), "schede.xlsx");
    await buildCardsWorkbook(EXAMPLE_FIXTURE, target);
    // If this fails, the builder or the fixture changed: run `npm run example:schede` and commit the workbook.
    expect((await fs.readFile(target)).equals(await fs.readFile(CARDS_WORKBOOK))).toBe(true);
  });

  it("lays the cards out one per sheet (STRAT, AS-STRAT, AS) and stacked by area, beside the managers' table", async () => {
    const read = await readWorkbookFile(CARDS_WORKBOOK);
    if (!read.ok) throw new Error("non letto");
    expect(read.workbook.sheets.map((sheet) => sheet.sheet)).toEqual([
      "STRAT", "Area Promozione", "Area Anagrafica", "Area Amministrativa", "AS-STRAT", "AS", "Pesi",
    ]);
  });
});

describe("the seed's cards read as the template example's plan", () => {
  it("has the 16 cards of the seed (and the Azienda Speciale's strategic objective) with their 43 indicators and 8 revisions", () => {
    expect(sorted(cards.objectives.map((o) => o.code))).toEqual(sorted(template.objectives.map((o) => o.code)));
    expect(cards.objectives.filter((o) => o.code !== "AS-STRAT")).toHaveLength(16);
    expect(cards.indicators).toHaveLength(43);
    expect(cards.revisions).toHaveLength(template.revisions.length);
    expect(cards.revisions).toHaveLength(8);
    expect(cards.managerWeights).toHaveLength(template.managerWeights.length);
    expect([cards.period, cards.periodDetected]).toEqual([template.period, template.periodDetected]);
  });

  it.each([
    ["kind", (plan: Plan) => plan.objectives.map((o) => `${o.code} ${o.kind}`)],
    ["parent", (plan: Plan) => plan.objectives.map((o) => `${o.code} ← ${o.parentCode ?? "-"}`)],
    ["area", (plan: Plan) => plan.objectives.map((o) => `${o.code} ${o.area ?? "-"}`)],
    ["weight", (plan: Plan) => plan.objectives.map((o) => `${o.code} ${JSON.stringify(o.weight?.value.kind === "quantity" ? o.weight.value.value : null)}`)],
    ["own share", (plan: Plan) => plan.objectives.map((o) => `${o.code} ${JSON.stringify(o.ownShare?.value.kind === "quantity" ? o.ownShare.value.value : null)}`)],
  ])("gives every objective the same %s", (_what, project) => {
    expect(sorted(project(cards))).toEqual(sorted(project(template)));
  });

  it.each([
    ["baseline", "baseline"],
    ["target at 30/6", "target30"],
    ["target at 31/12", "target31"],
    ["weight", "weight"],
    ["result", "result"],
    ["declared deviation", "declared"],
    ["polarity", "polarity"],
    ["type (the ticked boxes)", "type"],
    ["unit", "unit"],
    ["baseline year", "baselineYear"],
  ] as const)("gives every indicator the same %s value", (_what, key) => {
    const project = (plan: Plan) =>
      plan.indicators.map((i) => {
        const cell = {
          baseline: i.baseline,
          target30: i.targets["30/6"],
          target31: i.targets["31/12"],
          weight: i.weight,
          result: i.results[plan.period],
          declared: i.declaredDeviations[plan.period],
          baselineYear: i.baselineYear,
          polarity: undefined,
          type: undefined,
          unit: undefined,
        }[key];
        const texts = { polarity: i.polarity, type: i.type ?? "vuoto", unit: i.unit ?? "vuoto" } as Record<string, string>;
        const value = texts[key] ?? (cell === undefined || cell.value.kind === "placeholder" ? "vuoto" : cell.value);
        return `${i.objectiveCode}/${i.number} ${JSON.stringify(value)}`;
      });
    expect(sorted(project(cards))).toEqual(sorted(project(template)));
  });

  it("gives the same anomalies, rule by rule (rule id, severity, objective, indicator), beside what the reader assumed", () => {
    const fromCards = validatePlan(cards);
    const fromTemplate = validatePlan(template);
    expect(fromTemplate.length).toBeGreaterThan(10);
    // The cards leave some codes to the sheets' names and write headers the reader cannot use: it says so, once per sheet, as info.
    const assumed = fromCards.filter((anomaly) => anomaly.rule === "struttura-colonne");
    expect(assumed.map((anomaly) => anomaly.severity)).toEqual(assumed.map(() => "info"));
    expect(assumed.map((anomaly) => anomaly.message).join(" ")).toMatch(/è preso dal nome del foglio \(«STRAT»\)/);
    const compared = fromCards.filter((anomaly) => anomaly.rule !== "struttura-colonne");
    expect(sorted(compared.map(finding))).toEqual(sorted(fromTemplate.map(finding)));
  });

  it("points the anomalies at the cards' own cells", () => {
    const sheets = new Set(validatePlan(cards).map((anomaly) => anomaly.sheet));
    expect(sheets.has("Indicatori")).toBe(false);
    expect(sheets.has("STRAT")).toBe(true);
  });

  it("gives the same scores for every indicator, objective, manager and area", () => {
    const a = scorePlan(cards);
    const b = scorePlan(template);
    const indicators = (s: typeof a) => s.indicators.map((i) => `${i.objective}/${i.indicator} ${i.weight} ${i.achievement} ${i.status}`);
    const objectives = (s: typeof a) => s.objectives.map((o) => `${o.code} ${o.score} ${o.evaluated} ${o.excluded.join(",")} ${JSON.stringify(o.strategic ?? null)}`);
    const managers = (s: typeof a) => s.managers.map((m) => `${m.name} ${m.score}`);
    const areas = (s: typeof a) => s.areas.map((area) => `${area.name} ${area.score}`);
    expect(sorted(indicators(a))).toEqual(sorted(indicators(b)));
    expect(sorted(objectives(a))).toEqual(sorted(objectives(b)));
    expect(sorted(managers(a))).toEqual(sorted(managers(b)));
    expect(sorted(areas(a))).toEqual(sorted(areas(b)));
  });

  it("says in the recognition report that the sheets were read as cards, and what it assumed", () => {
    const strat = cards.recognition.find((recognition) => recognition.sheet === "STRAT");
    expect(strat?.reading?.join(" ")).toMatch(/schede obiettivo/);
    expect(strat?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/preso dal nome del foglio \(«STRAT»\)/);
    expect(cards.recognition.find((recognition) => recognition.sheet === "Area Promozione")?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/«al» non indica/);
  });
});

describe("perf-check on the cards workbook", () => {
  it("reports the same counts (objectives, indicators, anomalies by severity) and scores as on the template", async () => {
    const [onCards, onTemplate] = await Promise.all([runCli([CARDS_WORKBOOK, "--json"]), runCli([EXAMPLE_WORKBOOK, "--json"])]);
    expect(onCards.stderr).toBe("");
    expect(onCards.code).toBe(onTemplate.code);
    const cardsReport = JSON.parse(onCards.stdout) as JsonReport;
    const templateReport = JSON.parse(onTemplate.stdout) as JsonReport;
    expect(cardsReport.plan).toEqual({ ...templateReport.plan, periodSource: "title", reportingDate: "30/6/2020" });
    const bySeverity = (report: JsonReport) =>
      ["errore", "avviso", "info"].map((s) => report.anomalies.filter((a) => a.severity === s && a.rule !== "struttura-colonne").length);
    expect(bySeverity(cardsReport)).toEqual(bySeverity(templateReport));
    expect(sorted(cardsReport.scores.objectives.map((o) => JSON.stringify(o)))).toEqual(sorted(templateReport.scores.objectives.map((o) => JSON.stringify(o))));
    expect(cardsReport.scores.managers).toEqual(templateReport.scores.managers);
  });

  it("prints the same counts of objectives, indicators, errors and warnings as on the template, and the date its title names", async () => {
    const [onCards, onTemplate] = await Promise.all([runCli([CARDS_WORKBOOK]), runCli([EXAMPLE_WORKBOOK])]);
    const line = (text: string, n: number) => text.split("\n")[n] ?? "";
    expect(line(onCards.stdout, 2)).toBe("17 obiettivi, 43 indicatori; data di rendicontazione 30/6/2020 (letta nel titolo del foglio)");
    const errorsAndWarnings = (text: string) => line(text, 3).split(", ").slice(0, 2).join(", ");
    expect(errorsAndWarnings(onCards.stdout)).toBe(errorsAndWarnings(onTemplate.stdout));
    expect(errorsAndWarnings(onCards.stdout)).toBe("4 errori, 7 avvisi");
  });
});
