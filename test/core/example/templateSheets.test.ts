import { buildTemplateSheets } from "../../../src/core/example/templateSheets";
import { PERCENT_FORMAT, TEXT_FORMAT } from "../../../src/core/example/typeAsClerk";
import { TEMPLATE_SHEETS } from "../../../src/core/plan/planTemplate";

describe("buildTemplateSheets", () => {
  it("writes the four template sheets with their Italian headers and no rows", () => {
    const sheets = buildTemplateSheets();
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Obiettivi", "Indicatori", "Pesi", "Revisioni"]);
    sheets.forEach((sheet, i) => {
      expect(sheet.rows).toEqual([TEMPLATE_SHEETS[i]?.columns.map((column) => column.header)]);
      expect(sheet.boldRows).toEqual([0]);
    });
  });

  it("writes the English headers and sheet names for the second locale", () => {
    const sheets = buildTemplateSheets("en");
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Objectives", "Indicators", "Weights", "Revisions"]);
    expect(sheets[1]?.rows[0]).toContain("Target 31/12");
    expect(sheets[1]?.rows[0]).toContain("Achievement");
  });

  it("formats weights and achievement as percentages and codes as text", () => {
    const [objectives, indicators, weights] = buildTemplateSheets();
    const column = (sheet: typeof objectives, header: string) => (sheet?.rows[0] ?? []).indexOf(header);
    expect(objectives?.columnFormats?.[column(objectives, "Codice")]).toBe(TEXT_FORMAT);
    expect(objectives?.columnFormats?.[column(objectives, "Quota indicatori propri")]).toBe(PERCENT_FORMAT);
    expect(indicators?.columnFormats?.[column(indicators, "Peso")]).toBe(PERCENT_FORMAT);
    expect(indicators?.columnFormats?.[column(indicators, "Raggiungimento")]).toBe(PERCENT_FORMAT);
    expect(weights?.columnFormats?.[column(weights, "Peso rideterminato")]).toBe(PERCENT_FORMAT);
  });

  it("makes every column at least as wide as its header", () => {
    for (const sheet of buildTemplateSheets()) {
      (sheet.rows[0] ?? []).forEach((header, c) => expect(sheet.columnWidths?.[c]).toBeGreaterThanOrEqual(String(header).length));
    }
  });
});
