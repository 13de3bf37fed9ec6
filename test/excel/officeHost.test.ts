import { OfficeMockObject } from "office-addin-mock";
import { officeGlobalsHost } from "../../src/excel/officeHost";

describe("the Office.js globals host", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  function withOffice(platform: string, supported: string[]) {
    globals.Office = new OfficeMockObject({
      context: {
        platform,
        requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supported.includes(version) },
      },
    });
    // office-addin-mock hides scalar properties until they are loaded and synced, as Office.js objects do.
    const office = globals.Office as { context: { load(name: string): void; sync(): Promise<void> } };
    office.context.load("platform");
    return office.context.sync();
  }

  it.each([
    ["OfficeOnline", true],
    ["PC", false],
    ["Mac", false],
    ["iOS", true],
  ])("on platform %s treats requests as capped at 5 MB: %p", async (platform, capped) => {
    await withOffice(platform, []);
    expect(officeGlobalsHost().requestSizeCapped()).toBe(capped);
  });

  it("treats requests as capped when Office.js is not there", () => {
    expect(officeGlobalsHost().requestSizeCapped()).toBe(true);
    expect(officeGlobalsHost().supportsExcelApi("1.1")).toBe(false);
  });

  it("asks Office which ExcelApi requirement sets this Excel offers", async () => {
    await withOffice("PC", ["1.9"]);
    const host = officeGlobalsHost();
    expect(host.supportsExcelApi("1.9")).toBe(true);
    expect(host.supportsExcelApi("1.12")).toBe(false);
  });
});
