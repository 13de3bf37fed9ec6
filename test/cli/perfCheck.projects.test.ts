/**
 * The seed's project values through the command line: the cards example
 * (assets/piano-performance-2020-schede.xlsx, Brescia 2020) writes for 1.4, 2.3 and 2.4 «Valore
 * economico del progetto (Fondo Dirigenti): … 3.106 euro x 5 = 15.530 euro» and «(Fondo Dipendenti):
 * … 4.469 euro x 5 = 22.345 euro», for 3.5 the Fondo Dipendenti line only. At 30/6 2020 the three
 * new projects have no result yet (non valutabili); 3.5 scores 100%. By hand:
 * - Fondo Dirigenti: 3 × 15.530 = 46.590 euro of projects, nothing earned yet;
 * - Fondo Dipendenti: 4 × 22.345 = 89.380 euro of projects, 3.5 earns 4.469 × 5 × 100% = 22.345 euro.
 * The template example states no project value: its reports have no such table (the golden files).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CARDS_WORKBOOK } from "../../src/cli/exampleWorkbooks";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { EXAMPLE_WORKBOOK, runCli, temporaryFolder, writeRulesFile } from "./support/cliRunner";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-check-progetti-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function rulesFile(name: string, rules: unknown): Promise<string> {
  return writeRulesFile(folder, name, rules);
}

/** Bands 60% → proporzionale, 95% → 100%, and individual weights; no «fondo»: the plan's is used. */
const RULES = {
  premi: [
    { da: "60%", quota: "proporzionale" },
    { da: "95%", quota: "100%" },
  ],
  persone: [
    { nome: "dr Massimo Ziletti", peso: "40%" },
    { nome: "dr.ssa Antonella Vairano", peso: "30%" },
  ],
};

describe("perf-check on a plan that states its project values", () => {
  it("prints the «Valore dei progetti» table with the seed's figures and each fund's totals", async () => {
    const run = await runCli([CARDS_WORKBOOK, "--esito-zero"]);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf("\nValore dei progetti\n"));
    expect(section).toMatch(/1\.4\s+Fondo Dirigenti\s+€ 15\.530,00\s+non valutabile\s+non valutabile\n/);
    expect(section).toMatch(/1\.4\s+Fondo Dipendenti\s+€ 22\.345,00\s+non valutabile\s+non valutabile\n/);
    expect(section).toMatch(/2\.4\s+Fondo Dirigenti\s+€ 15\.530,00/);
    expect(section).toMatch(/3\.5\s+Fondo Dipendenti\s+€ 22\.345,00\s+100,00%\s+€ 22\.345,00\n/);
    expect(section).toContain("Fondo Dirigenti: valore dei progetti € 46.590,00, maturato € 0,00.");
    expect(section).toContain("Fondo Dipendenti: valore dei progetti € 89.380,00, maturato € 22.345,00.");
    expect(run.stdout).not.toContain("valore-progetto-incoerente");
  });

  it("writes the table in the JSON, one row per objective and fund, amounts in euro and scores as fractions", async () => {
    const report = JSON.parse((await runCli([CARDS_WORKBOOK, "--json", "--esito-zero"])).stdout) as JsonReport;
    expect(report.projects?.rows.map((row) => `${row.objective} ${row.fund} ${row.value} ${row.earned ?? "-"}`)).toEqual([
      "1.4 Fondo Dirigenti 15530 -",
      "1.4 Fondo Dipendenti 22345 -",
      "2.3 Fondo Dirigenti 15530 -",
      "2.3 Fondo Dipendenti 22345 -",
      "2.4 Fondo Dirigenti 15530 -",
      "2.4 Fondo Dipendenti 22345 -",
      "3.5 Fondo Dipendenti 22345 22345",
    ]);
    expect(report.projects?.rows.at(-1)).toMatchObject({ unitValue: 4469, coefficient: 5, score: 1, explanation: "€ 4.469,00 × 5 × 100% = € 22.345,00" });
    expect(report.projects?.funds).toEqual([
      { fund: "Fondo Dirigenti", value: 46590, earned: 0 },
      { fund: "Fondo Dipendenti", value: 89380, earned: 22345 },
    ]);
  });

  it("takes the rewards' fund from the plan's Fondo Dirigenti when the rules give none, and says so", async () => {
    const run = await runCli([CARDS_WORKBOOK, "--regole", await rulesFile("premi.json", RULES), "--esito-zero"]);
    const section = run.stdout.slice(run.stdout.indexOf("\nPremi\n"));
    expect(section).toContain(
      "Fondo letto dal piano: € 46.590,00 (Fondo Dirigenti, 1.4 € 15.530,00 + 2.3 € 15.530,00 + 2.4 € 15.530,00 = € 46.590,00); le regole dei premi non indicano un «fondo».",
    );
    // Ziletti 99,63% and Vairano 99,85% are in the 95% band (share 100%): 40% and 30% of 46.590.
    expect(section).toMatch(/dr Massimo Ziletti\s+99,63%\s+da 95%\s+100,00%\s+€ 18\.636,00/);
    expect(section).toMatch(/dr\.ssa Antonella Vairano\s+99,85%\s+da 95%\s+100,00%\s+€ 13\.977,00/);
    const report = JSON.parse((await runCli([CARDS_WORKBOOK, "--json", "--regole", await rulesFile("premi-json.json", RULES), "--esito-zero"])).stdout) as JsonReport;
    expect(report.rewards?.fund).toEqual({ amount: 46590, explanation: "Fondo Dirigenti, 1.4 € 15.530,00 + 2.3 € 15.530,00 + 2.4 € 15.530,00 = € 46.590,00", source: "plan" });
  });

  it("keeps the fund the rules give", async () => {
    const run = await runCli([CARDS_WORKBOOK, "--regole", await rulesFile("fondo.json", { ...RULES, fondo: 10000 }), "--esito-zero"]);
    expect(run.stdout).toContain("Fondo: € 10.000,00.");
    expect(run.stdout).not.toContain("Fondo letto dal piano");
  });

  it("speaks English with --lingua en", async () => {
    const run = await runCli([CARDS_WORKBOOK, "--lingua", "en", "--esito-zero"]);
    expect(run.stdout).toContain("\nProject values\n");
    expect(run.stdout).toContain("Fondo Dipendenti: projects' value €89,380.00, earned €22,345.00.");
  });

  it("adds the table to the annotated copy's Riepilogo", async () => {
    const copy = path.join(folder, "schede-annotate.xlsx");
    expect((await runCli([CARDS_WORKBOOK, "--annota", copy, "--esito-zero"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Riepilogo")?.eachRow((row) => rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value)));
    const title = rows.findIndex((row) => row[0] === "Valore dei progetti");
    expect(rows[title + 1]).toEqual(["Obiettivo", "Fondo", "Valore del progetto", "Punteggio", "Importo maturato"]);
    expect(rows).toContainEqual(["3.5", "Fondo Dipendenti", 22345, 1, 22345]);
    expect(rows).toContainEqual(["Fondo Dirigenti: valore dei progetti € 46.590,00, maturato € 0,00.", null, null, null, null]);
  });

  it("leaves the reports of a plan without project values as they were", async () => {
    const report = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json", "--esito-zero"])).stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["file", "plan", "anomalies", "scores"]);
  });
});
