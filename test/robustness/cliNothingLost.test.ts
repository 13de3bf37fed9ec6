/**
 * Nothing lost with `perf-check --annota`: the annotated copy of a plan a user has formatted by
 * hand, compared with the input cell by cell with ExcelJS. Every value, formula and user format
 * is as it was; the only changes are the fills (and notes, where there was none) of the
 * anomalous cells, and the added Anomalie sheet.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ANOMALIES_SHEET, SUMMARY_SHEET } from "../../src/core/reportSheets";
import { HIGHLIGHT_COLORS, toArgb } from "../../src/core/report/cellColors";
import { SEVERITY_ORDER, type Severity } from "../../src/core/rules/anomaly";
import { runCli, temporaryFolder } from "../cli/support/cliRunner";
import { writeDressedPlan } from "./support/userFormats";
import { cellSnapshots, sheetSnapshot, type CellSnapshot } from "./support/workbookSnapshot";

let folder: string;
let inputBytes: Buffer;
let input: ExcelJS.Workbook;
let output: ExcelJS.Workbook;
let before: Map<string, CellSnapshot>;
let after: Map<string, CellSnapshot>;
/** The most severe anomaly of each anomalous cell, by "Sheet!A1". */
const anomalous = new Map<string, Severity>();

beforeAll(async () => {
  folder = await temporaryFolder("perf-nothing-lost-");
  const file = path.join(folder, "piano-curato.xlsx");
  await writeDressedPlan(file);
  inputBytes = await fs.readFile(file);
  const target = path.join(folder, "piano-annotato.xlsx");
  const run = await runCli([file, "--json", "--annota", target]);
  if (![0, 1].includes(run.code)) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout) as { anomalies: { sheet: string; cell: string; severity: Severity }[] };
  for (const anomaly of report.anomalies) {
    const key = `${anomaly.sheet}!${anomaly.cell}`;
    const known = anomalous.get(key);
    if (!known || SEVERITY_ORDER.indexOf(anomaly.severity) < SEVERITY_ORDER.indexOf(known)) anomalous.set(key, anomaly.severity);
  }
  input = new ExcelJS.Workbook();
  await input.xlsx.readFile(file);
  output = new ExcelJS.Workbook();
  await output.xlsx.readFile(target);
  before = cellSnapshots(input);
  after = cellSnapshots(output, input.worksheets.map((sheet) => sheet.name));
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const fillOf = (severity: Severity) => JSON.stringify({ type: "pattern", pattern: "solid", fgColor: { argb: toArgb(HIGHLIGHT_COLORS[severity].fill) } });

describe("the annotated copy of a hand-formatted plan", () => {
  it("has anomalies to show, and leaves the input's bytes as they were", async () => {
    expect(anomalous.size).toBeGreaterThan(10);
    expect(await fs.readFile(path.join(folder, "piano-curato.xlsx"))).toEqual(inputBytes);
  });

  it("keeps every sheet in order and adds only the Anomalie and Riepilogo sheets", () => {
    expect(output.worksheets.map((sheet) => sheet.name)).toEqual([...input.worksheets.map((sheet) => sheet.name), ANOMALIES_SHEET, SUMMARY_SHEET]);
  });

  it("has the same cells as the input, none added and none dropped", () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it("keeps every value and formula, with its cached result", () => {
    const changed = [...before].filter(([key, cell]) => after.get(key)?.value !== cell.value).map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it("keeps every number format, font, border, alignment and protection", () => {
    const changed = [...before].flatMap(([key, cell]) => {
      const now = after.get(key);
      return (["numFmt", "font", "border", "alignment", "protection"] as const).filter((part) => now?.[part] !== cell[part]).map((part) => `${key} ${part}`);
    });
    expect(changed).toEqual([]);
  });

  it("changes the fill of the anomalous cells only, to their severity's colour", () => {
    const wrong = [...before].flatMap(([key, cell]) => {
      const severity = anomalous.get(key);
      const expected = severity ? fillOf(severity) : cell.fill;
      return after.get(key)?.fill === expected ? [] : [key];
    });
    expect(wrong).toEqual([]);
  });

  it("keeps every note of the user, adding one only to anomalous cells that had none", () => {
    const wrong = [...before].flatMap(([key, cell]) => {
      const now = after.get(key)?.note;
      if (cell.note !== "null") return now === cell.note ? [] : [`${key} lost its note`];
      if (anomalous.has(key)) return now !== "null" ? [] : [`${key} has no explanation`];
      return now === "null" ? [] : [`${key} got a note`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(["Obiettivi", "Indicatori", "Pesi", "Revisioni"])("keeps the %s sheet's merges, widths, heights, panes, tab colour, conditional formats and validation", (name) => {
    const original = input.getWorksheet(name);
    const copy = output.getWorksheet(name);
    expect(original && copy).toBeTruthy();
    if (original && copy) expect(sheetSnapshot(copy)).toEqual(sheetSnapshot(original));
  });
});
