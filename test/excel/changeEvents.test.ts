import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { WorkbookChange } from "../../src/port/workbookPort";
import { createFakeExcel, workbookState } from "./fakeExcel";
import { findSheet } from "./fake/fakeState";
import { planSheets } from "./helpers/planWorkbook";

/** Lets the registration's Excel.run and promise callbacks settle (fake timers: no real wait). */
const settle = () => jest.runAllTimersAsync();

function subscribed() {
  const fake = createFakeExcel(workbookState([...planSheets(10), { name: "Riepilogo", rows: [["x"]] }]));
  const changes: WorkbookChange[] = [];
  const unsubscribe = new OfficeWorkbook({ host: fake.host }).onChanged((change) => changes.push(change));
  const idOf = (name: string) => findSheet(fake.state, name)?.id ?? "";
  return { fake, changes, unsubscribe, idOf };
}

describe("OfficeWorkbook.onChanged", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reports the user's edits with the sheet's name and the edited address", async () => {
    const { fake, changes, idOf } = subscribed();
    await settle();
    await fake.emitChange({ worksheetId: idOf("Indicatori"), address: "K12", triggerSource: "Unknown" });
    expect(changes).toEqual([{ sheet: "Indicatori", address: "K12" }]);
  });

  it("ignores the add-in's own edits and edits of the report sheets, so that writing a report never re-validates", async () => {
    const { fake, changes, idOf } = subscribed();
    await settle();
    await fake.emitChange({ worksheetId: idOf("Indicatori"), address: "A1", triggerSource: "ThisLocalAddin" });
    await fake.emitChange({ worksheetId: idOf("Riepilogo"), address: "A1", triggerSource: "Unknown" });
    expect(changes).toEqual([]);
  });

  it("stops reporting once unsubscribed, and removes its handler from Excel", async () => {
    const { fake, changes, unsubscribe, idOf } = subscribed();
    await settle();
    unsubscribe();
    await settle();
    await fake.emitChange({ worksheetId: idOf("Indicatori"), address: "K12", triggerSource: "Unknown" });
    expect(changes).toEqual([]);
    expect(fake.log.calls).toContain("onChanged.remove()");
  });

  it("removes the handler even when unsubscribed before Excel finished registering it", async () => {
    const { fake, unsubscribe } = subscribed();
    unsubscribe();
    await settle();
    expect(fake.log.calls).toEqual(expect.arrayContaining(["worksheets.onChanged.add()", "onChanged.remove()"]));
  });
});
