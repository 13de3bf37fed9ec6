import { toPortError } from "../../src/excel/toPortError";
import { WorkbookError } from "../../src/port/workbookError";
import { FakeOfficeError } from "./fake/fakeContext";

const reading = { operation: "leggere i fogli del piano" };

describe("toPortError", () => {
  it.each([
    ["ItemNotFound", "sheetNotFound", "Impossibile leggere i fogli del piano: un foglio o un elemento non esiste più nella cartella di lavoro. Rivalida il piano."],
    ["InvalidArgument", "invalidArgument", "Impossibile leggere i fogli del piano: Excel ha rifiutato un nome, un indirizzo, un formato o una formula."],
    ["AccessDenied", "accessDenied", "Impossibile leggere i fogli del piano: la cartella di lavoro o il foglio è protetto o aperto in sola lettura. Rimuovi la protezione e riprova."],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", "Impossibile leggere i fogli del piano: i dati superano il limite di una singola richiesta a Excel per il web (5 MB). Riduci l'area da elaborare o usa Excel desktop."],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", "Impossibile leggere i fogli del piano: i dati superano il limite di una singola richiesta a Excel per il web (5 MB). Riduci l'area da elaborare o usa Excel desktop."],
    ["InvalidOperationInCellEditMode", "excelBusy", "Impossibile leggere i fogli del piano: stai modificando una cella. Premi Invio o Esc e riprova."],
    ["ApiNotFound", "unsupported", "Impossibile leggere i fogli del piano: questa versione di Excel non offre la funzione necessaria. Aggiorna Excel o usa Excel per il web."],
    ["GeneralException", "excelError", "Impossibile leggere i fogli del piano: Excel ha segnalato un errore (GeneralException). Riprova; se si ripete, chiudi e riapri la cartella."],
  ])("turns Office's %s into %s with an Italian message", (officeCode, code, message) => {
    const error = toPortError(new FakeOfficeError(officeCode, "English text from Excel"), reading);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code, message, officeCode, detail: "English text from Excel" });
  });

  it("names the sheet and the address when it knows them", () => {
    const context = { operation: "selezionare la cella", sheet: "Indicatori", address: "K12" };
    expect(toPortError(new FakeOfficeError("ItemNotFound", "x"), context).message).toBe(
      "Il foglio «Indicatori» non esiste più: forse è stato rinominato o eliminato. Rivalida il piano.",
    );
    expect(toPortError(new FakeOfficeError("InvalidArgument", "x"), context)).toMatchObject({
      code: "invalidAddress",
      message: "L'indirizzo «K12» del foglio «Indicatori» non è valido in Excel.",
    });
  });

  it("passes a WorkbookError through unchanged", () => {
    const original = new WorkbookError("sheetExists", "Il foglio «Riepilogo» esiste già.");
    expect(toPortError(original, reading)).toBe(original);
  });

  it.each([
    [new TypeError("Cannot read properties of undefined (reading 'items')"), "Cannot read properties of undefined (reading 'items')"],
    ["a bare string", "a bare string"],
    [undefined, "undefined"],
  ])("still gives a readable message for %p", (thrown, detail) => {
    const error = toPortError(thrown, reading);
    expect(error).toMatchObject({ code: "excelError", detail });
    expect(error.message).toBe(`Impossibile leggere i fogli del piano: si è verificato un errore imprevisto (${detail}).`);
  });

  it("never produces a blank message", () => {
    expect(new WorkbookError("excelError", "  ").message).toBe("Excel ha segnalato un errore senza descrizione.");
    expect(toPortError(new FakeOfficeError("ItemNotFound", ""), reading).message).not.toBe("");
  });
});
