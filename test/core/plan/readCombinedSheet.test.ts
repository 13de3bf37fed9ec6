import fc from "fast-check";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { Plan, PlanCell } from "../../../src/core/plan/planModel";
import { cell, grid, workbook } from "./planGrids";

function read(...sheets: Parameters<typeof workbook>[1][]): Plan {
  const result = readPlan(workbook("piano-utente.xlsx", ...sheets));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** A clerk's own sheet: title rows, headers in row 4, objective cells written once per block. */
const userSheet = grid(
  "Foglio1",
  [
    ["PIANO DELLA PERFORMANCE 2020 - monitoraggio semestrale", "", "", "", "", "", "", "", "", "", "", ""],
    ["Area Anagrafica", "", "", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["Cod.", "Obiettivo operativo", "Peso dell'obiettivo", "Indicatore", "Fonte dei dati", "Base Line",
      "Valore target al 30/6", "al 31/12", "Peso", "Risultati raggiunti", "Scostamenti", "Note"],
    ["2.2", "Miglioramento della qualità dell'informazione per le imprese", cell(0.45, { format: "0%" }),
      "% riduzione delle pratiche critiche rispetto all'anno precedente", "Registro imprese", "Nuova attività",
      "-2,00%", "-5,00%", "30,00%", "-2,13%", "0,13%", ""],
    ["", "", "", "progetto Quality Check/RI-VENTI", "", "", "esame di un campione di almeno 2.500 istanze",
      "esame di un campione di almeno 8.000 istanze", "20,00%", "2.870 campioni", "370", "dato provvisorio"],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["3.3", "Reengineering dei processi", cell(0.15, { format: "0%" }),
      "attivazione per tutti gli uffici degli strumenti TIC", "", "nessuno", "si", "si", "25,00%", "si", "nessuno", ""],
    ["Totale", "", cell(0.6, { format: "0%" }), "", "", "", "", "", "", "", "", ""],
    ["Note: i pesi degli indicatori sono in percentuale sul totale dell'obiettivo", "", "", "", "", "", "", "", "", "", "", ""],
  ],
  "B2",
);

describe("reading a user's own layout: one combined sheet", () => {
  const plan = read(userSheet);

  it("finds the header under the titles and recognises it as a combined sheet", () => {
    expect(plan.recognition).toHaveLength(1);
    const recognition = plan.recognition[0];
    expect([recognition?.sheet, recognition?.role, recognition?.headerRow]).toEqual(["Foglio1", "combined", 4]);
    expect(recognition?.columns.map((c) => [c.field, c.header, c.address])).toEqual([
      ["objectiveCode", "Cod.", "B5"],
      ["objectiveTitle", "Obiettivo operativo", "C5"],
      ["objectiveWeight", "Peso dell'obiettivo", "D5"],
      ["indicatorName", "Indicatore", "E5"],
      ["baseline", "Base Line", "G5"],
      ["target30_6", "Valore target al 30/6", "H5"],
      ["target31_12", "al 31/12", "I5"],
      ["indicatorWeight", "Peso", "J5"],
      ["result30_6", "Risultati raggiunti", "K5"],
      ["declaredDeviation30_6", "Scostamenti", "L5"],
      ["notes", "Note", "M5"],
    ]);
    expect(recognition?.missing).toEqual(expect.arrayContaining(["indicatorNumber", "polarity", "result31_12", "manager"]));
  });

  it("reads two objectives, carrying the first down over its second indicator", () => {
    expect(plan.objectives.map((o) => [o.code, o.kind, o.weight?.value])).toEqual([
      ["2.2", "operational", { kind: "quantity", value: 0.45, unit: "percent", text: "45%" }],
      ["3.3", "operational", { kind: "quantity", value: 0.15, unit: "percent", text: "15%" }],
    ]);
    expect(plan.indicators.map((i) => [i.objectiveCode, i.number, i.ref.address])).toEqual([
      ["2.2", "1", "E6"],
      ["2.2", "2", "E7"],
      ["3.3", "1", "E9"],
    ]);
  });

  it("ignores the extra column, the blank row, the total row and the note", () => {
    expect(plan.indicators.map((i) => i.name)).not.toContain("");
    expect(plan.objectives.map((o) => o.code)).not.toContain("Totale");
    expect(plan.indicators.every((i) => !JSON.stringify(i).includes("Registro imprese"))).toBe(true);
    expect(plan.indicators[1]?.notes).toBe("dato provvisorio");
  });

  it("puts the undated results and deviations at the detected period, 30/6", () => {
    const reduction = plan.indicators[0];
    expect(plan.period).toBe("30/6");
    expect(reduction?.results["30/6"]?.ref.address).toBe("K6");
    expect(reduction?.declaredDeviations["30/6"]?.raw).toBe("0,13%");
    expect(reduction?.polarity).toBe("decreasing");
  });

  it("puts them at 31/12 when asked for that period", () => {
    const result = readPlan(workbook("piano-utente.xlsx", userSheet), { period: "31/12" });
    expect(result.ok && [result.plan.period, result.plan.periodDetected, result.plan.indicators[0]?.results["31/12"]?.raw]).toEqual([
      "31/12", false, "-2,13%",
    ]);
    expect(result.ok && result.plan.recognition[0]?.columns.map((c) => c.field)).toContain("result31_12");
  });

  it("reads the objective code from the title when there is no code column, and keeps the title without it", () => {
    const sheet = grid("Piano", [
      ["Obiettivo", "Indicatore", "Target 31/12", "Peso"],
      ["1.1 - Diffusione delle competenze", "eventi", 70, 0.7],
      ["", "assessment", 100, 0.3],
      ["Obiettivo zero carta", "pratiche digitali", "100%", 1],
    ]);
    const plan = read(sheet);
    expect(plan.objectives.map((o) => [o.code, o.title])).toEqual([
      ["1.1", "Diffusione delle competenze"],
      ["Obiettivo zero carta", "Obiettivo zero carta"],
    ]);
    expect(plan.indicators.map((i) => i.objectiveCode)).toEqual(["1.1", "1.1", "Obiettivo zero carta"]);
  });

  it("takes the first of two bare 'Peso' columns, left of the indicator, for the objective's weight", () => {
    const sheet = grid("Piano", [
      ["Codice", "Peso", "Indicatore", "Target 31/12", "Peso"],
      ["1.1", "20%", "eventi", 70, "70%"],
    ]);
    const plan = read(sheet);
    expect(plan.recognition[0]?.role).toBe("combined");
    expect([plan.objectives[0]?.weight?.ref.address, plan.indicators[0]?.weight?.ref.address]).toEqual(["B2", "E2"]);
  });

  it("keeps a block that repeats an earlier code as another objective, for the rules to report", () => {
    const sheet = grid("Piano", [
      ["Codice", "Obiettivo", "Indicatore", "Target 31/12", "Peso"],
      ["1.1", "Diffusione", "eventi", 70, 0.7],
      ["1.2", "Bandi", "domande", "80%", 1],
      ["1.1", "Diffusione", "assessment", 100, 0.3],
    ]);
    expect(read(sheet).objectives.map((o) => o.code)).toEqual(["1.1", "1.2", "1.1"]);
  });
});

describe("reading two objective levels side by side (a year-end annex)", () => {
  const annex = grid("Allegato", [
    ["Relazione sulla performance 2019 – Allegato 2", "", "", "", "", ""],
    ["Obiettivo pluriennale 2019-2021", "Strutture che contribuiscono", "Obiettivo 2019", "Indicatore", "Target %", "Risultato %"],
    ["1 - Semplificare i servizi", "Area servizi, Area sistemi", "1.1 - Sportello unico digitale", "Pratiche gestite online", "80%", "85%"],
    ["", "", "1.2 - Moduli semplificati", "Moduli rivisti", "20", "20"],
    ["2 - Valorizzare il personale", "Area risorse", "2.1 - Formazione", "Ore di formazione per dipendente", "12", "9"],
  ]);
  const plan = read(annex);

  it("scores the annual objective and takes the multi-year one as its strategic objective", () => {
    expect(plan.objectives.map((o) => [o.code, o.kind, o.parentCode ?? "-"])).toEqual([
      ["1", "strategic", "-"],
      ["2", "strategic", "-"],
      ["1.1", "operational", "1"],
      ["1.2", "operational", "1"],
      ["2.1", "operational", "2"],
    ]);
    expect(plan.indicators.map((i) => i.objectiveCode)).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("reads the report's year from its title: 31/12/2019", () => {
    expect([plan.period, plan.periodSource, plan.year]).toEqual(["31/12", "title", 2019]);
  });

  it("raises no structural error: no orphan, no objective without indicators", () => {
    const errors = validatePlan(plan).filter((a) => a.severity === "errore").map((a) => a.rule);
    expect(errors).not.toContain("obiettivo-orfano");
    expect(errors).not.toContain("obiettivo-senza-indicatori");
    expect(errors).not.toContain("indicatore-orfano");
  });
});

describe("reading a PIAO's triennial targets", () => {
  const piao = grid("Performance", [
    ["PIAO 2027-2029 – Sezione 2.2 Performance", "", "", "", "", "", ""],
    ["Obiettivo specifico", "Obiettivo operativo", "Indicatore", "Baseline 2026", "Target 2027", "Target 2028", "Target 2029"],
    ["OS1 - Digitalizzare i servizi", "OS1.1 - Pagamenti digitali", "% pagamenti con pagoPA", "62%", "70%", "80%", "90%"],
    ["", "OS1.2 - Fascicolo elettronico", "Pratiche nel fascicolo elettronico", "1.200", "1.500", "", "2.000"],
  ]);
  const plan = read(piao);

  it("keeps each year's target under its own date, none dropped", () => {
    expect(plan.indicators.map((i) => Object.keys(i.targets))).toEqual([
      ["31/12/2027", "31/12/2028", "31/12/2029"],
      ["31/12/2027", "31/12/2028", "31/12/2029"],
    ]);
    expect(plan.indicators[1]?.targets["31/12/2028"]?.value.kind).toBe("placeholder");
  });

  it("takes the specific objectives as the strategic ones the operational objectives contribute to", () => {
    expect(plan.objectives.map((o) => [o.code, o.kind, o.parentCode ?? "-"])).toEqual([
      ["OS1", "strategic", "-"],
      ["OS1.1", "operational", "OS1"],
      ["OS1.2", "operational", "OS1"],
    ]);
  });

  it("reads a plan without results at its first year's end, the year it is reported on first, and says it came from the columns", () => {
    expect([plan.period, plan.periodSource]).toEqual(["31/12/2027", "columns"]);
  });

  it("does not miss in later years the target of a deadline met once in the first", () => {
    const oneOff = read(
      grid("Performance", [
        ["PIAO 2027-2029 – Sezione 2.2 Performance"],
        ["Obiettivo operativo", "Indicatore", "Target 2027", "Target 2028", "Target 2029"],
        ["OS2.1 - Regolamento sull'accesso", "Adozione del regolamento", "Entro il 30/06/2027", "-", "-"],
      ]),
    );
    expect(oneOff.period).toBe("31/12/2027");
    expect(validatePlan(oneOff).filter((a) => a.rule === "target-mancante")).toEqual([]);
  });
});

/**
 * Two objectives of ministries' plans as the Portale della Performance publishes them
 * (performance.gov.it/performance/obiettivo-strategico/4165, objective 149 of 2016, and /3892, objective
 * 270 of 2015: codes, titles, indicators and targets as published), kept as one table the way a clerk
 * copies them: the higher objective's column is the only objective column.
 */
describe("reading a table whose only objective column is a higher objective's", () => {
  const table = (objectiveHeader: string) =>
    grid("Obiettivi", [
      [objectiveHeader, "Codice indicatore", "Indicatore", "Misura", "Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno", "Target terzo anno"],
      ["149 – Migliorare l'efficienza del coordinamento delle attività per gli italiani all'estero", "149.1",
        "Percentuale di risorse finanziarie impiegate o richieste di riscontro evase entro 20 giorni", "Percentuale", "–",
        "maggiore o uguale a 90,00%", "maggiore o uguale a 90,50%", "maggiore o uguale a 91,00%"],
      ["270 – Effettuare tempestivamente i pagamenti per interessi e rivalutazione monetaria", "270.1",
        "Efficacia nell'erogazione dei servizi", "Percentuale", "–", "100,00%", "100,00%", "100,00%"],
    ]);

  it.each(["Obiettivo strategico", "Obiettivo specifico", "Obiettivo pluriennale"])("takes «%s» as the indicators' objective, and says so", (header) => {
    const plan = read(table(header));
    expect(plan.objectives.map((o) => [o.code, o.title])).toEqual([
      ["149", "Migliorare l'efficienza del coordinamento delle attività per gli italiani all'estero"],
      ["270", "Effettuare tempestivamente i pagamenti per interessi e rivalutazione monetaria"],
    ]);
    expect(plan.indicators.map((i) => [i.objectiveCode, i.number])).toEqual([["149", "149.1"], ["270", "270.1"]]);
    expect(plan.recognition[0]?.notes).toContainEqual({ kind: "objectiveFromHigher", header });
    const structural = validatePlan(plan).filter((a) => ["indicatore-orfano", "obiettivo-senza-indicatori", "obiettivo-orfano"].includes(a.rule));
    expect(structural).toEqual([]);
  });

  it("reads the previous year's achieved value as the baseline and the first year's target as the target", () => {
    const [first] = read(table("Obiettivo strategico")).indicators;
    expect(first?.baseline?.value.kind).toBe("placeholder");
    expect(first?.targets["31/12"]?.value).toMatchObject({ kind: "threshold", comparator: "atLeast", value: 0.9, unit: "percent" });
  });

  it("keeps the objective column of a sheet that has one: the higher objective stays the parent", () => {
    const sheet = grid("Obiettivi", [
      ["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Target 31/12"],
      ["149 – Migliorare il coordinamento", "149.1 – Evadere le richieste", "Richieste evase entro 20 giorni", "90%"],
    ]);
    const plan = read(sheet);
    expect(plan.objectives.map((o) => [o.code, o.parentCode ?? "-"])).toEqual([["149", "-"], ["149.1", "149"]]);
    expect(plan.recognition[0]?.notes ?? []).not.toContainEqual(expect.objectContaining({ kind: "objectiveFromHigher" }));
  });
});

describe("a bare «Peso» written once per objective: the objectives' weights", () => {
  const HEADER = ["Obiettivo operativo", "Indicatore", "Peso", "Target 2024", "Risultato 2024"];
  const sheetOf = (rows: unknown[][]) => grid("Performance 2024", [HEADER, ...rows]);
  /** A weight as written, "-" for none or a blank cell. */
  const written = (cell: PlanCell | undefined) => (cell === undefined || cell.value.kind === "placeholder" ? "-" : String(cell.raw));
  const weightsOf = (plan: Plan) => [plan.objectives.map((o) => `${o.code} ${written(o.weight)}`), plan.indicators.map((i) => written(i.weight))];

  it("reads a PIAO table with one indicator per objective, says so, and raises no false indicator weight errors", () => {
    const plan = read(
      sheetOf([
        ["OP1 Digitalizzazione dei procedimenti", "% pratiche presentate online", "40%", "80%", "85%"],
        ["OP2 Tempi di pagamento", "Indice di tempestività dei pagamenti", "30%", "≤ 0", "-3"],
        ["OP3 Formazione del personale", "Ore medie di formazione per dipendente", "30%", "24", "18"],
      ]),
    );
    expect(weightsOf(plan)).toEqual([["OP1 40%", "OP2 30%", "OP3 30%"], ["-", "-", "-"]]);
    expect(plan.recognition[0]?.notes).toContainEqual({ kind: "objectiveWeights", header: "Peso" });
    expect(plan.recognition[0]?.columns).toContainEqual({ field: "objectiveWeight", header: "Peso", address: "C1" });
    const weightRules = validatePlan(plan).filter((a) => a.rule.startsWith("pes"));
    expect(weightRules).toEqual([]);
    const structure = validatePlan(plan).find((a) => a.rule === "struttura-colonne");
    expect(structure?.message).toContain("La colonna «Peso» è letta come peso degli obiettivi");
    expect(structure?.message).not.toContain("pesi degli indicatori");
  });

  it.each<[string, unknown[][], string[][]]>([
    [
      "a weight merged over an objective's indicators (written on its first row)",
      [["OB1 Digitalizzazione", "% pratiche online", "60%", "80%", "85%"], ["", "n. servizi attivati", "", "5", "4"], ["OB2 Formazione", "Ore medie", "40%", "24", "18"]],
      [["OB1 60%", "OB2 40%"], ["-", "-", "-"]],
    ],
    [
      "weights as whole numbers",
      [["OB1 Digitalizzazione", "% pratiche online", 70, "80%", "85%"], ["OB2 Formazione", "Ore medie", 30, "24", "18"]],
      [["OB1 70", "OB2 30"], ["-", "-"]],
    ],
  ])("reads as the objectives' %s", (_case, rows, expected) => {
    expect(weightsOf(read(sheetOf(rows)))).toEqual(expected);
  });

  it.each<[string, unknown[][], string[][]]>([
    [
      "indicator weights adding up to 100% in each objective",
      [["OB1 Digitalizzazione", "% pratiche online", "60%", "80%", "85%"], ["OB1 Digitalizzazione", "n. servizi attivati", "40%", "5", "4"], ["OB2 Formazione", "Ore medie", "100%", "24", "18"]],
      [["OB1 -", "OB2 -"], ["60%", "40%", "100%"]],
    ],
    [
      "an only indicator's weight of 90% beside one of 100% (the sum is not 100%: an error to report)",
      [["OB1 Digitalizzazione", "% pratiche online", "90%", "80%", "85%"], ["OB2 Formazione", "Ore medie", "100%", "24", "18"]],
      [["OB1 -", "OB2 -"], ["90%", "100%"]],
    ],
    [
      "every only indicator weighing 100%",
      [["OB1 Digitalizzazione", "% pratiche online", "100%", "80%", "85%"], ["OB2 Formazione", "Ore medie", "100%", "24", "18"]],
      [["OB1 -", "OB2 -"], ["100%", "100%"]],
    ],
    ["a single objective", [["OB1 Digitalizzazione", "% pratiche online", "90%", "80%", "85%"]], [["OB1 -"], ["90%"]]],
    [
      "a weight written on an objective's second row",
      [["OB1 Digitalizzazione", "% pratiche online", "", "80%", "85%"], ["", "n. servizi attivati", "60%", "5", "4"], ["OB2 Formazione", "Ore medie", "40%", "24", "18"]],
      [["OB1 -", "OB2 -"], ["-", "60%", "40%"]],
    ],
  ])("keeps as the indicators' %s", (_case, rows, expected) => {
    expect(weightsOf(read(sheetOf(rows)))).toEqual(expected);
  });

  it("keeps «Peso indicatore» the indicators' and «Peso obiettivo» the objectives', whatever they add up to", () => {
    const rows = [["OB1 Digitalizzazione", "% pratiche online", "40%", "80%", "85%"], ["OB2 Formazione", "Ore medie", "60%", "24", "18"]];
    const named = (header: string) => read(grid("Foglio", [["Obiettivo operativo", "Indicatore", header, "Target 2024", "Risultato 2024"], ...rows]));
    expect(weightsOf(named("Peso indicatore"))).toEqual([["OB1 -", "OB2 -"], ["40%", "60%"]]);
    expect(weightsOf(named("Peso obiettivo"))).toEqual([["OB1 40%", "OB2 60%"], ["-", "-"]]);
  });

  it("moves every cell and loses none: for any weights adding up to 100 over one-indicator objectives", () => {
    const parts = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }).map((cuts) => {
      const weights = cuts.map((cut) => cut);
      const rest = 100 - weights.reduce((a, b) => a + b, 0);
      return rest > 0 ? [...weights, rest] : null;
    });
    fc.assert(
      fc.property(parts.filter((weights): weights is number[] => weights !== null), (weights) => {
        const rows = weights.map((weight, i) => [`OB${i + 1} Obiettivo ${i + 1}`, `Indicatore ${i + 1}`, `${weight}%`, "10", "8"]);
        const plan = read(sheetOf(rows));
        expect(plan.objectives.map((o) => o.weight?.raw)).toEqual(weights.map((weight) => `${weight}%`));
        expect(plan.indicators.every((indicator) => indicator.weight === undefined)).toBe(true);
      }),
    );
  });
});

describe("abbreviated indicator codes and the expected trend", () => {
  it("reads «Cod. ind.» as the indicators' numbers and «Trend atteso» as their polarity, not as a second target", () => {
    const plan = read(
      grid("Performance", [
        ["Cod. ob.", "Obiettivo operativo", "Cod. ind.", "Indicatore", "Trend atteso", "Target 2024", "Risultato 2024"],
        ["OB1", "Digitalizzazione", "OB1.a", "% istanze online", "crescente", "80%", "85%"],
        ["OB1", "Digitalizzazione", "OB1.b", "Tempo medio di rilascio (giorni)", "decrescente", "30", "25"],
      ]),
    );
    expect(plan.indicators.map((i) => [i.objectiveCode, i.number, i.polarity, i.polarityBasis])).toEqual([
      ["OB1", "OB1.a", "increasing", "written"],
      ["OB1", "OB1.b", "decreasing", "written"],
    ]);
    expect(plan.indicators.map((i) => Object.keys(i.targets))).toEqual([["31/12"], ["31/12"]]);
  });
});

describe("a value at a date in a monitoring table («Valore al 30/06/2024»)", () => {
  const sheet = (valueHeaders: string[], values: unknown[], baseline: boolean) =>
    grid("Monitoraggio", [
      ["Obiettivo operativo", "Indicatore", ...(baseline ? ["Baseline 2023"] : []), "Target 2024", ...valueHeaders],
      ["OO1.1 - Digitalizzare le istanze", "% istanze online", ...(baseline ? ["40%"] : []), "60%", ...values],
    ]);

  it("reads it as the result at that date, and the report is at that date", () => {
    const plan = read(sheet(["Valore al 30/06/2024"], ["52%"], true));
    expect([plan.period, Object.keys(plan.indicators[0]?.results ?? {}), plan.indicators[0]?.baseline?.raw]).toEqual(["30/6", ["30/6"], "40%"]);
  });

  it("reads a value from a year before the targets as the baseline, not as a result that would date the report", () => {
    const plan = read(sheet(["Valore al 31/12/2023"], ["45%"], false));
    expect([plan.period, plan.indicators[0]?.baseline?.raw, Object.keys(plan.indicators[0]?.results ?? {})]).toEqual(["31/12", "45%", []]);
  });

  it("leaves it out when the sheet has a baseline column already", () => {
    const plan = read(sheet(["Valore al 31/12/2023", "Valore al 30/06/2024"], ["45%", "52%"], true));
    expect([plan.indicators[0]?.baseline?.raw, Object.keys(plan.indicators[0]?.results ?? {})]).toEqual(["40%", ["30/6"]]);
  });
});
