/**
 * The «Premi» section of the command line: reward rules in the --regole file turn the example plan's
 * manager scores (Brescia 2020) into shares, amounts and a fund check, in the text report, the JSON and
 * the annotated copy's Riepilogo; without them the reports are the golden ones (perfCheck.example).
 * The same rules written in the workbook's «Regole di valutazione» sheet (by the pane's writer, then
 * filled in by hand) give the same section, and --regole overrides them.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { EXAMPLE_WORKBOOK, runCli, temporaryFolder, writeRulesFile } from "./support/cliRunner";
import { exampleSheets, writeSheets } from "./support/planSheets";
import { rulesSheet } from "../../src/taskpane/session/sheetBuilders";
import { defaultValidationSettings } from "../../src/core/settings";
import type { SheetContent } from "../../src/core/report/sheetContent";

/** The seed's managers with the example's scores: Ziletti 99,63%, d'Azzeo 89,77%, Vairano 99,85%, Zorzi non valutabile. */
const ZILETTI = "dr Massimo Ziletti";
const DAZZEO = "dr Antonio d'Azzeo assistito dalla Dirigente dr.ssa Cristiana Taioli";
const VAIRANO = "dr.ssa Antonella Vairano";

/** Bands 60% → proporzionale, 95% → 100%; the seed's «Fondo Dirigenti» of 1.4 (3.106 euro × 5 points) as the fund. */
const RULES = {
  premi: [
    { da: "60%", quota: "proporzionale" },
    { da: "95%", quota: "100%" },
  ],
  fondo: { valorePunto: "3.106", punti: 5 },
  persone: [
    { nome: ZILETTI, peso: "40%" },
    { nome: DAZZEO, peso: "30%" },
    { nome: VAIRANO, peso: "30%" },
  ],
};

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-check-premi-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function rulesFile(name: string, rules: unknown): Promise<string> {
  return writeRulesFile(folder, name, rules);
}

describe("perf-check with reward rules", () => {
  it("prints each manager's score, band, share and amount, the fund, its check and the classes", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile("premi.json", RULES), "--esito-zero"]);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf("\nPremi\n"));
    expect(section).toMatch(/dr Massimo Ziletti\s+99,63%\s+da 95%\s+100,00%\s+€ 6\.212,00/);
    expect(section).toMatch(/dr Antonio d'Azzeo .*\s+89,77%\s+da 60%\s+89,77%\s+€ 4\.182,26/);
    expect(section).toMatch(/dr Ezio Zorzi\s+non valutabile\s+non valutabile\s+non valutabile\s+non calcolato/);
    expect(section).toContain("Fondo: € 15.530,00 (valore economico del progetto: € 3.106,00 × 5 = € 15.530,00).");
    expect(section).toContain("Gli importi rientrano nel fondo: distribuiti € 15.053,26 su € 15.530,00.");
    expect(section).toContain("Senza importo: dr Ezio Zorzi (non valutabile).");
    expect(section).toMatch(/≥ 90%\s+2\s+66,67%\n\s+60% – 90%\s+1\s+33,33%\n\s+< 60%\s+0\s+0,00%\n\s+non valutabili\s+1/);
  });

  it("reports amounts above the fund with both figures", async () => {
    const generous = { ...RULES, persone: RULES.persone.map((person) => ({ ...person, peso: "50%" })) };
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile("generosi.json", generous), "--esito-zero"]);
    // 15.530 × 50% × (100% + 89,77% + 100%) = 22.500,43
    expect(run.stdout).toContain("Gli importi superano il fondo di € 6.970,43: distribuiti € 22.500,43 contro un fondo di € 15.530,00.");
  });

  it.each([
    ["met: 2.1 at 100%", "2.1", "Condizione soddisfatta: l'obiettivo 2.1 almeno al 100%, e ha 100%.", /dr Massimo Ziletti\s+99,63%\s+da 95%\s+100,00%\s+€ 6\.212,00/],
    ["missed: 2.2 at 76,52%", "2.2 almeno 100%", "Condizione non soddisfatta: l'obiettivo 2.2 almeno al 100%, ma ha 76,52%: nessun premio.", /dr Massimo Ziletti\s+99,63%\s+da 95%\s+0,00%\s+€ 0,00/],
    ["not evaluable: 1.4 has no result at 30/6", "1.4", "Condizione non verificabile: l'obiettivo 1.4 almeno al 100%, ma l'obiettivo non è valutabile: quote non calcolate.", /dr Massimo Ziletti\s+99,63%\s+non valutabile\s+non valutabile\s+non calcolato/],
  ])("applies a condition on an objective of the plan (%s) and says how it went", async (_case, condizione, line, ziletti) => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile(`condizione-${condizione}.json`, { ...RULES, condizione }), "--esito-zero"]);
    const section = run.stdout.slice(run.stdout.indexOf("\nPremi\n"));
    expect(section).toContain(line);
    expect(section).toMatch(ziletti);
    const json = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", await rulesFile(`condizione-${condizione}-json.json`, { ...RULES, condizione }), "--esito-zero"])).stdout) as JsonReport;
    expect(json.rewards?.condition?.objective).toBe(condizione.split(" ")[0]);
  });

  it("says what is missing for the amounts when the rules give only the bands", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile("solo-fasce.json", { premi: RULES.premi }), "--esito-zero"]);
    expect(run.stdout).toContain("Importi non calcolati: mancano il peso individuale o il premio di ogni persona («persone») e il fondo («fondo») nelle regole dei premi.");
    expect(run.stdout).toMatch(/dr\.ssa Antonella Vairano\s+99,85%\s+da 95%\s+100,00%\s+non calcolato/);
  });

  it("writes the rewards in the JSON, scores and shares as fractions and amounts in euro", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", await rulesFile("premi-json.json", RULES), "--esito-zero"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.rewards?.people.find((person) => person.name === ZILETTI)).toMatchObject({ band: { from: 0.95 }, share: 1, fullBonus: 6212, amount: 6212, scoreSource: "plan" });
    expect(report.rewards).toMatchObject({
      split: "share",
      fund: { amount: 15530, explanation: "€ 3.106,00 × 5 = € 15.530,00" },
      distributed: 15053.26,
      fundCheck: { fund: 15530, distributed: 15053.26, excess: 0, withinFund: true },
      notEvaluated: 1,
    });
    expect(report.rewards?.classes.map((c) => c.count)).toEqual([2, 1, 0]);
  });

  it("speaks English with --lingua en", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--lingua", "en", "--regole", await rulesFile("premi-en.json", RULES), "--esito-zero"]);
    expect(run.stdout).toContain("\nRewards\n");
    expect(run.stdout).toContain("The amounts are within the fund: €15,053.26 distributed of €15,530.00.");
    expect(run.stdout).toContain("Distribution by score class");
  });

  it("stops with the list of problems when the reward rules are wrong", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile("sbagliate.json", { premi: [{ da: 90, quota: "60%" }], sogliaCritica: "40%" })]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("premi[1].da: La soglia «da» della 1ª fascia: «90» senza «%» vale 9.000%; per 90 punti scrivere \"90%\".");
  });

  it("leaves the reports without a «Premi» section when the rules file has no reward rules", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", await rulesFile("senza-premi.json", { sogliaCritica: "50%" }), "--esito-zero"]);
    expect(Object.keys(JSON.parse(run.stdout) as JsonReport)).toEqual(["file", "plan", "anomalies", "scores"]);
  });

  it("adds the «Premi» tables to the annotated copy's Riepilogo", async () => {
    const copy = path.join(folder, "annotato.xlsx");
    const run = await runCli([EXAMPLE_WORKBOOK, "--annota", copy, "--regole", await rulesFile("premi-copia.json", RULES), "--esito-zero"]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const summary = workbook.getWorksheet("Riepilogo");
    const firstColumn: unknown[] = [];
    summary?.eachRow((row) => firstColumn.push(row.getCell(1).value));
    expect(firstColumn).toEqual(expect.arrayContaining(["Premi", "Distribuzione per classi di punteggio", "Gli importi rientrano nel fondo: distribuiti € 15.053,26 su € 15.530,00."]));
  });
});

