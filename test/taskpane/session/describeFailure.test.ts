import fc from "fast-check";
import { WorkbookError } from "../../../src/port/workbookError";
import { describeFailure } from "../../../src/taskpane/session/describeFailure";

describe("a failure from the workbook, in words", () => {
  it.each([
    [new WorkbookError("sheetNotFound", "Il foglio «Pesi» non esiste."), "hint.notFound", "Il foglio «Pesi» non esiste."],
    [new WorkbookError("excelBusy", "Excel è occupato."), "hint.busy", "Excel è occupato."],
    [new WorkbookError("unsupported", "Serve ExcelApi 1.9."), "hint.unsupported", "Serve ExcelApi 1.9."],
    [new WorkbookError("officeUnavailable", "Office.js non è caricato."), "hint.officeUnavailable", "Office.js non è caricato."],
    [{ code: "AccessDenied", message: "Access denied" }, "hint.protected", "AccessDenied: Access denied"],
    [{ code: "RequestPayloadSizeLimitExceeded" }, "hint.tooLarge", "RequestPayloadSizeLimitExceeded"],
  ])("gives a hint for a known cause: %p", (error, hint, detail) => {
    expect(describeFailure("read", error)).toEqual({ operation: "read", hint, detail });
  });

  it.each([
    [new Error("boom"), "boom"],
    ["just text", "just text"],
    [{}, "nessuna descrizione"],
    ["  ", "nessuna descrizione"],
    [undefined, "nessuna descrizione"],
    [42, "42"],
    [new TypeError(""), "TypeError"],
  ])("says something readable for %p", (error, detail) => {
    expect(describeFailure("write", error)).toEqual({ operation: "write", detail });
  });

  it("never shows an empty, endless or [object Object] detail", () => {
    fc.assert(
      fc.property(fc.anything(), (error) => {
        const { detail } = describeFailure("select", error);
        expect(detail.trim().length).toBeGreaterThan(0);
        expect(detail.length).toBeLessThanOrEqual(300);
        expect(detail).not.toContain("[object Object]");
      }),
    );
  });
});
