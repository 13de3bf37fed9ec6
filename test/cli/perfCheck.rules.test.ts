/**
 * One workbook per rule of the catalogue, each the example plan with one defect, checked by the
 * command line: the defect's rule must report a new anomaly on the edited objective. The list is
 * driven by RULES, so a new rule without a defect workbook here fails the suite.
 */
import type { SheetContent } from "../../src/core/report/sheetContent";
import { RULES } from "../../src/core/rules/ruleCatalogue";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { runCli, temporaryFolder } from "./support/cliRunner";
import { columnIndex, exampleSheets, rowIndex, sheetNamed, setCell, writeSheets } from "./support/planSheets";

interface Defect {
  /** What is wrong, in words. */
  what: string;
  /** The objective whose anomaly is expected ("" for a sheet-wide anomaly). */
  objective: string;
  apply(sheets: SheetContent[]): void;
}

const IND = "Indicatori";
const ind = (code: string, n: number) => ({ "Codice obiettivo": code, "N.": n });

const DEFECTS: Record<string, Defect> = {
  "struttura-colonne": {
    what: "the Target 31/12 header is renamed to something no reader knows",
    objective: "",
    apply: (sheets) => {
      const sheet = sheetNamed(sheets, IND);
      const header = sheet.rows[0] ?? [];
      header[columnIndex(sheet, "Target 31/12")] = "Colonna di lavoro";
    },
  },
  "codice-duplicato": {
    what: "two indicators of STRAT both numbered 1",
    objective: "STRAT",
    apply: (sheets) => void setCell(sheets, IND, ind("STRAT", 2), "N.", 1),
  },
  "obiettivo-senza-indicatori": {
    what: "an objective 9.9 with no indicator",
    objective: "9.9",
    apply: (sheets) => sheetNamed(sheets, "Obiettivi").rows.push(["9.9", "Operativo", "Obiettivo senza indicatori", "Area Anagrafica", "dr Massimo Ziletti", null, null, null]),
  },
  "indicatore-orfano": {
    what: "an indicator coded 7.7, an objective that does not exist",
    objective: "7.7",
    apply: (sheets) => void setCell(sheets, IND, ind("1.3", 1), "Codice obiettivo", "7.7"),
  },
  "obiettivo-orfano": {
    what: "1.1's strategic objective typed as STRAT-X, which does not exist",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, "Obiettivi", { Codice: "1.1" }, "Obiettivo strategico di riferimento", "STRAT-X"),
  },
  "valore-illeggibile": {
    what: "a result typed as 12,,5%",
    objective: "1.2",
    apply: (sheets) => void setCell(sheets, IND, ind("1.2", 1), "Risultato 30/6", "12,,5%"),
  },
  "valore-ambiguo": {
    what: "a result holding two counts",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Risultato 30/6", "56 eventi e 12 comunicazioni"),
  },
  "pesi-indicatori": {
    what: "1.1's indicator weights sum to 90%",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Peso", 0.6, "0.00%"),
  },
  "pesi-obiettivi": {
    what: "dr Massimo Ziletti's revised weights sum to 110%",
    // Reported once per manager and column, at the manager's first row (STRAT).
    objective: "STRAT",
    apply: (sheets) => void setCell(sheets, "Pesi", { "Codice obiettivo": "3.1" }, "Peso rideterminato", 0.2, "0.00%"),
  },
  "peso-non-valido": {
    what: "a negative indicator weight",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 2), "Peso", -0.3, "0.00%"),
  },
  "pesi-scala-mista": {
    what: "0,7 next to 30 (a whole number) among 1.1's weights",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 2), "Peso", 30, "General"),
  },
  "peso-incoerente": {
    what: "3.2 weighs 25% on the objectives sheet, 10% in every Pesi column",
    objective: "3.2",
    apply: (sheets) => void setCell(sheets, "Obiettivi", { Codice: "3.2" }, "Peso", 0.25, "0.00%"),
  },
  "target-mancante": {
    what: "1.1 ind. 1 has no year-end target",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Target 31/12", null),
  },
  "target-non-misurabile": {
    what: "a conditional year-end target",
    objective: "3.2",
    apply: (sheets) => void setCell(sheets, IND, ind("3.2", 1), "Target 31/12", "Eventuale attivazione, se necessario"),
  },
  "target-periodi-incoerenti": {
    what: "the 31/12 target of a growing count is below the 30/6 one",
    objective: "AS",
    apply: (sheets) => void setCell(sheets, IND, ind("AS", 1), "Target 31/12", 15, "#,##0"),
  },
  "target-sotto-baseline": {
    what: "2.2 ind. 4 asks for 900 positions against 1.000 in 2019",
    objective: "2.2",
    apply: (sheets) => void setCell(sheets, IND, ind("2.2", 4), "Target 31/12", 900, "#,##0"),
  },
  "target-gia-raggiunto": {
    what: "the year-end target (50) is already met at 30/6 (56) with no revision",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Target 31/12", 50, "#,##0"),
  },
  "unita-incoerenti": {
    what: "a count result typed as a percentage",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Risultato 30/6", 0.56, "0.00%"),
  },
  "risultato-mancante": {
    what: "1.1 ind. 1 has a 30/6 target and no result",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Risultato 30/6", null),
  },
  "scostamento-errato": {
    what: "the declared deviation 30 where 56 - 32 = 24",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Scostamento dichiarato 30/6", 30, "#,##0"),
  },
  "raggiungimento-errato": {
    what: "the achievement typed as 60% where 56 against 32 is 100% (175% without the cap)",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, IND, ind("1.1", 1), "Raggiungimento", 0.6, "0.00%"),
  },
  "scostamento-critico": {
    what: "AS ind. 1 at 5 against a 30/6 target of 20",
    objective: "AS",
    apply: (sheets) => {
      setCell(sheets, IND, ind("AS", 1), "Risultato 30/6", 5, "#,##0");
      setCell(sheets, IND, ind("AS", 1), "Scostamento dichiarato 30/6", -15, "#,##0");
    },
  },
  "revisione-incoerente": {
    what: "the revision restates 1.1 ind. 2's result as 84 (the plan says 85)",
    objective: "1.1",
    apply: (sheets) => void setCell(sheets, "Revisioni", { "Codice obiettivo": "1.1" }, "Realizzazione 30/6", 84, "#,##0"),
  },
  "polarita-dedotta": {
    what: "the reduction indicator's polarity left blank",
    objective: "2.2",
    apply: (sheets) => void setCell(sheets, IND, ind("2.2", 1), "Polarità", null),
  },
  "milestone-dedotta": {
    what: "3.1 ind. 1's result typed as «in lavorazione» against «Adozione protocollo aziendale»",
    objective: "3.1",
    apply: (sheets) => void setCell(sheets, IND, ind("3.1", 1), "Risultato 30/6", "in lavorazione"),
  },
  "valore-progetto-incoerente": {
    what: "a «Valore economico del progetto» column on Obiettivi, 1.4's written 3.106 euro x 5 = 15.000 euro (the product is 15.530)",
    objective: "1.4",
    apply: (sheets) => {
      const sheet = sheetNamed(sheets, "Obiettivi");
      const width = sheet.rows[0]?.length ?? 0;
      sheet.rows.forEach((row, r) => {
        row[width] = r === 0 ? "Valore economico del progetto (Fondo Dirigenti)" : null;
      });
      const row = sheet.rows[rowIndex(sheet, { Codice: "1.4" })];
      if (row) row[width] = "3.106 euro x 5 = 15.000 euro";
    },
  },
};

