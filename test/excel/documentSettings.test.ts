import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { SETTINGS_KEY } from "../../src/excel/documentSettings";
import { createFakeExcel, workbookState } from "./fakeExcel";

const paneSettings = {
  reportingDate: "2020-06-30",
  weightTolerancePoints: 0.1,
  cap: 1.2,
  threshold: 0.5,
  method: "linear",
  severities: { "pesi-indicatori": "avviso" },
};

/** An Office global over office-addin-mock whose document settings live in `store`. */
function officeWithSettings(store: Record<string, unknown>, saveStatus: "succeeded" | "failed" = "succeeded") {
  const saved: Record<string, unknown>[] = [];
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => store[name] ?? null,
          set: (name: string, value: unknown) => {
            store[name] = value;
          },
          saveAsync: (callback: (result: unknown) => void) => {
            if (saveStatus === "succeeded") saved.push(structuredClone(store));
            callback({ status: saveStatus, error: { code: 5009, message: "Read-only document" } });
          },
        },
      },
    },
  });
  return { office, saved };
}

describe("OfficeWorkbook settings", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it("saves the settings as one JSON value under perf.settings and persists them with saveAsync", async () => {
    const store: Record<string, unknown> = {};
    const { office, saved } = officeWithSettings(store);
    globals.Office = office;
    const workbook = new OfficeWorkbook();

    await workbook.saveSettings(paneSettings);
    expect(Object.keys(store)).toEqual([SETTINGS_KEY]);
    expect(saved).toEqual([{ [SETTINGS_KEY]: paneSettings }]);
    await expect(workbook.loadSettings()).resolves.toEqual(paneSettings);
  });

  it("returns no settings for a document that has none", async () => {
    globals.Office = officeWithSettings({}).office;
    await expect(new OfficeWorkbook().loadSettings()).resolves.toEqual({});
  });

  it.each([
    ["a JSON text", JSON.stringify(paneSettings), paneSettings],
    ["an object", paneSettings, paneSettings],
  ])("reads settings stored as %s", async (_kind, stored, expected) => {
    globals.Office = officeWithSettings({ [SETTINGS_KEY]: stored }).office;
    await expect(new OfficeWorkbook().loadSettings()).resolves.toEqual(expected);
  });

  it.each([["{not json"], [[1, 2, 3]], [42]])("reports unreadable settings (%p) in Italian instead of guessing", async (stored) => {
    globals.Office = officeWithSettings({ [SETTINGS_KEY]: stored }).office;
    await expect(new OfficeWorkbook().loadSettings()).rejects.toMatchObject({
      code: "settings",
      message: "Le impostazioni salvate in questo file non sono leggibili: vengono usate quelle predefinite. Salvale di nuovo per correggerle.",
    });
  });

  it("explains in Italian when the document cannot save settings", async () => {
    globals.Office = officeWithSettings({}, "failed").office;
    await expect(new OfficeWorkbook().saveSettings(paneSettings)).rejects.toMatchObject({
      code: "settings",
      message: expect.stringContaining("Impossibile salvare le impostazioni nel file"),
    });
  });

  it("keeps saved settings with the file: they are there after reopening", async () => {
    const fake = createFakeExcel(workbookState([{ name: "Indicatori", rows: [["x"]] }]));
    await new OfficeWorkbook({ host: fake.host }).saveSettings(paneSettings);
    const reopened = fake.reopen();
    await expect(new OfficeWorkbook({ host: reopened.host }).loadSettings()).resolves.toEqual(paneSettings);
  });
});
