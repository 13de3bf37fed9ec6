/**
 * Deadline indicators written as dates, the way PIAO tables write them («Data di adozione del PIAO»:
 * target 31/01/2024, result 29/01/2024), in date cells Excel made from typed dates and in text: the
 * command line reads them as deadlines and the days they were met, scores a late one 0%, says what
 * it assumed, and still refuses a date against a number (Excel turns «3/4» into 3 April).
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { runCli, temporaryFolder } from "./support/cliRunner";

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** Objective, indicator, weight, target 2024, result 2024: dates as date cells unless written as text. */
const ROWS: [string, string, string, unknown, unknown][] = [
  ["1 Programmazione integrata", "Data di adozione del PIAO", "40%", day(2024, 1, 31), day(2024, 1, 29)],
  ["1 Programmazione integrata", "Data di approvazione del rendiconto", "30%", day(2024, 4, 30), day(2024, 5, 15)],
  ["1 Programmazione integrata", "Relazione sulla performance validata", "30%", "30/06/2024", "Realizzato"],
  ["2 Servizi digitali", "Attivazione del pagamento con PagoPA", "50%", "Entro il 30/09/2024", "15/09/2024"],
  ["2 Servizi digitali", "Pratiche evase nei termini", "50%", day(2024, 4, 3), "60%"],
];

let report: JsonReport;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Performance");
  sheet.getCell("A1").value = "PIAO 2024-2026 – Sottosezione Performance: monitoraggio al 31 dicembre 2024";
  sheet.getRow(3).values = ["Obiettivo", "Indicatore", "Peso", "Target 2024", "Risultato 2024"];
  ROWS.forEach((row, i) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(4 + i, c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  const file = path.join(await temporaryFolder(), "piao-scadenze.xlsx");
  await workbook.xlsx.writeFile(file);
  const run = await runCli([file, "--json"]);
  expect(run.stderr).toBe("");
  report = JSON.parse(run.stdout) as JsonReport;
});

function found(rule: string): string[] {
  return report.anomalies.filter((a) => a.rule === rule).map((a) => `${a.cell} ${a.severity}`);
}

describe("deadline indicators written as dates", () => {
  it("reads every indicator", () => {
    expect(report.plan).toMatchObject({ objectives: 2, indicators: 5 });
  });

  it("scores the deadlines met 100% and the late one 0%: objective 1 is 40% + 0% + 30%", () => {
    expect(report.scores.objectives.find((o) => o.code === "1")?.score).toBeCloseTo(0.7, 10);
  });

  it("scores a result date against a deadline in words", () => {
    // 2: the PagoPA deadline met on 15/09 (100%, weight 50%); the date against 60% is not evaluable, so half the weight is evaluated.
    expect(report.scores.objectives.find((o) => o.code === "2")).toMatchObject({ score: 1, evaluated: 0.5 });
  });

  it("says, for each indicator whose targets are dates, that it read them as deadlines", () => {
    const inferred = report.anomalies.filter((a) => a.rule === "polarita-dedotta");
    expect(inferred.map((a) => `${a.cell} ${a.severity}`)).toEqual(["B4 info", "B5 info", "B6 info", "B8 info"]);
    expect(inferred[0]?.message).toContain("dedotta dai target espressi come data ('31/01/2024'): ogni data è letta come scadenza");
  });

  it("reports the late deadline as a critical deviation, with both dates", () => {
    const late = report.anomalies.filter((a) => a.rule === "scostamento-critico");
    expect(late.map((a) => `${a.cell} ${a.severity}`)).toEqual(["E5 avviso"]);
    expect(late[0]?.message).toContain("raggiunto al 0% (risultato '15/05/2024', target '30/04/2024')");
  });

  it("refuses only the date against a number, as a date that may be Excel's conversion", () => {
    expect(found("valore-illeggibile")).toEqual(["D8 errore"]);
    expect(report.anomalies.find((a) => a.rule === "valore-illeggibile")?.message).toContain("La cella contiene una data (03/04/2024)");
  });
});