function count(report: JsonReport, rule: string, objective: string): number {
  return report.anomalies.filter((anomaly) => anomaly.rule === rule && (objective === "" || anomaly.objective === objective)).length;
}

let folder: string;
let baseline: JsonReport;

beforeAll(async () => {
  folder = await temporaryFolder();
  const file = await writeSheets(folder, "base.xlsx", exampleSheets());
  baseline = JSON.parse((await runCli([file, "--json"])).stdout) as JsonReport;
});

describe("a workbook with one defect per rule", () => {
  it("exists for every rule of the catalogue", () => {
    const missing = RULES.map((rule) => rule.id).filter((id) => !(id in DEFECTS));
    expect(missing).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id]))("reports %s on its defect", async (id) => {
    const defect = DEFECTS[id];
    if (!defect) throw new Error(`no defect workbook for rule ${id}`);
    const sheets = exampleSheets();
    defect.apply(sheets);
    const file = await writeSheets(folder, `${id}.xlsx`, sheets);
    const run = await runCli([file, "--json"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as JsonReport;
    // The defect's description travels with the assertion, so a failure says which workbook.
    const before = count(baseline, id, defect.objective);
    const after = count(report, id, defect.objective);
    expect({ defect: defect.what, reported: after > before }).toEqual({ defect: defect.what, reported: true });
    const errors = report.anomalies.some((anomaly) => anomaly.severity === "errore");
    expect(run.code).toBe(errors ? 1 : 0);
  });
});
