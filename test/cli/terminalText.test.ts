/**
 * What perf-check prints cannot act on the terminal: control characters (CR, ESC, C1) and the
 * characters that reorder text (U+202E and the other bidi controls) in file names, sheet names,
 * titles and cell texts are printed as escapes; the JSON keeps every value exactly, as \u escapes.
 */
import * as path from "node:path";
import fc from "fast-check";
import { isUnsafeForTerminal, safeJson, safeLines, safeText } from "../../src/xlsx/terminalText";
import { runCli, temporaryFolder } from "./support/cliRunner";
import { columnIndex, exampleSheets, rowIndex, sheetNamed, writeSheets } from "./support/planSheets";

const hasUnsafe = (text: string, allowLineBreaks = false) =>
  [...text].some((char) => isUnsafeForTerminal(char.charCodeAt(0)) && !(allowLineBreaks && char === "\n"));

describe("safeText", () => {
  it.each([
    ["a carriage return", "Foglio\r1", "Foglio\\r1"],
    ["a line break", "Riga 1\nRiga 2", "Riga 1\\nRiga 2"],
    ["a tab", "a\tb", "a\\tb"],
    ["an escape sequence", "x\u001b[2Jy", "x\\u001B[2Jy"],
    ["a right-to-left override", "piano\u202Exslx.exe", "piano\\u202Exslx.exe"],
    ["a bidi isolate", "a\u2067b\u2069", "a\\u2067b\\u2069"],
    ["a C1 control (CSI)", "a\u009bb", "a\\u009Bb"],
    ["DEL", "a\u007fb", "a\\u007Fb"],
    ["a line separator", "a\u2028b", "a\\u2028b"],
  ])("shows %s as an escape", (_name, text, shown) => {
    expect(safeText(text)).toBe(shown);
  });

  it.each([["Perché è più alto: 1.800.000,00 € – «Avviato»"], ["Dirigente: dr.ssa Anna Rossi"], ["平成 ✓"]])("leaves «%s» as it is", (text) => {
    expect(safeText(text)).toBe(text);
  });

  it("never lets an unsafe character through, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => !hasUnsafe(safeText(text)) && !hasUnsafe(safeLines(text), true)));
  });

  it("keeps the line breaks of output made of lines", () => {
    expect(safeLines("uno\r\ndue\n")).toBe("uno\\r\ndue\n");
  });
});

describe("safeJson", () => {
  it("keeps every value exactly while escaping what JSON.stringify leaves raw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const json = safeJson(JSON.stringify({ value, text }, null, 2));
        expect(hasUnsafe(json, true)).toBe(false);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });
});

describe("perf-check's output", () => {
  // XML cannot hold C0 controls (a workbook stores none): those come in through file names, below.
  const title = "Fiere\u202Eodatnemmoc\u009b[2J";
  let file: string;

  beforeAll(async () => {
    const folder = await temporaryFolder("perf-terminal-");
    const sheets = exampleSheets();
    const objectives = sheetNamed(sheets, "Obiettivi");
    const row = objectives.rows[rowIndex(objectives, { Codice: "AS-STRAT" })] ?? [];
    row[columnIndex(objectives, "Titolo")] = title;
    const indicators = sheetNamed(sheets, "Indicatori");
    indicators.name = "Indicatori\u202E";
    file = await writeSheets(folder, "piano\u001b[2J.xlsx", sheets);
  });

  it("prints the text report with titles, sheet and file names escaped", async () => {
    const run = await runCli([file]);
    expect(run.code).toBe(1);
    expect(hasUnsafe(run.stdout, true)).toBe(false);
    expect(run.stdout).toContain("AS-STRAT – Fiere\\u202Eodatnemmoc\\u009B[2J");
    expect(run.stdout).toContain("Indicatori\\u202E!");
    expect(run.stdout).toContain("piano\\u001B[2J.xlsx");
  });

  it("prints JSON that gives back the exact texts and holds no raw control or bidi character", async () => {
    const run = await runCli([file, "--json"]);
    expect(hasUnsafe(run.stdout, true)).toBe(false);
    const report = JSON.parse(run.stdout) as { file: string; anomalies: { sheet: string }[] };
    expect(report.file).toBe(file);
    expect(report.anomalies.map((anomaly) => anomaly.sheet)).toContain("Indicatori\u202E");
  });

  it("escapes a file name in the messages on stderr", async () => {
    const missing = path.join(path.dirname(file), "manca\u001b]0;titolo\u0007\r.xlsx");
    const run = await runCli([missing, file]);
    expect(hasUnsafe(run.stderr, true)).toBe(false);
    expect(run.stderr).toContain("manca\\u001B]0;titolo\\u0007\\r.xlsx\" non esiste");
  });
});
