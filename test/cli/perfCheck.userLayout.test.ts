/**
 * A plan in a user's own layout: one sheet, a merged title row, the headers on row 3 in the
 * words of the seed document ("Target storico di riferimento", "Valore target al 30/6", "al 31/12",
 * "Risultati raggiunti", "Scostamenti"), objective columns on the indicator rows, values typed as
 * Italian text, a blank row, an extra column and a footnote. Part of the seed, with one declared
 * deviation miscalculated on purpose (2.2 ind. 4: 720 - 700 declared as 25).
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { runCli, temporaryFolder } from "./support/cliRunner";

const HEADERS = [
  "Cod. obiettivo", "Descrizione obiettivo", "Dirigente responsabile", "Peso dell'obiettivo", "N°", "Descrizione indicatore",
  "Target storico di riferimento", "Valore target al 30/6", "al 31/12", "Peso dell'indicatore", "Risultati raggiunti", "Scostamenti",
  "Note interne",
];

const VAIRANO = ["1.1", "Diffusione fra le imprese bresciane delle conoscenze legate all'emergenza", "dr.ssa Antonella Vairano", "20%"];
const AZZEO = ["2.2", "Miglioramento della qualità dell'informazione per le imprese", "dr Antonio d'Azzeo", "45%"];
const ZILETTI = ["3.6", "Misure di monitoraggio PTP corruzione e trasparenza", "dr Massimo Ziletti", "5%"];

const ROWS: (string | null)[][] = [
  [...VAIRANO, "1", "eventi e comunicazioni mirate", "133", "32", "70", "70,00%", "56", "24", null],
  [...VAIRANO, "2", "numero imprese coinvolte in attività di assessment", "173", "40", "100", "30,00%", "85", "45", "proposta revisione"],
  [],
  [...AZZEO, "1", "% riduzione delle pratiche critiche rispetto all'anno precedente", null, "-2,00%", "-5,00%", "30,00%", "-2,13%", "0,13%", null],
  [...AZZEO, "2", "miglioramento qualità dell'informazione", null, "risoluzione di almeno 10.000 posizioni", "risoluzione di almeno 12.000 posizioni", "25,00%", "606", "-9394", null],
  [...AZZEO, "3", "progetto Quality Check", "esame di almeno 8.500 istanze", "esame di almeno 2.500 istanze", "esame di almeno 8.000 istanze", "20,00%", "2.870 campioni", "370", null],
  [...AZZEO, "4", "imprese con informazioni aggiornate", "1.000 posizioni", "700 posizioni", "1.200 posizioni", "25,00%", "720", "25", null],
  [],
  [...ZILETTI, "1", "Monitoraggio delle attività del PTPCT", "100,00%", "-----", "Monitoraggio del 100% delle attività ad alto rischio", "33,33%", "//", "//", null],
  [...ZILETTI, "2", "Pubblicazione dei contenuti del Programma trasparenza", "100,00%", "-----", "Aggiornamento almeno del 95% dei dati pubblicati", "33,33%", "//", "//", null],
  [...ZILETTI, "3", "Rotazione del personale", null, null, "Rotazione degli incarichi all'Ufficio Provveditorato", "33,33%", "//", "//", null],
];

let report: JsonReport;
let code: number;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano 2020");
  sheet.getCell("A1").value = "PIANO DELLA PERFORMANCE 2020 – Rendicontazione al 30 giugno";
  sheet.mergeCells("A1:M1");
  sheet.getRow(3).values = HEADERS;
  ROWS.forEach((row, i) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(4 + i, c + 1).value = value;
    });
  });
  sheet.getCell(4 + ROWS.length + 1, 1).value = "Fonte: Ufficio controllo di gestione";
  const file = path.join(await temporaryFolder(), "piano-mio.xlsx");
  await workbook.xlsx.writeFile(file);
  const run = await runCli([file, "--json"]);
  expect(run.stderr).toBe("");
  report = JSON.parse(run.stdout) as JsonReport;
  code = run.code;
});

function at(rule: string, objective: string, indicator: string | null = null) {
  return report.anomalies.filter((a) => a.rule === rule && a.objective === objective && (indicator === null || a.indicator === indicator));
}

describe("a plan in the user's own layout", () => {
  it("is read whole: 3 objectives, 9 indicators, reporting date detected as 30/6", () => {
    expect(report.plan).toEqual({ objectives: 3, indicators: 9, period: "30/6", periodSource: "title", reportingDate: "30/6/2020" });
  });

  it("catches the miscalculated declared deviation at its cell, and exits 1", () => {
    expect(at("scostamento-errato", "2.2", "4").map((a) => [a.sheet, a.cell, a.severity])).toEqual([["Piano 2020", "L10", "errore"]]);
    expect(code).toBe(1);
  });

  it("finds the seed's real problems in these rows, as in the canonical template", () => {
    expect(at("scostamento-critico", "2.2", "2")).toHaveLength(1);
    expect(at("target-sotto-baseline", "1.1", "1")).toHaveLength(1);
    expect(at("target-sotto-baseline", "1.1", "2")).toHaveLength(1);
    expect(at("target-sotto-baseline", "2.2", "3")).toHaveLength(1);
    expect(at("pesi-indicatori", "3.6").map((a) => a.severity)).toEqual(["info"]);
  });

  it("says that it inferred the reduction indicator's polarity, written nowhere", () => {
    expect(at("polarita-dedotta", "2.2", "1").map((a) => a.severity)).toEqual(["info"]);
  });

  it("accepts every other declared deviation, the decrescente one included", () => {
    expect(report.anomalies.filter((a) => a.rule === "scostamento-errato")).toHaveLength(1);
  });

  it("scores 1.1 fully achieved and 3.6 not evaluable (no results yet)", () => {
    const scores = new Map(report.scores.objectives.map((o) => [o.code, o]));
    expect(scores.get("1.1")?.score).toBe(1);
    expect(scores.get("3.6")).toMatchObject({ score: null, evaluated: 0, excluded: ["1", "2", "3"] });
  });
});
