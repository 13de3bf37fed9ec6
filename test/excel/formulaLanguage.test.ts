/**
 * The formulas the add-in writes name the PERF functions as the Excel that reads them knows
 * them: Italian names in Italian Excel, English names in English Excel (en-US and the other
 * English locales the manifest overrides), on the web, Windows and Mac alike. The fake Excel
 * knows the names of the metadata file its display language loads and shows #NAME? (#NOME?)
 * for any other PERF name, as real Excel is reported to.
 */
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import type { SheetContent } from "../../src/core/report/sheetContent";
import { formulaForLanguage } from "../../src/excel/formulaNames";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { ENGLISH_FUNCTION_NAMES } from "../../src/functions/functionNames";
import fixture from "../../assets/plan-2020.json";
import { createFakeExcel, workbookState, type FakeExcelOptions } from "./fakeExcel";
import { findSheet } from "./fake/fakeState";

const PLATFORMS: [string, FakeExcelOptions][] = [
  ["Excel on the web", { platform: "OfficeOnline" }],
  ["Excel on Windows", { platform: "PC", payloadLimit: null }],
  ["Excel on Mac", { platform: "Mac", payloadLimit: null }],
];

const LANGUAGES: [displayLanguage: string, names: "it" | "en"][] = [
  ["it-IT", "it"],
  ["en-US", "en"],
  ["en-GB", "en"],
];

const CASES = PLATFORMS.flatMap(([platform, options]) => LANGUAGES.map(([language, names]) => [platform, language, names, options] as const));

const exampleSheets = () => buildExamplePlanSheets(fixture as unknown as PlanFixture);

/** Every formula of the written sheets that names a PERF function, and the values Excel shows for them. */
async function writeAndRead(sheets: SheetContent[], options: FakeExcelOptions): Promise<{ formulas: string[]; values: unknown[] }> {
  const fake = createFakeExcel(workbookState([{ name: "Foglio1", rows: [] }]), options);
  const port = new OfficeWorkbook({ host: fake.host });
  for (const sheet of sheets) await port.writeSheet(sheet);
  const cells = sheets.flatMap((sheet) => [...(findSheet(fake.state, sheet.name)?.cells.values() ?? [])]);
  const perf = cells.filter((cell) => cell.formula?.includes("PERF."));
  return { formulas: perf.map((cell) => cell.formula ?? ""), values: perf.map((cell) => cell.value) };
}

describe.each(CASES)("in %s with display language %s", (_platform, displayLanguage, names, options) => {
  const expectedNames = names === "en" ? Object.values(ENGLISH_FUNCTION_NAMES) : Object.keys(ENGLISH_FUNCTION_NAMES);

  it("«Carica esempio» writes PERF formulas that resolve (no #NAME?), named in that language", async () => {
    const { formulas, values } = await writeAndRead(exampleSheets(), { ...options, displayLanguage });
    expect(formulas.length).toBeGreaterThan(10);
    expect(values.filter((value) => value === "#NAME?" || value === "#NOME?")).toEqual([]);
    const used = new Set(formulas.flatMap((formula) => [...formula.matchAll(/PERF\.([A-Z.]+)\(/g)].map((match) => match[1])));
    for (const name of used) expect(expectedNames).toContain(name);
  });
});

describe("the fake Excel's function names", () => {
  it.each([
    ["en-US", "=PERF.SCOSTAMENTO(A1,B1)", "#NAME?"],
    ["it-IT", "=PERF.DEVIATION(A1,B1)", "#NOME?"],
  ])("in %s shows %s as %s, as real Excel does with a name it does not know", async (displayLanguage, formula, shown) => {
    const fake = createFakeExcel(workbookState([{ name: "Foglio1", rows: [] }]), { displayLanguage });
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem("Foglio1").getRange("C1").formulas = [[formula]];
      await context.sync();
    });
    expect(findSheet(fake.state, "Foglio1")?.cells.get("0,2")).toEqual({ formula, value: shown });
  });
});

describe("formulaForLanguage", () => {
  it.each([
    ["=PERF.SCOSTAMENTO(L2,I2,E2)", "en", "=PERF.DEVIATION(L2,I2,E2)"],
    ["=PERF.SCOSTAMENTO.PERC(L2,I2)", "en", "=PERF.DEVIATION.PCT(L2,I2)"],
    ["=IFERROR(PERF.RAGGIUNGIMENTO(A1,B1),\"\")", "en", "=IFERROR(PERF.ACHIEVEMENT(A1,B1),\"\")"],
    ["=PERF.DEVIATION(L2,I2,E2)", "it", "=PERF.SCOSTAMENTO(L2,I2,E2)"],
    ["=PERF.SCOSTAMENTO(L2,I2,E2)", "it", "=PERF.SCOSTAMENTO(L2,I2,E2)"],
    ["=\"PERF.SCOSTAMENTO(\"&A1", "en", "=\"PERF.SCOSTAMENTO(\"&A1"],
    ["=MYPERF.SCOSTAMENTO(A1)", "en", "=MYPERF.SCOSTAMENTO(A1)"],
    ["=PERF.PUNTEGGIO(Q2:Q3,K2:K3)+PERF.NUMERO(\"1,5\")", "en", "=PERF.SCORE(Q2:Q3,K2:K3)+PERF.NUMBER(\"1,5\")"],
  ] as const)("writes %s in %s Excel as %s", (formula, language, expected) => {
    expect(formulaForLanguage(formula, language)).toBe(expected);
  });
});
