/**
 * A workbook Excel itself would not accept gets a message that says what is wrong with it and
 * how to fix it, not «danneggiato» nor the parser's English: a sheet name over 31 characters,
 * two sheets with the same name (ignoring case, as Excel does). Sheet names are read as XML text.
 */
import { promises as fs } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { declaredSheetNames, sheetNameProblem } from "../../src/xlsx/workbookSheetNames";
import { writeBytes } from "./support/badFiles";
import { runCli, STACK_LINE, temporaryFolder } from "./support/cliRunner";
import { numberCell, row, workbookParts, zipOf } from "./support/xlsxParts";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-read-messages-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const sheet = (name: string) => ({ name, sheetData: row(1, numberCell("A1", 1)) });

describe("a workbook Excel would not accept", () => {
  it.each([
    [
      "a sheet name of 43 characters",
      [sheet("Indicatori del piano della performance 2020")],
      "sheetNameTooLong",
      "ha un foglio il cui nome, «Indicatori del piano della performance 2020», supera i 31 caratteri che Excel ammette",
    ],
    ["two sheets named the same but for case", [sheet("Indicatori"), sheet("INDICATORI")], "duplicateSheetName", "ha due fogli con lo stesso nome, «INDICATORI»"],
  ] as const)("with %s is refused with exit 2, naming the sheet", async (_name, sheets, code, says) => {
    const file = await writeBytes(folder, `${code}.xlsx`, zipOf(workbookParts(sheets)));
    expect(await readWorkbookFile(file)).toMatchObject({ ok: false, code });
    const run = await runCli([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(run.stderr).not.toMatch(/danneggiato|already exists|exceeds/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("with a name of exactly 31 characters is read", async () => {
    const file = await writeBytes(folder, "trentuno.xlsx", zipOf(workbookParts([sheet("Indicatori del piano 2020 - ABC")])));
    const read = await readWorkbookFile(file);
    expect(read.ok ? read.workbook.sheets[0]?.sheet : read.message).toBe("Indicatori del piano 2020 - ABC");
  });
});

describe("the declared sheet names", () => {
  it.each([
    ['<sheets><sheet name="Obiettivi" sheetId="1" r:id="rId1"/><sheet name="Pesi &amp; quote" sheetId="2"/></sheets>', ["Obiettivi", "Pesi & quote"]],
    ["<x:sheets><x:sheet sheetId='1' name='A&#x27;B &lt;2&gt;'/></x:sheets>", ["A'B <2>"]],
    ['<sheets><sheet name="&#8364; spese"/></sheets><definedNames><definedName name="x">1</definedName></definedNames>', ["€ spese"]],
  ])("of %s are %j", (xml, names) => {
    expect(declaredSheetNames(xml)).toEqual(names);
  });

  it.each([
    [["Obiettivi", "Indicatori"], null],
    [["Obiettivi", "obiettivi"], { code: "duplicateSheetName", sheet: "obiettivi" }],
    [["x".repeat(32)], { code: "sheetNameTooLong", sheet: "x".repeat(32) }],
    [["x".repeat(31)], null],
  ] as const)("%j have problem %j", (names, problem) => {
    expect(sheetNameProblem(names)).toEqual(problem);
  });
});
