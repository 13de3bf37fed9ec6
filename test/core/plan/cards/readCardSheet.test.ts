import type { Plan, PlanCell } from "../../../../src/core/plan/planModel";
import { card, grid, indicatorBlock, readCards, type Rows } from "./cardGrids";
import { sheetNoteText } from "../../../../src/core/wording/sheetNotes";

function amount(cell: PlanCell | undefined): number | string | null {
  if (cell === undefined) return null;
  const value = cell.value;
  return value.kind === "quantity" ? value.value : value.kind === "placeholder" ? null : value.text;
}

function objective(plan: Plan, code: string) {
  const found = plan.objectives.find((o) => o.code === code);
  if (!found) throw new Error(`obiettivo ${code} non letto: ${plan.objectives.map((o) => o.code).join(", ")}`);
  return found;
}

function indicator(plan: Plan, code: string, number: string) {
  const found = plan.indicators.find((i) => i.objectiveCode === code && i.number === number);
  if (!found) throw new Error(`indicatore ${code}/${number} non letto`);
  return found;
}

describe("a card's labels, however the clerk wrote them", () => {
  const labelCases: [string, Rows, (plan: Plan) => unknown, unknown][] = [
    ["a label with a colon, its value in the next cell", [["Aree:", "Area Anagrafica"]], (p) => objective(p, "2.2").area, "Area Anagrafica"],
    ["a label without colon, its value in the next cell", [["Aree", "Area Anagrafica"]], (p) => objective(p, "2.2").area, "Area Anagrafica"],
    ["a label whose value sits past blank cells (a merged block)", [["Aree", "", "", "Area Anagrafica"]], (p) => objective(p, "2.2").area, "Area Anagrafica"],
    ["a label whose value is alone in the row below", [["Responsabili"], ["Mario Rossi, Anna Bianchi"]], (p) => objective(p, "2.2").manager, "Mario Rossi, Anna Bianchi"],
    ["a label in capitals with a colon and the value below", [["RESPONSABILI:"], ["Mario Rossi"]], (p) => objective(p, "2.2").manager, "Mario Rossi"],
    ["a value that reads like a label is a value, not the label «Area»", [["Aree", "Area Anagrafica"]], (p) => objective(p, "2.2").area, "Area Anagrafica"],
  ];

  it.each(labelCases)("reads %s", (_what, labels, read, expected) => {
    const plan = readCards(grid("Schede", card("2.2", { labels })));
    expect(read(plan)).toEqual(expected);
  });

  const weightCases: [string, Rows, number | null][] = [
    ["«Peso: 40%» inside the cell beside the title", [["INIZIATIVE DI SUPPORTO ALLE IMPRESE", "Peso: 40%"], ["Peso dell'obiettivo dirigenziale"]], 0.4],
    ["«Peso: 40 %» alone in its cell below the title", [["TITOLO"], ["Peso dell'obiettivo dirigenziale"], ["Peso: 40 %"]], 0.4],
    ["«Peso dell'obiettivo dirigenziale» with the weight in the next cell", [["TITOLO"], ["Peso dell'obiettivo dirigenziale", "", "40%"]], 0.4],
    ["«Peso dell'obiettivo dirigenziale» with the weight below it", [["TITOLO"], ["Peso dell'obiettivo dirigenziale"], ["0,4"]], 0.4],
    ["no weight at all", [["TITOLO"]], null],
  ];

  it.each(weightCases)("reads the objective's weight written as %s", (_what, title, expected) => {
    const plan = readCards(grid("Schede", card("2.2", { title })));
    expect(amount(objective(plan, "2.2").weight)).toBe(expected);
  });
});

