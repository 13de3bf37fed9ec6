/**
 * The scoring profile end to end: `--regole` with the profile's keys or `preset:NAME`, the
 * workbook's own «Regole di valutazione» sheet (written as the pane writes it, then edited by hand),
 * --regole over the sheet, the source named in the report, and bad values named with their key.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { rulesSheetContent } from "../../src/core/report/rulesSheet";
import { defaultValidationSettings } from "../../src/core/settings";
import { EXAMPLE_WORKBOOK, runCli, temporaryFolder } from "./support/cliRunner";
import { exampleSheets, writeSheets } from "./support/planSheets";

let folder: string;
let plain: string;
let withDefaults: string;
let withSheet: string;
let badSheet: string;

function setRule(rows: unknown[][], label: string, value: string): void {
  const row = rows.find((r) => r[0] === label);
  if (row === undefined) throw new Error(`no row ${label}`);
  row[1] = value;
}

beforeAll(async () => {
  folder = await temporaryFolder();
  plain = await writeSheets(folder, "senza-regole.xlsx", exampleSheets());
  withDefaults = await writeSheets(folder, "regole-predefinite.xlsx", [...exampleSheets(), rulesSheetContent(defaultValidationSettings)]);
  const rules = rulesSheetContent(defaultValidationSettings);
  setRule(rules.rows, "Fasce di punteggio", "80% → proporzionale");
  withSheet = await writeSheets(folder, "con-regole.xlsx", [...exampleSheets(), rules]);
  const bad = rulesSheetContent(defaultValidationSettings);
  setRule(bad.rows, "Aggregazione dell'obiettivo", "media");
  badSheet = await writeSheets(folder, "regole-errate.xlsx", [...exampleSheets(), bad]);
});

const scoreOf = (report: JsonReport, code: string) => report.scores.objectives.find((o) => o.code === code)?.score;

describe("perf-check with a scoring profile", () => {
  it("keeps the default report when no profile is given: no source line, no «rules» in the JSON", async () => {
    const report = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json"])).stdout) as JsonReport;
    expect(report.rules).toBeUndefined();
    expect((await runCli([EXAMPLE_WORKBOOK])).stdout).not.toContain("Regole di valutazione:");
  });

  it("leaves the seed's scores and anomalies unchanged under the default profile written out as the pane writes it", async () => {
    const without = JSON.parse((await runCli([plain, "--json"])).stdout) as JsonReport;
    const withRules = JSON.parse((await runCli([withDefaults, "--json"])).stdout) as JsonReport;
    expect(withRules.rules).toEqual({ source: "foglio «Regole di valutazione»" });
    expect(withRules.scores).toEqual(without.scores);
    expect(withRules.anomalies).toEqual(without.anomalies);
    expect(withRules.rewards).toBeUndefined();
  });

  it("applies a preset named with --regole preset:NAME and says so", async () => {
    const text = await runCli([EXAMPLE_WORKBOOK, "--regole", "preset:ecocerved-2023"]);
    expect(text.stdout).toContain("Regole di valutazione: preset «ecocerved-2023»");
    const report = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", "preset:ecocerved-2023"])).stdout) as JsonReport;
    expect(report.rules).toEqual({ source: "preset «ecocerved-2023»" });
    // 2.2: ind.2 at 6,06% scores 0 under the single band from 100%; the others reach 100%.
    expect(scoreOf(report, "2.2")).toBeCloseTo(0.75, 12);
  });

  it("reads the workbook's «Regole di valutazione» sheet as the plan's own profile", async () => {
    const report = JSON.parse((await runCli([withSheet, "--json"])).stdout) as JsonReport;
    expect(report.rules).toEqual({ source: "foglio «Regole di valutazione»" });
    expect(scoreOf(report, "2.2")).toBeCloseTo(0.75, 12);
  });

  it("lets --regole override the sheet, and names both", async () => {
    const file = path.join(folder, "regole.json");
    await fs.writeFile(file, JSON.stringify({ fasce: "0% → proporzionale" }));
    const report = JSON.parse((await runCli([withSheet, "--json", "--regole", file])).stdout) as JsonReport;
    expect(report.rules?.source).toBe(`file «${file}», sopra il foglio «Regole di valutazione»`);
    expect(scoreOf(report, "2.2")).toBeCloseTo(0.3 + 0.25 * 0.0606 + 0.2 + 0.25, 12);
  });

  it.each([
    ["an unknown preset", ["--regole", "preset:lazio"], /preset: Preset sconosciuto «lazio»\. Preset disponibili: ecocerved-2023, agenzia-entrate-2001\./],
  ])("stops on %s, naming the key", async (_label, args, message) => {
    const run = await runCli([EXAMPLE_WORKBOOK, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("stops on a bad value in the sheet, naming the sheet and the key", async () => {
    const run = await runCli([badSheet]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Il foglio «Regole di valutazione» di");
    expect(run.stderr).toContain("«aggregazione» deve essere media-pesata o tutti-raggiunti, non «media».");
  });
});
