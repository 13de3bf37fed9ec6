/**
 * The command line on the example workbook (the seed plan, Brescia 2020): the text and JSON
 * reports match the golden files in test/cli/golden/, and each anomaly is one reviewed by hand
 * against the seed document (the list below says why each is a real problem).
 * To accept a deliberate change of the output: UPDATE_GOLDEN=1 npx jest test/cli/perfCheck.example
 * then review the diff of the golden files.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { EXAMPLE_WORKBOOK, runCli } from "./support/cliRunner";
import { italianMarkersIn, planTextsOf } from "../support/italianMarkers";

const GOLDEN = path.join(__dirname, "golden");
const SHOWN_NAME = "assets/piano-performance-2020.xlsx";

/** The report as if run from the repository root, whatever the working folder. */
function normalise(text: string, file: string): string {
  return text.split(file).join(SHOWN_NAME).replace(/^─+$/m, "─".repeat(SHOWN_NAME.length));
}

async function matchGolden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") await fs.writeFile(file, actual);
  expect(actual).toBe(await fs.readFile(file, "utf8"));
}

const REVIEWED: { rule: string; severity: string; at: string; why: string }[] = [
  { rule: "obiettivo-senza-indicatori", severity: "errore", at: "Obiettivi!A17", why: "AS-STRAT weighs 100% for the Azienda Speciale in the Pesi table but has no card, no indicator, no result in the document" },
  { rule: "valore-ambiguo", severity: "errore", at: "Indicatori!L5", why: "STRAT ind. 4 reports 2301 iscritti and 1361 partecipanti in one cell; only the deviation 861 and the revision table say 1361 was meant" },
  { rule: "peso-incoerente", severity: "info", at: "Obiettivi!F3", why: "the 1.1 card still says 20%, redetermined to 10% in the Pesi table" },
  { rule: "target-sotto-baseline", severity: "avviso", at: "Indicatori!J7", why: "1.1 ind. 1: 70 events at 31/12 against 133 in 2019, not justified next to the target" },
  { rule: "target-sotto-baseline", severity: "avviso", at: "Indicatori!J8", why: "1.1 ind. 2: 100 assessments against 173 in 2019" },
  { rule: "peso-incoerente", severity: "info", at: "Obiettivi!F4", why: "the 1.2 card says 50%, redetermined to 40%" },
  { rule: "revisione-incoerente", severity: "errore", at: "Revisioni!D5", why: "1.2 ind. 2: the revision table says 80,00% realised at 30/6, the card reports 85,86%" },
  { rule: "peso-incoerente", severity: "info", at: "Obiettivi!F7", why: "the 2.1 card says 45%, redetermined to 30%" },
  { rule: "valore-ambiguo", severity: "info", at: "Indicatori!L15", why: "2.1 ind. 2's result is a sentence with two counts; read as the milestone it opens with" },
  { rule: "peso-incoerente", severity: "info", at: "Obiettivi!F8", why: "the 2.2 card says 45%, redetermined to 30%" },
  { rule: "scostamento-critico", severity: "avviso", at: "Indicatori!L20", why: "2.2 ind. 2: 606 positions resolved against at least 10.000 at 30/6 (6,06%)" },
  { rule: "target-sotto-baseline", severity: "avviso", at: "Indicatori!J21", why: "2.2 ind. 3: at least 8.000 samples at 31/12 against at least 8.500 in 2019" },
  { rule: "target-non-misurabile", severity: "avviso", at: "Indicatori!J26", why: "3.1 ind. 1's year-end target is 'Eventuale aggiornamento', which may not exist" },
  { rule: "pesi-indicatori", severity: "info", at: "Indicatori!K39", why: "3.6: 3 × 33,33% = 99,99%, rounding" },
  { rule: "target-sotto-baseline", severity: "avviso", at: "Indicatori!J40", why: "3.6 ind. 2: at least 95% of data updated against a 100% baseline" },
  { rule: "peso-non-valido", severity: "avviso", at: "Pesi!D20", why: "the Azienda Speciale's operational objective AS has no weight in either column of the Pesi table" },
  { rule: "revisione-incoerente", severity: "errore", at: "Revisioni!E9", why: "AS 'Nuovo Indicatore 3': the table restates a 31/12 forecast of 2 where the plan's indicator 3 has 3" },
];

