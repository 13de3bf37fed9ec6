/**
 * The pane's settings live in the workbook's own settings (Workbook.settings, ExcelApi 1.4),
 * not in the common document settings reported unreliable between desktop and web; settings
 * saved the old way are read once and moved over; without ExcelApi 1.4 the document settings
 * still work. On the web, Windows and Mac alike.
 */
import { SETTINGS_KEY } from "../../src/excel/documentSettings";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createFakeExcel, workbookState, type FakeExcelOptions } from "./fakeExcel";

const paneSettings = { reportingDate: "2020-06-30", weightTolerancePoints: 0.1, severities: { "pesi-indicatori": "avviso" } };

const PLATFORMS: [string, FakeExcelOptions][] = [
  ["Excel on the web", { platform: "OfficeOnline" }],
  ["Excel on Windows", { platform: "PC", payloadLimit: null }],
  ["Excel on Mac", { platform: "Mac", payloadLimit: null }],
];

const book = () => workbookState([{ name: "Indicatori", rows: [["x"]] }]);

describe.each(PLATFORMS)("settings in %s", (_platform, options) => {
  it("are saved in the workbook's settings, in one sync, and not in the document settings", async () => {
    const fake = createFakeExcel(book(), options);
    await new OfficeWorkbook({ host: fake.host }).saveSettings(paneSettings);
    expect(fake.state.workbookSettings).toEqual({ [SETTINGS_KEY]: paneSettings });
    expect(fake.state.savedSettings).toEqual({});
    expect(fake.log.syncs).toBe(1);
  });

  it("are there after the file is closed and opened again", async () => {
    const fake = createFakeExcel(book(), options);
    await new OfficeWorkbook({ host: fake.host }).saveSettings(paneSettings);
    const reopened = fake.reopen();
    await expect(new OfficeWorkbook({ host: reopened.host }).loadSettings()).resolves.toEqual(paneSettings);
    expect(reopened.log.syncs).toBe(1);
  });

  it("saved the old way in the document settings are read once and moved into the workbook's settings", async () => {
    const state = book();
    state.savedSettings = { [SETTINGS_KEY]: JSON.stringify(paneSettings) };
    const fake = createFakeExcel(state, options);
    await expect(new OfficeWorkbook({ host: fake.host }).loadSettings()).resolves.toEqual(paneSettings);
    expect(fake.state.workbookSettings).toEqual({ [SETTINGS_KEY]: paneSettings });

    const later = fake.reopen();
    const changed = { ...paneSettings, weightTolerancePoints: 0.5 };
    await new OfficeWorkbook({ host: later.host }).saveSettings(changed);
    await expect(new OfficeWorkbook({ host: later.host }).loadSettings()).resolves.toEqual(changed);
  });

  it("prefer the workbook's settings to old ones left in the document settings", async () => {
    const state = book();
    state.savedSettings = { [SETTINGS_KEY]: { reportingDate: "2019-12-31" } };
    state.workbookSettings = { [SETTINGS_KEY]: paneSettings };
    await expect(new OfficeWorkbook({ host: createFakeExcel(state, options).host }).loadSettings()).resolves.toEqual(paneSettings);
  });

  it("are none in a workbook that has none, without writing anything", async () => {
    const fake = createFakeExcel(book(), options);
    await expect(new OfficeWorkbook({ host: fake.host }).loadSettings()).resolves.toEqual({});
    expect(fake.state.workbookSettings).toEqual({});
  });

  it("unreadable in the workbook are reported in Italian", async () => {
    const state = book();
    state.workbookSettings = { [SETTINGS_KEY]: "{non è json" };
    await expect(new OfficeWorkbook({ host: createFakeExcel(state, options).host }).loadSettings()).rejects.toMatchObject({
      code: "settings",
      message: expect.stringContaining("non sono leggibili"),
    });
  });

  it("use the document settings where ExcelApi 1.4 is missing", async () => {
    const fake = createFakeExcel(book(), { ...options, apiVersion: "1.3" });
    await new OfficeWorkbook({ host: fake.host }).saveSettings(paneSettings);
    expect(fake.state.savedSettings).toEqual({ [SETTINGS_KEY]: paneSettings });
    expect(fake.state.workbookSettings).toEqual({});
    expect(fake.log.syncs).toBe(0);
  });
});