/**
 * The sheet as a clerk gets it: written by the pane's «Scrivi regole di valutazione» on a workbook
 * without reward rules, then the reward rows and the people's table filled in by hand as RULES says.
 */
function sheetWithRewards(premi: string): SheetContent {
  const sheet = rulesSheet([], defaultValidationSettings);
  const set = (label: string, value: string) => {
    const row = sheet.rows.find((r) => r[0] === label);
    if (row === undefined) throw new Error(`no row ${label}`);
    row[1] = value;
  };
  set("Premi", premi);
  set("Fondo", "3.106 € x 5 punti");
  sheet.rows.push([ZILETTI, "40%"], [DAZZEO, 0.3], [VAIRANO, "30%"]);
  return sheet;
}

describe("perf-check with reward rules in the workbook's «Regole di valutazione» sheet", () => {
  let withRewards: string;
  let badRewards: string;

  beforeAll(async () => {
    withRewards = await writeSheets(folder, "premi-nel-foglio.xlsx", [...exampleSheets(), sheetWithRewards("60% → proporzionale; 95% → 100%")]);
    badRewards = await writeSheets(folder, "premi-sbagliati.xlsx", [...exampleSheets(), sheetWithRewards("60% → proporzionale; 95% → 50%")]);
  });

  it("prints the same «Premi» section as the same rules given with --regole", async () => {
    const run = await runCli([withRewards, "--esito-zero"]);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf("\nPremi\n"));
    expect(section).toMatch(/dr Massimo Ziletti\s+99,63%\s+da 95%\s+100,00%\s+€ 6\.212,00/);
    expect(section).toContain("Fondo: € 15.530,00 (valore economico del progetto: € 3.106,00 × 5 = € 15.530,00).");
    expect(section).toContain("Gli importi rientrano nel fondo: distribuiti € 15.053,26 su € 15.530,00.");
    const fromSheet = JSON.parse((await runCli([withRewards, "--json", "--esito-zero"])).stdout) as JsonReport;
    const fromFile = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", await rulesFile("come-il-foglio.json", RULES), "--esito-zero"])).stdout) as JsonReport;
    expect(fromSheet.rewards).toEqual(fromFile.rewards);
  });

  it("lets the reward rules of --regole replace the sheet's", async () => {
    const run = await runCli([withRewards, "--regole", await rulesFile("sopra-il-foglio.json", { premi: [{ da: "0%", quota: "50%" }] }), "--esito-zero"]);
    expect(run.stdout).toMatch(/dr Massimo Ziletti\s+99,63%\s+da 0%\s+50,00%\s+non calcolato/);
    expect(run.stdout).toContain("Importi non calcolati");
  });

  it("keeps the sheet's reward rules under a --regole file without «premi»", async () => {
    const run = await runCli([withRewards, "--regole", await rulesFile("solo-soglie.json", { sogliaCritica: "50%" }), "--esito-zero"]);
    expect(run.stdout).toContain("Gli importi rientrano nel fondo: distribuiti € 15.053,26 su € 15.530,00.");
  });

  it("stops with the problem named by its row when the sheet's reward bands are wrong", async () => {
    const run = await runCli([badRewards]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Il foglio «Regole di valutazione» di");
    expect(run.stderr).toContain("Regole di valutazione: premi: Fasce dei premi non valide: la 2ª fascia (da 95%) dà 50%");
  });
});