describe("perf-check on the example workbook", () => {
  const file = path.relative(process.cwd(), EXAMPLE_WORKBOOK) || EXAMPLE_WORKBOOK;

  it("prints the golden Italian report and exits 1, because the seed has errors", async () => {
    const run = await runCli([file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    await matchGolden("example.txt", normalise(run.stdout, file));
  });

  it("prints the golden JSON report", async () => {
    const run = await runCli([file, "--json"]);
    expect(run.code).toBe(1);
    await matchGolden("example.json", normalise(run.stdout, file));
  });

  it("prints the golden English report with --lingua en, the anomalies in English", async () => {
    const run = await runCli([file, "--lingua", "en"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    await matchGolden("example.en.txt", normalise(run.stdout, file));
  });

  it("writes the English reports without an Italian word of ours: messages, suggestions, details, rule names and headings", async () => {
    const json = JSON.parse((await runCli([file, "--json", "--lingua", "en"])).stdout) as JsonReport;
    const planTexts = json.anomalies.flatMap((anomaly) => planTextsOf(anomaly.params));
    for (const anomaly of json.anomalies) {
      const words = [anomaly.message, anomaly.suggestion ?? "", anomaly.detail ?? ""].join(" ");
      expect({ at: `${anomaly.sheet}!${anomaly.cell}`, found: italianMarkersIn(words, planTextsOf(anomaly.params)) }).toEqual({ at: `${anomaly.sheet}!${anomaly.cell}`, found: [] });
    }
    const text = (await runCli([file, "--lingua", "en"])).stdout;
    // The group titles are the plan's objective titles, as written; every other line is ours.
    const titles = new Set(text.split("\n").filter((line) => /^[^\s─]/.test(line) && line.includes(" – ")));
    const ours = text.split("\n").filter((line) => !titles.has(line));
    expect(italianMarkersIn(ours.join("\n"), planTexts)).toEqual([]);
    expect(text).toContain("How it is calculated: Deviation 606 - 10,000 = -9,394");
  });

  it("gives each anomaly of the JSON report its message key, figures and detail", async () => {
    const json = JSON.parse((await runCli([file, "--json"])).stdout) as JsonReport;
    const critical = json.anomalies.find((anomaly) => anomaly.rule === "scostamento-critico");
    expect(critical?.key).toBe("scostamento-critico");
    expect(critical?.params).toMatchObject({ indicator: "2", objective: "2.2", period: "30/6", threshold: 0.5 });
    expect(critical?.detail).toMatch(/^Scostamento 606 - 10\.000 = -9\.394/);
    expect(json.anomalies.filter((anomaly) => anomaly.detail === null).length).toBeGreaterThan(0);
  });

  it("prints the golden English JSON report with --language en, the same anomalies as in Italian", async () => {
    const run = await runCli([file, "--json", "--language=en"]);
    expect(run.code).toBe(1);
    await matchGolden("example.en.json", normalise(run.stdout, file));
    const english = JSON.parse(run.stdout) as JsonReport;
    const italian = JSON.parse((await runCli([file, "--json"])).stdout) as JsonReport;
    const place = (report: JsonReport) => report.anomalies.map(({ rule, severity, sheet, cell, objective, indicator }) => ({ rule, severity, sheet, cell, objective, indicator }));
    expect(place(english)).toEqual(place(italian));
    english.anomalies.forEach((anomaly, i) => expect(anomaly.message).not.toBe(italian.anomalies[i]?.message));
  });

  it("reports exactly the anomalies reviewed against the seed document", async () => {
    const report = JSON.parse((await runCli([file, "--json"])).stdout) as JsonReport;
    const found = report.anomalies.map((anomaly) => ({ rule: anomaly.rule, severity: anomaly.severity, at: `${anomaly.sheet}!${anomaly.cell}` }));
    expect(found).toEqual(REVIEWED.map(({ rule, severity, at }) => ({ rule, severity, at })));
  });

  it("reads every objective and indicator of the seed, at the detected date 30/6", async () => {
    const report = JSON.parse((await runCli([file, "--json"])).stdout) as JsonReport;
    const fixture = JSON.parse(await fs.readFile(path.join(path.dirname(EXAMPLE_WORKBOOK), "plan-2020.json"), "utf8")) as {
      objectives: { indicators: unknown[] }[];
      objectivesOnlyInWeightsTable: unknown[];
    };
    expect(report.plan).toEqual({
      objectives: fixture.objectives.length + fixture.objectivesOnlyInWeightsTable.length,
      indicators: fixture.objectives.reduce((sum, objective) => sum + objective.indicators.length, 0),
      period: "30/6",
      periodSource: "columns",
      reportingDate: "30/6",
    });
  });

  it("exits 0 with --esito-zero, the report unchanged", async () => {
    const plain = await runCli([file]);
    const lenient = await runCli(["--esito-zero", file]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(plain.stdout);
  });
});
