import fc from "fast-check";
import { fileErrorCode, italianErrorText, toDisplayedFormula, toStoredFormula } from "../../src/xlsx/excelStoredForms";

describe("PERF functions inside an .xlsx", () => {
  it.each([
    ["PERF.SCOSTAMENTO(L2,I2,E2)", "_xldudf_PERF_SCOSTAMENTO(L2,I2,E2)"],
    ["PERF.SCOSTAMENTO.PERC(L2,I2)", "_xldudf_PERF_SCOSTAMENTO_PERC(L2,I2)"],
    ["IF(A1=\"\",\"\",PERF.RAGGIUNGIMENTO(A1,B1))*100", "IF(A1=\"\",\"\",_xldudf_PERF_RAGGIUNGIMENTO(A1,B1))*100"],
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["\"PERF.SCOSTAMENTO(testo)\"&A1", "\"PERF.SCOSTAMENTO(testo)\"&A1"],
    ["XPERF.SCOSTAMENTO(A1)", "XPERF.SCOSTAMENTO(A1)"],
  ])("stores %s as %s", (shown, stored) => {
    expect(toStoredFormula(shown)).toBe(stored);
    expect(toDisplayedFormula(stored)).toBe(shown);
  });

  it("shows Excel's newer functions without their _xlfn. prefix", () => {
    expect(toDisplayedFormula("_xlfn.IFS(A1>0,1,TRUE,0)+_xlfn._xlws.SORT(B1:B3)")).toBe("IFS(A1>0,1,TRUE,0)+SORT(B1:B3)");
  });

  it("reads back every PERF call it stores", () => {
    const name = fc.stringMatching(/^[A-Z][A-Z0-9]{0,10}(\.[A-Z][A-Z0-9]{0,6})?$/);
    const argument = fc.stringMatching(/^[A-Z]{1,2}[1-9][0-9]{0,3}$/);
    fc.assert(
      fc.property(name, fc.array(argument, { maxLength: 4 }), (fn, args) => {
        const formula = `PERF.${fn}(${args.join(",")})`;
        expect(toDisplayedFormula(toStoredFormula(formula))).toBe(formula);
      }),
    );
  });
});

describe("Excel errors inside an .xlsx", () => {
  it.each([
    ["#N/A", "#N/D"],
    ["#VALUE!", "#VALORE!"],
    ["#REF!", "#RIF!"],
    ["#NAME?", "#NOME?"],
    ["#NULL!", "#NULLO!"],
    ["#DIV/0!", "#DIV/0!"],
  ])("shows the stored %s as %s, and stores either back as %s", (stored, italian) => {
    expect(italianErrorText(stored)).toBe(italian);
    expect(fileErrorCode(italian)).toBe(stored);
    expect(fileErrorCode(stored)).toBe(stored);
  });

  it("keeps an unknown error as written and stores no text that is not an error", () => {
    expect(italianErrorText("#SPILL!")).toBe("#SPILL!");
    expect(fileErrorCode("Avvio")).toBeUndefined();
  });
});
