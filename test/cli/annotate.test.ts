/**
 * --annota: a copy of the workbook with the anomalous cells filled by severity (the pane's
 * colours), an "Anomalie" sheet linking to each cell and the "Riepilogo" sheet of the scores;
 * the input's bytes never change, and a user's own sheet named like a report sheet is never replaced.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { ANOMALIES_HEADERS, ANOMALIES_SHEET, SUMMARY_SHEET } from "../../src/core/reportSheets";
import { HIGHLIGHT_COLORS, STATUS_COLORS, STATUSES, toArgb } from "../../src/core/report/cellColors";
import { EXAMPLE_WORKBOOK, exists, runCli, sha256, temporaryFolder } from "./support/cliRunner";

let folder: string;
let input: string;
let output: string;
let report: JsonReport;
let annotated: ExcelJS.Workbook;
let inputHashBefore: string;

function fillOf(workbook: ExcelJS.Workbook, sheet: string, address: string): string | undefined {
  const fill = workbook.getWorksheet(sheet)?.getCell(address).fill;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

beforeAll(async () => {
  folder = await temporaryFolder();
  input = path.join(folder, "piano.xlsx");
  await fs.copyFile(EXAMPLE_WORKBOOK, input);
  inputHashBefore = await sha256(input);
  output = path.join(folder, "piano-annotato.xlsx");
  const run = await runCli([input, "--json", "--annota", output]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(output);
  report = JSON.parse(run.stdout) as JsonReport;
  annotated = new ExcelJS.Workbook();
  await annotated.xlsx.readFile(output);
});

describe("the annotated copy", () => {
  it("leaves the input file's bytes unchanged", async () => {
    expect(await sha256(input)).toBe(inputHashBefore);
  });

  it("fills every anomalous cell with the colour of its most severe anomaly", () => {
    const order = ["errore", "avviso", "info"] as const;
    const worst = new Map<string, (typeof order)[number]>();
    for (const anomaly of report.anomalies) {
      const key = `${anomaly.sheet}!${anomaly.cell}`;
      const current = worst.get(key);
      if (!current || order.indexOf(anomaly.severity) < order.indexOf(current)) worst.set(key, anomaly.severity);
    }
    expect(worst.size).toBeGreaterThan(0);
    for (const [key, severity] of worst) {
      const [sheet = "", address = ""] = key.split("!");
      expect({ key, fill: fillOf(annotated, sheet, address) }).toEqual({ key, fill: toArgb(HIGHLIGHT_COLORS[severity].fill) });
    }
  });

  it("leaves the other cells unfilled and their values as they were", () => {
    expect(fillOf(annotated, "Indicatori", "C2")).toBeUndefined();
    expect(annotated.getWorksheet("Indicatori")?.getCell("L2").value).toBe(0.8955);
  });

  it("explains each anomalous cell in a note, naming the rule in plain words", () => {
    const note = annotated.getWorksheet("Indicatori")?.getCell("L20").note;
    expect(JSON.stringify(note)).toContain("AVVISO (Raggiungimento sotto la soglia critica): Al 30/6 l'indicatore 2");
  });

  it("has an Anomalie sheet with one row per anomaly, each linking to its cell", () => {
    const sheet = annotated.getWorksheet(ANOMALIES_SHEET);
    expect(sheet).toBeDefined();
    expect(sheet?.getRow(1).values).toEqual([undefined, ...ANOMALIES_HEADERS]);
    expect(sheet?.rowCount).toBe(report.anomalies.length + 1);
    report.anomalies.forEach((anomaly, i) => {
      const link = sheet?.getCell(i + 2, 4);
      expect(link?.formula).toBe(`HYPERLINK("#'${anomaly.sheet}'!${anomaly.cell}","${anomaly.cell}")`);
      expect(sheet?.getCell(i + 2, 7).value).toBe(anomaly.message);
    });
  });

  it("has a Riepilogo sheet with each objective's score as the report gives it", () => {
    const sheet = annotated.getWorksheet(SUMMARY_SHEET);
    expect(sheet?.getCell("A1").text).toBe("Riepilogo del piano della performance al 30 giugno (30/6)");
    const rows = new Map<string, unknown>();
    // The chart's table (evaluable objectives, same scores) and the objective table come first:
    // the first row of each code carries its objective's score.
    sheet?.eachRow((row) => {
      if (!rows.has(row.getCell(1).text)) rows.set(row.getCell(1).text, row.getCell(2).value);
    });
    for (const objective of report.scores.objectives) {
      expect(rows.has(objective.code)).toBe(true);
      if (objective.score !== null) expect(rows.get(objective.code)).toBeCloseTo(objective.score, 9);
    }
  });

  it("writes every status cell of the Riepilogo on its status's fill, the pane's colours, and no chart", () => {
    const sheet = annotated.getWorksheet(SUMMARY_SHEET);
    const seen = new Map<string, number>();
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        const status = STATUSES.find((s) => s === cell.text);
        const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
        if (status === undefined) expect(fill).toBeUndefined();
        else {
          expect(fill).toBe(toArgb(STATUS_COLORS[status].fill));
          seen.set(status, (seen.get(status) ?? 0) + 1);
        }
      });
    });
    const objectives = report.scores.objectives.length;
    const managers = report.scores.managers.length;
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(objectives + managers);
    expect(seen.size).toBe(STATUSES.length);
    expect(sheet?.getCell("A4").text).toBe("Grafico: raggiungimento per obiettivo");
  });

  it("replaces the Anomalie and Riepilogo sheets left by an earlier run instead of adding second ones", async () => {
    const again = path.join(folder, "piano-annotato-due-volte.xlsx");
    const run = await runCli([output, "--annota", again]);
    expect(run.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(again);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("Anomalie") || name.startsWith("Riepilogo"))).toEqual([ANOMALIES_SHEET, SUMMARY_SHEET]);
    expect(workbook.getWorksheet(ANOMALIES_SHEET)?.rowCount).toBe(report.anomalies.length + 1);
  });

  it.each([
    ["Anomalie", ["Data", "Anomalia rilevata a mano"]],
    ["Riepilogo", ["Riepilogo mio", "appunti"]],
    // Excel compares sheet names ignoring case: these take the report sheets' names too.
    ["ANOMALIE", ["Data", "Anomalia rilevata a mano"]],
    ["riepilogo", ["Riepilogo mio", "appunti"]],
  ])("is not written over a user's own %s sheet: the message says which sheet to rename", async (name, row) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE_WORKBOOK);
    workbook.addWorksheet(name).addRow(row);
    const own = path.join(folder, `con-foglio-${name}.xlsx`);
    await workbook.xlsx.writeFile(own);
    const target = path.join(folder, `con-foglio-${name}-annotato.xlsx`);
    const run = await runCli([own, "--annota", target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`il file contiene già il foglio «${name}», non scritto da perf-check: rinominarlo e riprovare`);
    expect(await exists(target)).toBe(false);
  });

  it("is refused when it would overwrite the input", async () => {
    const run = await runCli([input, "--annota", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/non viene mai sovrascritto/);
    expect(await sha256(input)).toBe(inputHashBefore);
  });

  it("needs a folder when several files are checked, and writes <name>-annotato.xlsx there", async () => {
    const second = path.join(folder, "secondo.xlsx");
    await fs.copyFile(EXAMPLE_WORKBOOK, second);
    const refused = await runCli([input, second, "--annota", path.join(folder, "unico.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cartella esistente/);
    expect(await exists(path.join(folder, "unico.xlsx"))).toBe(false);

    const outFolder = await fs.mkdtemp(path.join(folder, "copie-"));
    const run = await runCli([input, second, "--annota", outFolder]);
    expect(run.code).toBe(1);
    expect((await fs.readdir(outFolder)).sort()).toEqual(["piano-annotato.xlsx", "secondo-annotato.xlsx"]);
  });

  it("leaves no temporary file behind", async () => {
    expect((await fs.readdir(folder)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
