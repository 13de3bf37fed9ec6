/** The command's options end to end: several files, --periodo, --regole, --lingua, --help, --version. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import packageJson from "../../package.json";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { EXAMPLE_WORKBOOK, runCli, STACK_LINE, temporaryFolder, writeRulesFile } from "./support/cliRunner";

let folder: string;

function rulesFile(name: string, rules: unknown): Promise<string> {
  return writeRulesFile(folder, name, rules);
}

beforeAll(async () => {
  folder = await temporaryFolder();
});

describe("perf-check options", () => {
  it("checks several files, showing progress on stderr and a JSON array on stdout", async () => {
    const second = path.join(folder, "copia.xlsx");
    await fs.copyFile(EXAMPLE_WORKBOOK, second);
    const run = await runCli([EXAMPLE_WORKBOOK, second, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([`[1/2] ${EXAMPLE_WORKBOOK} ...`, `[2/2] ${second} ...`]);
    const reports = JSON.parse(run.stdout) as JsonReport[];
    expect(reports.map((report) => report.file)).toEqual([EXAMPLE_WORKBOOK, second]);
  });

  it("ends the text report of several files with a count of files with errors", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, EXAMPLE_WORKBOOK]);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("2 file controllati: 2 con errori, 0 illeggibili.");
  });

  it("reads the plan at the date given with --periodo", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--json", "--periodo", "31/12"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.plan.period).toBe("31/12");
    // Every seed indicator has a 31/12 target and, in a mid-year report, no 31/12 result (column N).
    const missing = report.anomalies.filter((anomaly) => anomaly.rule === "risultato-mancante");
    expect(missing).toHaveLength(report.plan.indicators);
    expect(missing.every((anomaly) => /^N\d+$/.test(anomaly.cell))).toBe(true);
  });

  it("applies severities and switches rules off from --regole", async () => {
    const config = await rulesFile("regole.json", JSON.stringify({ regole: { "revisione-incoerente": "avviso", "obiettivo-senza-indicatori": "off", "valore-ambiguo": "info" } }));
    const run = await runCli([EXAMPLE_WORKBOOK, "--json", "--regole", config]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.anomalies.filter((anomaly) => anomaly.rule === "obiettivo-senza-indicatori")).toEqual([]);
    expect(new Set(report.anomalies.filter((anomaly) => anomaly.rule === "revisione-incoerente").map((a) => a.severity))).toEqual(new Set(["avviso"]));
    expect(report.anomalies.some((anomaly) => anomaly.severity === "errore")).toBe(false);
    expect(run.code).toBe(0);
  });

  it.each([
    ["an unknown rule id", JSON.stringify({ rules: { "pesi-indicatore": "off" } }), /forse «pesi-indicatori»/],
    ["a severity that does not exist", JSON.stringify({ rules: { "pesi-indicatori": "grave" } }), /Gravità non valida/],
    ["a threshold out of range", JSON.stringify({ sogliaCritica: 7 }), /sogliaCritica/],
    ["text that is not JSON", "{ regole: off", /non è un JSON valido/],
  ])("refuses a --regole file with %s (exit 2, every problem listed)", async (_case, content, says) => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", await rulesFile("sbagliate.json", content)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(says);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("refuses a --regole file that does not exist", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", path.join(folder, "manca.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/non esiste/);
  });

  it("writes its own texts in English with --lingua en", async () => {
    const run = await runCli([EXAMPLE_WORKBOOK, "--lingua", "en"]);
    expect(run.stdout).toMatch(/reporting date 30\/6 \(detected from the filled columns\)/);
    expect(run.stdout).toMatch(/Scores by objective/);
    expect(run.stdout).toMatch(/^ {2}ERROR {3}/m);
  });

  it.each([["--help"], ["-h"], ["--aiuto"]])("prints the help with %s and exits 0", async (flag) => {
    const run = await runCli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^perf-check \d+\.\d+\.\d+/);
    expect(run.stdout).toMatch(/--annota <out\.xlsx>/);
  });

  it("prints the package version with --version", async () => {
    const run = await runCli(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  it.each([
    [["--periodo", "31/2", "x.xlsx"], /Periodo non valido: «31\/2»/],
    [["--formato", "x.xlsx"], /Opzione sconosciuta: --formato/],
    [["x.xlsx", "--annota"], /Manca il valore dell'opzione --annota/],
    [[], /Indicare almeno un file/],
    [["--lingua", "fr", "x.xlsx"], /Lingua non valida/],
  ])("refuses the command %j with exit 2 and a pointer to --help", async (argv, says) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(says);
    expect(run.stderr).toMatch(/perf-check --help/);
  });
});
