import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createFakeExcel, workbookState } from "./fakeExcel";
import { planSheets } from "./helpers/planWorkbook";

describe("OfficeWorkbook.selectCell", () => {
  const globals = globalThis as { Excel?: unknown };
  afterEach(() => {
    delete globals.Excel;
  });

  it("activates the sheet and selects the cell in one sync, through Excel.run (office-addin-mock)", async () => {
    const calls: string[] = [];
    const excelMock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
            }),
          },
        },
        sync: async () => {
          calls.push("sync");
        },
      },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    globals.Excel = excelMock;

    await new OfficeWorkbook().selectCell("Indicatori", "$k$12");
    expect(calls).toEqual(["activate Indicatori", "select K12", "sync"]);
  });

  it("selects in the fake workbook and leaves the sheet active", async () => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    await new OfficeWorkbook({ host: fake.host }).selectCell("Indicatori", "K12");
    expect(fake.state.activeSheet).toBe("Indicatori");
    expect(fake.state.selection).toEqual({ sheet: "Indicatori", address: "K12" });
    expect(fake.log.syncs).toBe(1);
  });

  it("says in Italian which sheet no longer exists", async () => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    await expect(new OfficeWorkbook({ host: fake.host }).selectCell("Indicatori 2019", "K12")).rejects.toMatchObject({
      code: "sheetNotFound",
      sheet: "Indicatori 2019",
      officeCode: "ItemNotFound",
      message: "Il foglio «Indicatori 2019» non esiste più: forse è stato rinominato o eliminato. Rivalida il piano.",
    });
  });

  it.each(["Totale", "K0", "XFE12", "A1048577", "A1:B2:C3", ""])("refuses %p as an address before calling Excel", async (address) => {
    const fake = createFakeExcel(workbookState(planSheets(10)));
    await expect(new OfficeWorkbook({ host: fake.host }).selectCell("Indicatori", address)).rejects.toMatchObject({
      code: "invalidAddress",
      message: `Impossibile selezionare «${address}» nel foglio «Indicatori»: non è un indirizzo di cella di Excel.`,
    });
    expect(fake.log.syncs).toBe(0);
  });

  it("explains that Office.js is missing when the pane runs outside Excel", async () => {
    await expect(new OfficeWorkbook().selectCell("Indicatori", "K12")).rejects.toMatchObject({
      code: "officeUnavailable",
      message: "Office.js non è disponibile: apri il componente aggiuntivo dall'interno di Excel.",
    });
  });
});
