/**
 * perf-check on the awkward files test/cli/badFiles.test.ts does not cover (it covers missing,
 * folder, empty, random bytes, truncated, CSV, password-protected, .xls, Word and no-plan files):
 * an old .xls renamed .xlsx, a sheet whose used range reaches row 1.000.000, a formula error in
 * every cell, and an annotated copy that cannot be written. Each ends with exit 2 or a clean
 * report, a clear message, no stack trace, and no partial output file.
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import { compoundFile, writeBytes } from "../cli/support/badFiles";
import { EXAMPLE_WORKBOOK, exists, runCli, STACK_LINE, temporaryFolder } from "../cli/support/cliRunner";
import { planOfFormulaErrors, planReachingRowOneMillion } from "./support/awkwardWorkbooks";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-robustness-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** Files in the folder other than the inputs: what a run left behind. */
async function leftovers(except: string[]): Promise<string[]> {
  return (await fs.readdir(folder)).filter((name) => !except.includes(name));
}

describe("perf-check on awkward files", () => {
  it("refuses an Excel 97-2003 workbook renamed .xlsx with exit 2, saying what it is", async () => {
    const file = await writeBytes(folder, "rinominato.xlsx", compoundFile(["Root Entry", "Workbook", "SummaryInformation"]));
    const output = path.join(folder, "rinominato-annotato.xlsx");
    const run = await runCli([file, "--annota", output]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/Excel 97-2003 \(\.xls\)/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await exists(output)).toBe(false);
  });

  it("checks a plan whose used range reaches row 1.000.000, reporting its two indicators", async () => {
    const file = await planReachingRowOneMillion(folder);
    const run = await runCli([file, "--json"]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect([0, 1]).toContain(run.code);
    const [report] = [JSON.parse(run.stdout)].flat() as { plan: { indicators: number } }[];
    expect(report?.plan.indicators).toBe(2);
  });

  it("reports a formula error in every data cell as anomalies, each quoting the error, and annotates the copy", async () => {
    const file = await planOfFormulaErrors(folder, false);
    const output = path.join(folder, "errori-annotato.xlsx");
    const run = await runCli([file, "--json", "--annota", output]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { anomalies: { rule: string; message: string }[] };
    const unreadable = report.anomalies.filter((anomaly) => anomaly.rule === "valore-illeggibile");
    expect(unreadable.length).toBeGreaterThan(0);
    for (const anomaly of unreadable) expect(anomaly.message).toMatch(/#(DIV\/0!|N\/D|RIF!|VALORE!|NOME\?)/);
    expect(await exists(output)).toBe(true);
  });

  it("finds no plan in a workbook where even the headers are formula errors: exit 3 and why", async () => {
    const file = await planOfFormulaErrors(folder, true);
    const run = await runCli([file]);
    expect(run).toMatchObject({ code: 3, stdout: "" });
    expect(run.stderr).toMatch(/piano/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("--annota", () => {
  it("writes only an exclusive temporary file beside the copy, renames it into place, and never opens the input for writing", async () => {
    const input = path.join(folder, "piano.xlsx");
    await fs.copyFile(EXAMPLE_WORKBOOK, input);
    const before = await fs.stat(input);
    const output = path.join(folder, "piano-annotato.xlsx");
    const opens = jest.spyOn(fs, "open");
    const renames = jest.spyOn(fs, "rename");
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(1);
    const calls = opens.mock.calls.map(([file, flags]) => ({ file: String(file), flags: Number(flags ?? 0) }));
    const writing = calls.filter((call) => (call.flags & (fsConstants.O_WRONLY | fsConstants.O_RDWR)) !== 0);
    expect(writing).toHaveLength(1);
    const [temporary] = writing;
    expect(path.dirname(temporary?.file ?? "")).toBe(folder);
    expect(path.basename(temporary?.file ?? "")).toMatch(/^\.piano-annotato\.xlsx\.perf-check-\d+-[0-9a-f]{16}\.tmp$/);
    const exclusive = fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_NOFOLLOW;
    expect((temporary?.flags ?? 0) & exclusive).toBe(exclusive);
    expect(calls.filter((call) => call.file === input).length).toBeGreaterThan(0);
    expect(renames.mock.calls.map(([from, to]) => [String(from), String(to)])).toEqual([[temporary?.file, output]]);
    const after = await fs.stat(input);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await fs.readFile(input)).toEqual(await fs.readFile(EXAMPLE_WORKBOOK));
  });

  it("leaves an earlier copy whole, and no temporary file, when the new copy cannot be put in place", async () => {
    const input = path.join(folder, "piano-2.xlsx");
    await fs.copyFile(EXAMPLE_WORKBOOK, input);
    const output = path.join(folder, "copia-precedente.xlsx");
    await fs.writeFile(output, "copia di ieri");
    const present = await fs.readdir(folder);
    jest.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" }));
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Non riesco a scrivere la copia annotata ".*copia-precedente\.xlsx"/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await fs.readFile(output, "utf8")).toBe("copia di ieri");
    expect(await leftovers(present)).toEqual([]);
  });

  it("says so, with exit 2 and no file, when the copy's folder does not exist", async () => {
    const output = path.join(folder, "cartella-che-non-esiste", "copia.xlsx");
    const run = await runCli([EXAMPLE_WORKBOOK, "--annota", output]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`--annota: la cartella "${path.dirname(output)}" non esiste: crearla o indicarne un'altra.\n`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await exists(output)).toBe(false);
  });
});