describe("an indicator's grid, however its header is written", () => {
  const cases: [string, Partial<{ header: Rows; values: unknown[] }>, { baseline: unknown; t30: unknown; t31: unknown; weight: unknown }][] = [
    ["«Valore Target:» over «al 30/6 | al 31/12», «Peso» above", {}, { baseline: 100, t30: 40, t31: 80, weight: 0.5 }],
    ["«Base Line» and «Peso» in the row of the dates", { header: [["Base Line", "Valore Target:", ""], ["", "al 30/6", "al 31/12", "Peso"]] }, { baseline: 100, t30: 40, t31: 80, weight: 0.5 }],
    ["a one-row header «Base Line | al 30/6 | al 31/12 | Peso»", { header: [["Base Line", "al 30/6", "al 31/12", "Peso"]] }, { baseline: 100, t30: 40, t31: 80, weight: 0.5 }],
    ["«Peso  20%» with its value inside the header cell", { header: [["Base Line", "Valore Target:", "", "Peso  20%"], ["", "al 30/6", "al 31/12", ""]], values: [100, 40, 80, ""] }, { baseline: 100, t30: 40, t31: 80, weight: 0.2 }],
    ["a broken header «Peso-»", { header: [["Target storico di riferimento: anno 2019", "Valore Target:", "", "Peso-"], ["", "al 30/6", "al 31/12", ""]] }, { baseline: 100, t30: 40, t31: 80, weight: 0.5 }],
    ["«al» alone, which names no date: that column is not read", { header: [["Base Line", "Valore Target:", "", "Peso"], ["", "al", "al 31/12", ""]] }, { baseline: 100, t30: null, t31: 80, weight: 0.5 }],
  ];

  it.each(cases)("reads %s", (_what, overrides, expected) => {
    const plan = readCards(grid("Schede", card("2.2", { indicators: indicatorBlock(1, overrides) })));
    const read = indicator(plan, "2.2", "1");
    expect({ baseline: amount(read.baseline), t30: amount(read.targets["30/6"]), t31: amount(read.targets["31/12"]), weight: amount(read.weight) }).toEqual(expected);
  });

  it("reads blank targets, not the labels below, when the grid has no value row", () => {
    const block = indicatorBlock(1);
    block.splice(5, 2);
    const plan = readCards(grid("Schede", card("2.2", { indicators: block })));
    const read = indicator(plan, "2.2", "1");
    expect([amount(read.baseline), amount(read.targets["31/12"]), amount(read.results["30/6"])]).toEqual([null, null, 50]);
  });

  it("takes the baseline's year from «Target storico di riferimento: anno 2019»", () => {
    const plan = readCards(grid("Schede", card("2.2")));
    expect(amount(indicator(plan, "2.2", "1").baselineYear)).toBe(2019);
  });

  it("says which header it could not read", () => {
    const header = [["Base Line", "Valore Target:", "", "Peso"], ["", "al", "al 31/12", ""]];
    const plan = readCards(grid("Schede", card("2.2", { indicators: indicatorBlock(1, { header }) })));
    expect(plan.recognition[0]?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/l'intestazione «al» non indica che cosa contiene/);
  });

  it.each([
    ["beside the label, on two rows", [["Tipo Indicatore:", "☒ efficacia esterna", "☐ efficacia interna"], ["", "☐ efficienza", "☒ qualità"]]],
    ["below the label", [["Tipo Indicatore"], ["☒ efficacia esterna", "", "☐ efficacia interna"], ["☐ efficienza", "", "☒ qualità"]]],
    ["all in the cell beside the label", [["Tipo Indicatore:", "☒ efficacia esterna ☐ efficacia interna ☐ efficienza ☒ qualità"]]],
    ["inside the label's own cell", [["Tipo Indicatore: ☒ efficacia esterna ☐ efficacia interna ☐ efficienza ☒ qualità"]]],
  ] as [string, Rows][])("reads the ticked boxes of «Tipo Indicatore» written %s as the indicator's type", (_where, boxes) => {
    const block = indicatorBlock(1);
    block.splice(1, 2, ...boxes);
    const plan = readCards(grid("Schede", card("2.2", { indicators: block })));
    expect(indicator(plan, "2.2", "1").type).toBe("efficacia esterna, qualità");
  });

  it("reads the name after «Indicatore 1:», or in the next cell when the label is alone", () => {
    const block = indicatorBlock(1);
    block[0] = ["Indicatore 1:", "numero di imprese coinvolte"];
    const plan = readCards(grid("Schede", card("2.2", { indicators: block })));
    expect(indicator(plan, "2.2", "1").name).toBe("numero di imprese coinvolte");
  });
});

describe("an indicator written as labels with their values, without a grid", () => {
  const block: Rows = [
    ["Indicatore 1: pratiche evase nei termini"],
    ["Base line:", "60%"],
    ["Target al 30/6", "70%"],
    ["Target al 31/12", "", "80%"],
    ["Peso", "100%"],
    ["Risultato al 30/6", "72%"],
    ["Scostamento al 30/6", "2%"],
  ];

  it("reads each value beside its label, results and deviations at the date they name", () => {
    const plan = readCards(grid("Schede", card("2.2", { indicators: block })));
    const read = indicator(plan, "2.2", "1");
    expect([read.baseline, read.targets["30/6"], read.targets["31/12"], read.weight, read.results["30/6"], read.declaredDeviations["30/6"]].map(amount)).toEqual([
      0.6, 0.7, 0.8, 1, 0.72, 0.02,
    ]);
    expect(plan.recognition[0]?.columns.map((c) => c.field)).toEqual(expect.arrayContaining(["target30_6", "target31_12", "result30_6", "declaredDeviation30_6"]));
  });

  it("takes a target without a date for the year's target, and says so", () => {
    const undated = block.map((row) => (row[0] === "Target al 31/12" ? ["Valore target", 0.8] : row));
    const plan = readCards(grid("Schede", card("2.2", { indicators: undated })));
    expect(amount(indicator(plan, "2.2", "1").targets["31/12"])).toBe(0.8);
    expect(plan.recognition[0]?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/Il target senza data «Valore target» dell'indicatore 1 \(riga 13\) è inteso come target dell'anno/);
  });
});

describe("results and deviations", () => {
  it("reads «Risultati raggiunti» and «Scostamenti» at the reporting date, 30/6 unless the title names another", () => {
    const plan = readCards(grid("Schede", card("2.2")));
    const read = indicator(plan, "2.2", "2");
    expect([plan.period, amount(read.results["30/6"]), amount(read.declaredDeviations["30/6"])]).toEqual(["30/6", 100, 20]);
  });

  it("takes the reporting date from the title above the cards («rendicontazione al 31 dicembre 2020»)", () => {
    const plan = readCards(grid("Schede", [["Piano della performance – rendicontazione al 31 dicembre 2020"], [], ...card("2.2")]));
    expect(plan.period).toBe("31/12");
    expect(amount(indicator(plan, "2.2", "1").results["31/12"])).toBe(50);
  });

  it("keeps a result written over two lines as one text with both quantities, which the rules call ambiguous", () => {
    const result = [["Risultati raggiunti", "2301 iscritti ai 36 eventi"], ["", "1361 partecipanti collegati"], ["Scostamenti", 861]];
    const plan = readCards(grid("Schede", card("2.2", { indicators: indicatorBlock(1, { result }) })));
    const read = indicator(plan, "2.2", "1").results["30/6"];
    expect(read?.raw).toBe("2301 iscritti ai 36 eventi\n1361 partecipanti collegati");
    expect(read?.ref.address).toBe("B17");
  });

  it("keeps a blank result beside its label, so that a missing result has an address", () => {
    const result = [["Risultati raggiunti"], ["Scostamenti"]];
    const plan = readCards(grid("Schede", card("2.2", { indicators: indicatorBlock(1, { result }) })));
    const read = indicator(plan, "2.2", "1");
    expect([read.results["30/6"]?.value.kind, read.results["30/6"]?.ref.address]).toEqual(["placeholder", "B17"]);
  });
});

describe("stacked cards", () => {
  const underTitles = [...card("2.1"), [], ...card("2.2")];
  const underLabelHeadings = [
    ...card("2.1", { heading: [], title: [["Obiettivo operativo", "2.1 – PRIMO OBIETTIVO", "Peso: 60%"]] }),
    [], [], [],
    ...card("2.2", { heading: [], title: [["Obiettivo operativo:", "2.2 – SECONDO OBIETTIVO"], ["Peso dell'obiettivo dirigenziale", "40%"]] }),
  ];
  const underSectionTitle = [["SCHEDE OBIETTIVI OPERATIVI"], ["Area Anagrafica"], [], ...card("2.1"), ["Area Promozione"], [], ...card("2.2")];

  it.each([
    ["under title rows «OBIETTIVO OPERATIVO 2.2»", underTitles, [0.4, 0.4]],
    ["after blank rows, each under a label heading «Obiettivo operativo | 2.1 – TITOLO»", underLabelHeadings, [0.6, 0.4]],
    ["with section titles between them", underSectionTitle, [0.4, 0.4]],
  ] as [string, Rows, number[]][])("are read one by one when stacked %s", (_what, rows, weights) => {
    const plan = readCards(grid("Area Anagrafica", rows));
    expect(plan.objectives.map((o) => o.code)).toEqual(["2.1", "2.2"]);
    expect(plan.objectives.map((o) => amount(o.weight))).toEqual(weights);
    expect(plan.indicators.map((i) => `${i.objectiveCode}/${i.number}`)).toEqual(["2.1/1", "2.1/2", "2.2/1", "2.2/2"]);
  });

  it("reads the title from the label heading", () => {
    const plan = readCards(grid("Area Anagrafica", underLabelHeadings));
    expect(plan.objectives.map((o) => o.title)).toEqual(["PRIMO OBIETTIVO", "SECONDO OBIETTIVO"]);
  });
});

describe("the code of a card that does not write it", () => {
  it("is the sheet's name when the sheet holds one card, and the recognition notes say so", () => {
    const plan = readCards(grid("AS", card("", { heading: [["OBIETTIVO OPERATIVO"]] })));
    expect(plan.objectives.map((o) => o.code)).toEqual(["AS"]);
    expect(plan.recognition[0]?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/preso dal nome del foglio \(«AS»\)/);
  });

  it("is the «Codice» label's value when there is one", () => {
    const labels = [["Codice obiettivo:", "OP-7"], ["Aree", "Area Anagrafica"]];
    const plan = readCards(grid("Schede", [...card("", { heading: [["OBIETTIVO OPERATIVO"]], labels }), ...card("2.2")]));
    expect(plan.objectives.map((o) => o.code)).toEqual(["OP-7", "2.2"]);
  });
});

describe("the strategic card", () => {
  const strategic: Rows = [
    ["OBIETTIVO STRATEGICO"],
    ["Riorganizzazione dell'Ente"],
    ["Peso dell'obiettivo Trasversale da realizzare con il contributo di tutte le aree dirigenziali"],
    ["Area amministrativa", "30%"],
    ["Aree", "Tutte le Aree dell'Ente"],
    ["Indicatori dell'obiettivo strategico", "", "Peso: 50%"],
    ["Contributo degli obiettivi operativi al raggiungimento dell'obiettivo strategico", "2.1: Primo obiettivo", "50,00%"],
    ["", "2.2: Secondo obiettivo"],
    ["totale", "", "100%"],
    ["INDICATORI"],
    ...indicatorBlock(1),
  ];

  it("reads its own share, and makes it the parent of the operational objectives it lists, on any sheet", () => {
    const plan = readCards(grid("STRAT", strategic), grid("Area Anagrafica", [...card("2.1"), ...card("2.2"), ...card("2.3")]));
    const strat = objective(plan, "STRAT");
    expect([strat.kind, amount(strat.ownShare), strat.weight, strat.area]).toEqual(["strategic", 0.5, undefined, "Tutte le Aree dell'Ente"]);
    expect(plan.objectives.map((o) => `${o.code}←${o.parentCode ?? ""}`)).toEqual(["STRAT←", "2.1←STRAT", "2.2←STRAT", "2.3←"]);
    expect(plan.recognition[0]?.notes?.map((note) => sheetNoteText(note)).join(" ")).toMatch(/hanno questa scheda come obiettivo strategico di riferimento/);
  });
});

describe("tables inside a card", () => {
  const tables: Rows = [
    ["Eventuale proposta del Dirigente in merito alla variazione dei valori attesi per alcuni indicatori", "Si propone di incrementare il target."],
    ["indicatori", "Previsione al 30.6.2020", "Realizzazione al 30.6.2020", "Previsione al 31.12.2020", "Nuova previsione"],
    ["", "", "", "", "al 31.12.2020"],
    ["Indicatore 2:", 80, 100, 160, 200],
    ["Nuovo Indicatore 3: «Realizzazione di 2 eventi»", "//", "//", 2, 2],
    [],
    ["ENTRATE E COSTI DIRETTI DEL PROGETTO"],
    ["Importo", "Conto Ricavo/Costo", "Budget"],
    ["€ 40.000,00", "conto 330001 – linea 1", "B002"],
    [],
    ["Indicatore", "Documentazione e report da presentare, su richiesta, all'OIV"],
    ["1", "Report degli eventi"],
    ["2", "Report questionari"],
    ["Il Dirigente", "", "dr. Mario Rossi"],
  ];

  it("reads the revision table into the plan's revisions, a header broken over two rows included", () => {
    const plan = readCards(grid("Schede", card("2.2", { tables })));
    expect(plan.revisions.map((r) => [r.objectiveCode, r.indicatorNumber, amount(r.forecast30_6), amount(r.actual30_6), amount(r.forecast31_12), amount(r.newForecast31_12)])).toEqual([
      ["2.2", "2", 80, 100, 160, 200],
      ["2.2", "3", null, null, 2, 2],
    ]);
  });

  it("does not open an indicator for a description that quotes «Indicatore 2: ...» in the column of values", () => {
    const description: Rows = [
      ["Breve descrizione dei risultati conseguiti e segnalazione delle criticità", "Indicatore 1: numero di eventi. Sono stati realizzati 56 eventi."],
      ["", "Indicatore 2: numero di imprese. Le imprese coinvolte sono 85."],
    ];
    const plan = readCards(grid("Schede", card("2.2", { tables: description })));
    expect(plan.indicators.map((i) => `${i.number} ${i.name}`)).toEqual(["1 numero di eventi a distanza 1", "2 numero di eventi a distanza 2"]);
  });

  it.each([
    ["further right than the rest of the card", (row: unknown[], r: number) => (r === 0 ? ["", "", ...row] : row)],
    ["further left than the rest of the card", (row: unknown[], r: number) => (r === 0 ? row : ["", ...row])],
  ])("reads the indicators when the heading stands %s", (_where, shift) => {
    const rows = card("2.2").map(shift);
    expect(readCards(grid("Schede", rows)).indicators.map((i) => i.number)).toEqual(["1", "2"]);
  });

  it("reads neither the budget nor the documentation table nor the signature as indicators", () => {
    const plan = readCards(grid("Schede", card("2.2", { tables })));
    expect(plan.indicators.map((i) => i.number)).toEqual(["1", "2"]);
    expect(amount(objective(plan, "2.2").weight)).toBe(0.4);
    expect(objective(plan, "2.2").manager).toBe("Mario Rossi");
  });
});

describe("sheets that are not cards", () => {
  it("leaves a template table naming objectives in its cells to the table reader", () => {
    const rows = [
      ["Codice obiettivo", "N.", "Indicatore", "Target 30/6", "Target 31/12", "Peso", "Risultato 30/6"],
      ["1.1", 1, "Obiettivo operativo da raggiungere", 10, 20, 1, 12],
    ];
    const plan = readCards(grid("Indicatori", rows));
    expect(plan.recognition.map((r) => [r.sheet, r.role, r.notes])).toEqual([["Indicatori", "indicators", undefined]]);
  });
});

describe("recognising a card sheet", () => {
  it("reads a short card as cards even when its revision table, in the first rows, looks like a table's header", () => {
    const short: Rows = [
      ["OBIETTIVO OPERATIVO 2.2", "Peso: 40%"],
      ["Indicatore 1: pratiche evase"],
      ["Base Line", "al 30/6", "al 31/12", "Peso"],
      [10, 20, 40, "100%"],
      ["Risultati raggiunti", 25],
      ["indicatori", "Previsione al 30.6.2020", "Realizzazione al 30.6.2020", "Previsione al 31.12.2020", "Nuova previsione al 31.12.2020"],
      ["Indicatore 1:", 20, 25, 40, 50],
    ];
    const plan = readCards(grid("2.2", short));
    expect(plan.recognition.map((r) => [r.sheet, r.role])).toEqual([["2.2", "combined"]]);
    expect([plan.indicators.length, plan.revisions.length, amount(indicator(plan, "2.2", "1").results["30/6"])]).toEqual([1, 1, 25]);
  });

  it("lists what no card of the sheet has, so that struttura-colonne says it once", () => {
    const plan = readCards(grid("Schede", card("2.2", { indicators: indicatorBlock(1, { result: [] }) })));
    expect(plan.recognition[0]?.missing).toEqual(expect.arrayContaining(["result30_6", "declaredDeviation30_6", "polarity"]));
    expect(plan.recognition[0]?.missing).not.toContain("result31_12");
  });
});
