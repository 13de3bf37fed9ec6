import type { Anomaly, Severity } from "../../src/core/rules/anomaly";
import { HIGHLIGHT_COLORS } from "../../src/core/report/cellColors";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { toA1 } from "../../src/core/plan/a1";
import { createFakeExcel, snapshotCells, snapshotConditionalFormats, workbookState, type FakeExcel } from "./fakeExcel";
import { parseRect, type FakeState } from "./fake/fakeState";
import { planSheets } from "./helpers/planWorkbook";

const SEVERITIES: Severity[] = ["errore", "avviso", "info"];

function anomaly(sheet: string, cell: string, severity: Severity): Anomaly {
  return { rule: "pesi-indicatori", severity, sheet, cell, key: "errore-interno", params: { rule: "prova", reason: "prova" }, message: `Anomalia in ${cell}` };
}

/** `count` anomalies spread over the Indicatori sheet: columns I..L, every other row, mixed severities. */
function manyAnomalies(count: number): Anomaly[] {
  return Array.from({ length: count }, (_, index) =>
    anomaly("Indicatori", toA1(1 + 2 * Math.floor(index / 4), 8 + (index % 4)), SEVERITIES[index % 3] ?? "info"),
  );
}

function planWithUserFormats(indicators: number): FakeState {
  const state = workbookState(planSheets(indicators));
  const sheet = state.sheets.find((candidate) => candidate.name === "Indicatori");
  sheet?.conditionalFormats.push(
    { id: "user-rule", type: "Custom", formula: "=$I2>0.5", fill: "#00FF00", appliesTo: `I2:I${indicators + 1}` },
    { id: "user-bars", type: "DataBar", appliesTo: `J2:J${indicators + 1}` },
  );
  const own = sheet?.cells.get("1,8");
  if (own) own.fill = "#FFFF00";
  return state;
}

function addInFormats(fake: FakeExcel) {
  return fake.state.sheets.flatMap((sheet) =>
    sheet.conditionalFormats.filter((format) => format.formula?.includes("perf-addin:")).map((format) => ({ sheet: sheet.name, ...format })),
  );
}

/** Every cell (sheet!A1) the add-in's formats cover, with the fill it paints. */
function paintedCells(fake: FakeExcel): Map<string, string | undefined> {
  const painted = new Map<string, string | undefined>();
  for (const format of addInFormats(fake)) {
    for (const area of format.appliesTo.split(",")) {
      const rect = parseRect(area);
      if (!rect) throw new Error(`not an area: ${area}`);
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let col = rect.left; col <= rect.right; col += 1) {
          const key = `${format.sheet}!${toA1(row, col)}`;
          expect(painted.has(key)).toBe(false);
          painted.set(key, format.fill);
        }
      }
    }
  }
  return painted;
}

describe("OfficeWorkbook highlights", () => {
  it.each([10, 10_000])("highlights %p anomalies in 3 syncs: list sheets, load formats, write", async (count) => {
    const fake = createFakeExcel(planWithUserFormats(100));
    await new OfficeWorkbook({ host: fake.host }).applyHighlights(manyAnomalies(count));
    expect(fake.log.syncs).toBe(3);
    expect(fake.log.calls.some((call) => call.startsWith("worksheet.getRanges"))).toBe(true);
    expect(paintedCells(fake).size).toBe(count);
  });

  it("paints each cell once, by its most severe anomaly, with the severity's colour and the add-in's marker", async () => {
    const fake = createFakeExcel(planWithUserFormats(10));
    await new OfficeWorkbook({ host: fake.host }).applyHighlights([
      anomaly("Indicatori", "I2", "info"),
      anomaly("Indicatori", "I2", "errore"),
      anomaly("Indicatori", "$J$3", "avviso"),
      anomaly("Indicatori", "J4", "avviso"),
      anomaly("Obiettivi operativi", "C2", "info"),
    ]);
    expect(Object.fromEntries(paintedCells(fake))).toEqual({
      "Indicatori!I2": HIGHLIGHT_COLORS.errore.fill,
      "Indicatori!J3": HIGHLIGHT_COLORS.avviso.fill,
      "Indicatori!J4": HIGHLIGHT_COLORS.avviso.fill,
      "Obiettivi operativi!C2": HIGHLIGHT_COLORS.info.fill,
    });
    expect(addInFormats(fake).map((format) => [format.sheet, format.type, format.formula, format.appliesTo])).toEqual(
      expect.arrayContaining([
        ["Indicatori", "Custom", '="perf-addin:errore"<>""', "I2"],
        ["Indicatori", "Custom", '="perf-addin:avviso"<>""', "J3:J4"],
        ["Obiettivi operativi", "Custom", '="perf-addin:info"<>""', "C2"],
      ]),
    );
  });

  it("keeps every multi-area address under the limit, splitting 10.000 anomalies into several formats", async () => {
    const fake = createFakeExcel(planWithUserFormats(100));
    const anomalies = manyAnomalies(10_000);
    await new OfficeWorkbook({ host: fake.host, maxAddressLength: 4_000 }).applyHighlights(anomalies);
    const formats = addInFormats(fake);
    expect(formats.length).toBeGreaterThan(3);
    expect(Math.max(...formats.map((format) => format.appliesTo.length))).toBeLessThanOrEqual(4_000);
    const painted = paintedCells(fake);
    for (const item of anomalies) expect(painted.get(`${item.sheet}!${item.cell}`)).toBe(HIGHLIGHT_COLORS[item.severity].fill);
  });

  it("leaves values, formulas and formats untouched, and clearing restores the workbook exactly", async () => {
    const fake = createFakeExcel(planWithUserFormats(100));
    const workbook = new OfficeWorkbook({ host: fake.host });
    const cellsBefore = structuredClone(snapshotCells(fake.state));
    const formatsBefore = structuredClone(snapshotConditionalFormats(fake.state));

    await workbook.applyHighlights(manyAnomalies(500));
    expect(snapshotCells(fake.state)).toEqual(cellsBefore);
    expect(addInFormats(fake).length).toBeGreaterThan(0);

    fake.resetLog();
    await workbook.clearHighlights();
    expect(snapshotCells(fake.state)).toEqual(cellsBefore);
    expect(snapshotConditionalFormats(fake.state)).toEqual(formatsBefore);
    expect(fake.log.syncs).toBe(3);
  });

  it("needs the address limit: Excel refuses a getRanges address over 8192 characters", async () => {
    const fake = createFakeExcel(planWithUserFormats(100));
    const attempt = new OfficeWorkbook({ host: fake.host, maxAddressLength: 20_000 }).applyHighlights(manyAnomalies(10_000));
    await expect(attempt).rejects.toMatchObject({ code: "invalidArgument", message: expect.stringContaining("evidenziare le anomalie") });
  });

  it("replaces the previous highlights instead of stacking them", async () => {
    const fake = createFakeExcel(planWithUserFormats(10));
    const workbook = new OfficeWorkbook({ host: fake.host });
    await workbook.applyHighlights([anomaly("Indicatori", "I2", "errore"), anomaly("Indicatori", "K5", "info")]);
    await workbook.applyHighlights([anomaly("Indicatori", "L3", "avviso")]);
    expect(Object.fromEntries(paintedCells(fake))).toEqual({ "Indicatori!L3": HIGHLIGHT_COLORS.avviso.fill });
    expect(fake.state.sheets[2]?.conditionalFormats.map((format) => format.id)).toEqual(expect.arrayContaining(["user-rule", "user-bars"]));
  });

  it("finds its highlights again after the workbook is closed and reopened, and removes only those", async () => {
    const fake = createFakeExcel(planWithUserFormats(100));
    const formatsBefore = structuredClone(snapshotConditionalFormats(fake.state));
    await new OfficeWorkbook({ host: fake.host }).applyHighlights(manyAnomalies(300));

    const reopened = fake.reopen();
    expect(addInFormats(reopened).length).toBeGreaterThan(0);
    await new OfficeWorkbook({ host: reopened.host }).clearHighlights();
    expect(snapshotConditionalFormats(reopened.state)).toEqual(formatsBefore);
  });

  it("without ExcelApi 1.9 gives each area its own format, in the same 3 syncs", async () => {
    const fake = createFakeExcel(planWithUserFormats(100), { apiVersion: "1.8" });
    const anomalies = manyAnomalies(40);
    await new OfficeWorkbook({ host: fake.host }).applyHighlights(anomalies);
    expect(fake.log.syncs).toBe(3);
    expect(fake.log.calls.some((call) => call.startsWith("worksheet.getRanges"))).toBe(false);
    expect(addInFormats(fake)).toHaveLength(anomalies.length);
    expect(paintedCells(fake).size).toBe(anomalies.length);
  });

  it("skips anomalies on sheets that are gone or at addresses that are not cells, and highlights the rest", async () => {
    const fake = createFakeExcel(planWithUserFormats(10));
    await new OfficeWorkbook({ host: fake.host }).applyHighlights([
      anomaly("Indicatori 2019", "A1", "errore"),
      anomaly("Indicatori", "Totale", "errore"),
      anomaly("Indicatori", "XFE1", "errore"),
      anomaly("Indicatori", "K3", "avviso"),
    ]);
    expect([...paintedCells(fake).keys()]).toEqual(["Indicatori!K3"]);
  });

  it("clears in 2 syncs and changes nothing when there is nothing of its own to remove", async () => {
    const fake = createFakeExcel(planWithUserFormats(10));
    const formatsBefore = structuredClone(snapshotConditionalFormats(fake.state));
    await new OfficeWorkbook({ host: fake.host }).clearHighlights();
    expect(fake.log.syncs).toBe(2);
    expect(snapshotConditionalFormats(fake.state)).toEqual(formatsBefore);
  });
});
