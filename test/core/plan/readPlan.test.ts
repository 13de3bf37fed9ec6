import fc from "fast-check";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { Plan } from "../../../src/core/plan/planModel";
import { sheetNoteText, type SheetNote } from "../../../src/core/wording/sheetNotes";
import { grid, templateGrid, workbook } from "./planGrids";

function plan(...sheets: Parameters<typeof workbook>[1][]): Plan {
  const result = readPlan(workbook("piano.xlsx", ...sheets));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const objectives = templateGrid("objectives", [
  { objectiveCode: "OS1", objectiveKind: "Strategico", objectiveTitle: "Riorganizzazione dell'Ente", ownShare: 0.5 },
  { objectiveCode: "1.1", objectiveKind: "Operativo", objectiveTitle: "Diffusione", objectiveWeight: 0.2, parentCode: "OS1" },
  { objectiveCode: "1.1", objectiveKind: "Operativo", objectiveTitle: "Diffusione (copia)", objectiveWeight: 0.2 },
  { objectiveCode: "1.2", objectiveKind: "Operativo", objectiveTitle: "Bandi", objectiveWeight: 0.5 },
]);

const indicators = templateGrid("indicators", [
  { objectiveCode: "OS1", indicatorNumber: 1, indicatorName: "dipendenti in smart working", target30_6: "88,00%", target31_12: "88,00%", indicatorWeight: "50%" },
  { objectiveCode: "1.1", indicatorNumber: 1, indicatorName: "eventi", target30_6: 32, target31_12: 70, indicatorWeight: "100%" },
  { objectiveCode: "9.9", indicatorNumber: 1, indicatorName: "indicatore senza obiettivo", target31_12: 5, indicatorWeight: "100%" },
]);

describe("readPlan", () => {
  it("recognises sheets by their headers, whatever their names and order", () => {
    const renamed = plan(
      { ...indicators, sheet: "FOGLIO 2" },
      { ...objectives, sheet: "dati vari" },
    );
    expect(plan(objectives, indicators).objectives).toHaveLength(4);
    expect(renamed.recognition.map((r) => [r.sheet, r.role])).toEqual([
      ["FOGLIO 2", "indicators"],
      ["dati vari", "objectives"],
    ]);
    expect(renamed.objectives).toHaveLength(4);
  });

  it("keeps duplicate objectives, orphan indicators and objectives without indicators for the rules", () => {
    const read = plan(objectives, indicators);
    expect(read.objectives.map((o) => o.code)).toEqual(["OS1", "1.1", "1.1", "1.2"]);
    expect(read.indicators.map((i) => i.objectiveCode)).toEqual(["OS1", "1.1", "9.9"]);
    expect(read.objectives.find((o) => o.code === "1.2")).toBeDefined();
    expect(read.objectives.map((o) => o.ref.address)).toEqual(["A2", "A3", "A4", "A5"]);
  });

  it("reads the kind, the parent and the own share of the strategic objective", () => {
    const [strategic, operational] = plan(objectives, indicators).objectives;
    expect([strategic?.kind, strategic?.ownShare?.raw, operational?.kind, operational?.parentCode]).toEqual([
      "strategic", 0.5, "operational", "OS1",
    ]);
  });

  it("reports the missing columns of a sheet and still reads what is there", () => {
    const partial = grid("Indicatori", [
      ["Codice obiettivo", "Indicatore", "Target 31/12"],
      ["1.1", "eventi", 70],
    ]);
    const read = plan(partial);
    expect(read.recognition[0]?.missing).toEqual(expect.arrayContaining(["indicatorNumber", "indicatorWeight", "target30_6"]));
    expect(read.indicators[0]?.weight).toBeUndefined();
    expect(read.indicators[0]?.targets["30/6"]).toBeUndefined();
  });

  it("reads English headers", () => {
    const read = plan(
      templateGrid("objectives", [["1.1", "Operational", "Outreach", "", "", 1, "", ""]], { locale: "en" }),
      templateGrid("indicators", [["1.1", 1, "events", "", "Decreasing", "", "", "", 10, 20, 1, 12, "", "", "", "", "", ""]], { locale: "en" }),
    );
    expect(read.indicators[0]).toMatchObject({ objectiveCode: "1.1", number: "1", polarity: "decreasing", polarityBasis: "written" });
    expect(read.indicators[0]?.polarityInferred).toBeUndefined();
  });

  it("computes addresses from the grid's origin", () => {
    const read = plan({ ...indicators, origin: "C5" });
    expect(read.indicators[0]?.ref).toEqual({ sheet: "Indicatori", address: "E6", row: 5, col: 4 });
    expect(read.recognition[0]?.headerRow).toBe(4);
  });

  it("detects 31/12 when a 31/12 result is written, and keeps a given period", () => {
    const yearEnd = templateGrid("indicators", [
      { objectiveCode: "1.1", indicatorNumber: 1, indicatorName: "eventi", target31_12: 70, result30_6: 56, result31_12: 72 },
      { objectiveCode: "1.1", indicatorNumber: 2, indicatorName: "imprese", target31_12: 100, result30_6: 85, result31_12: "-" },
    ]);
    expect([plan(yearEnd).period, plan(yearEnd).periodDetected]).toEqual(["31/12", true]);
    const given = readPlan(workbook("piano.xlsx", yearEnd), { period: "30/6" });
    expect(given.ok && [given.plan.period, given.plan.periodDetected]).toEqual(["30/6", false]);
  });

  it("links references written as labels or titles to the objective's code", () => {
    const weights = grid("Pesi", [
      ["Responsabile", "Obiettivo", "Peso per obiettivo", "Ridefinizione pesi a seguito aggiunta nuovi obiettivi"],
      ["dr Rossi", "Obiettivo Strategico Riorganizzazione dell'Ente", "30,00%", "30,00%"],
      ["", "Obiettivo Operativo 1.1 Diffusione", "20,00%", "10,00%"],
      ["", "Obiettivo Operativo 1.3 Eventi", "", "20,00%"],
      ["", "Totale dr Rossi", "50,00%", "60,00%"],
    ]);
    const read = plan(objectives, indicators, weights);
    expect(read.managerWeights.map((w) => [w.manager, w.objectiveCode, w.weights.length])).toEqual([
      ["dr Rossi", "OS1", 2],
      ["dr Rossi", "1.1", 2],
      ["dr Rossi", "Obiettivo Operativo 1.3 Eventi", 2],
    ]);
    expect(read.managerWeights[0]?.weights.map((w) => w.column)).toEqual([
      "Peso per obiettivo",
      "Ridefinizione pesi a seguito aggiunta nuovi obiettivi",
    ]);
  });

  it("reads the seed's revision table layout", () => {
    const revisions = grid("Revisioni target", [
      ["Obiettivo", "indicatori", "Previsione al 30.6.2020", "Realizzazione al 30.6.2020", "Previsione al 31.12.2020", "Nuova previsione al 31.12.2020"],
      ["1.1", "Indicatore 2:", "40", "85", "100", "120"],
      ["", "Nuovo Indicatore 3", "//", "//", "2", "2"],
    ]);
    const read = plan(objectives, indicators, revisions);
    expect(read.revisions.map((r) => [r.objectiveCode, r.indicatorNumber, r.actual30_6?.raw, r.newForecast31_12?.ref.address])).toEqual([
      ["1.1", "2", "85", "F2"],
      ["1.1", "3", "//", "F3"],
    ]);
  });

  it("adds from a combined sheet only the objectives no objective sheet defines", () => {
    const combined = grid("Monitoraggio", [
      ["Codice", "Obiettivo", "Indicatore", "Target 31/12", "Peso"],
      ["1.1", "Diffusione", "eventi", 70, 0.7],
      ["1.9", "Nuovo obiettivo di metà anno", "convenzioni", 2, 1],
    ]);
    expect(plan(objectives, combined).objectives.map((o) => o.code)).toEqual(["OS1", "1.1", "1.1", "1.2", "1.9"]);
  });

  it("takes the period from the title when results carry no date", () => {
    const report = grid("Foglio1", [
      ["Relazione sulla performance al 31.12.2020"],
      ["Codice", "Indicatore", "Target", "Peso", "Risultati raggiunti"],
      ["1.1", "eventi", 70, 0.7, 72],
    ]);
    const read = plan(report);
    expect([read.period, read.indicators[0]?.results["31/12"]?.raw, read.indicators[0]?.targets["31/12"]?.raw]).toEqual(["31/12", 72, 70]);
  });

  it.each([
    ["Target %", "Risultato %", 100, 95, { value: 1, unit: "percent" }, { value: 0.95, unit: "percent" }],
    ["Target\n%", "Risultato (%)", "80", "90,5", { value: 0.8, unit: "percent" }, { value: 0.905, unit: "percent" }],
    ["Target %", "Risultato %", 100, "95%", { value: 1, unit: "percent" }, { value: 0.95, unit: "percent" }],
    ["Target %", "Risultato %", "≥ 90", "12 eventi", { value: 0.9, unit: "percent" }, { value: 12, unit: "number" }],
    ["Target", "Risultato", 100, 95, { value: 100, unit: "number" }, { value: 95, unit: "number" }],
  ])("reads bare numbers under %p and %p as percentage points (%p, %p)", (targetHeader, resultHeader, target, result, targetValue, resultValue) => {
    const report = grid("Allegato", [
      ["Relazione sulla performance 2019"],
      ["Obiettivo 2019", "Indicatore", targetHeader, resultHeader],
      ["Avvio della nuova tariffa", "Media della percentuale di realizzazione", target, result],
    ]);
    const indicator = plan(report).indicators[0];
    expect([indicator?.targets["31/12"]?.value, indicator?.results["31/12"]?.value]).toMatchObject([targetValue, resultValue]);
  });

  it.each([
    ["bare numbers under «%» headers", "Target\n%", "Risultato %", 100, 95, [{ kind: "percentPoints", headers: ["Target %", "Risultato %"] }]],
    ["bare numbers under one «%» header", "Target %", "Risultato", 100, "95%", [{ kind: "percentPoints", headers: ["Target %"] }]],
    ["figures that carry their own «%»", "Target %", "Risultato %", "100%", "95%", undefined],
    ["headers without a unit", "Target", "Risultato", 100, 95, undefined],
  ])("says once for the sheet when it read %s as percentage points", (_case, targetHeader, resultHeader, target, result, notes) => {
    const report = grid("Allegato", [
      ["Obiettivo 2019", "Indicatore", targetHeader, resultHeader],
      ["Avvio della nuova tariffa", "Media della percentuale di realizzazione", target, result],
      ["Recupero evasione", "Media della percentuale di realizzazione", target, result],
    ]);
    expect(plan(report).recognition[0]?.notes).toEqual(notes);
  });

  it.each([
    ["a revised target beside the plan's own", ["Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Valore atteso annuale", "Nuovo target", "Valore consuntivo"], "Nuovo target", "Valore atteso annuale"],
    ["a second target column", ["Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Valore atteso annuale", "Valore atteso annuale revisionato", "Valore consuntivo"], "Valore atteso annuale revisionato", "Valore atteso annuale"],
  ])("reads the plan's own target and says it leaves %s unread, naming the column used instead", (_case, header, unread, instead) => {
    const report = grid("Allegato 2b", [
      ["Obiettivi operativi - secondo semestre 2012"],
      header,
      ["Protocollazione in die", "20%", "n. documenti protocollati in die / n. documenti pervenuti", "_", "90%", "95%", "92%"],
    ]);
    const read = plan(report);
    expect(read.indicators[0]?.targets["31/12"]?.raw).toBe("90%");
    expect(read.recognition[0]?.notes).toContainEqual({ kind: "unreadColumn", header: unread, instead });
  });

  it.each(["Target secondo anno", "Target terzo anno", "Valore atteso anno n+1", "Target II anno"])(
    "says that «%s» names a later year without writing it, and how to have it read",
    (later) => {
      const sheet = grid("Obiettivi", [
        ["Obiettivo", "Indicatore", "Target primo anno", later],
        ["1 – Pagamenti tempestivi", "Fatture pagate entro 30 giorni", "90%", "95%"],
      ]);
      const read = plan(sheet);
      expect(read.indicators[0]?.targets["31/12"]?.raw).toBe("90%");
      expect(read.recognition[0]?.notes).toContainEqual({ kind: "unreadColumn", header: later, instead: "Target primo anno", laterYear: true });
    },
  );

  it.each([
    ["PIAO 2024-2026 - Sottosezione Valore pubblico e performance", "Obiettivi", ["Target anno N", "Target anno N+1", "Target anno N+2"], "2024-2026", "title"],
    ["Piano della performance 2024/26", "Obiettivi", ["Target primo anno", "Target secondo anno", "Target terzo anno"], "2024/26", "title"],
    ["Obiettivi e indicatori", "Performance 2024-2026", ["Target 1° anno", "Target 2° anno", "Target 3° anno"], "2024-2026", "sheetName"],
    ["PIAO 2024-2026", "Obiettivi", ["Target N", "Target N+1", "Target N+2"], "2024-2026", "title"],
  ] as const)("reads the years a header names by place from the first year of «%s» (sheet «%s»): %j, and says so", (title, sheetName, headers, firstYear, from) => {
    const sheet = grid(sheetName, [
      [title],
      ["Obiettivo", "Indicatore", "Baseline", ...headers, "Risultato 2024"],
      ["1 – Pagamenti tempestivi", "Fatture pagate entro 30 giorni", "85%", "90%", "92%", "95%", "91%"],
    ]);
    const read = plan(sheet);
    const indicator = read.indicators[0];
    expect(indicator?.targets["31/12/2024"]?.raw).toBe("90%");
    expect(indicator?.targets["31/12/2025"]?.raw).toBe("92%");
    expect(indicator?.targets["31/12/2026"]?.raw).toBe("95%");
    expect(indicator?.results["31/12/2024"]?.raw).toBe("91%");
    expect(read.period).toBe("31/12/2024");
    expect(read.recognition[0]?.notes).toContainEqual({ kind: "placedYears", headers: [...headers], years: [2024, 2025, 2026], firstYear, from });
    expect(read.recognition[0]?.notes ?? []).not.toContainEqual(expect.objectContaining({ kind: "unreadColumn" }));
  });

  it("says in Italian and in English which years it read the columns as, and from where", () => {
    const note: SheetNote = { kind: "placedYears", headers: ["Target anno N", "Target anno N+1"], years: [2024, 2025], firstYear: "2024-2026", from: "title" };
    expect(sheetNoteText(note)).toBe("Le colonne «Target anno N» e «Target anno N+1» nominano gli anni del piano per posizione: sono lette come 2024 e 2025, contando dal primo anno di «2024-2026» nel titolo del foglio.");
    expect(sheetNoteText(note, "en")).toBe("The columns “Target anno N” and “Target anno N+1” name the plan's years by place: they are read as 2024 and 2025, counting from the first year of “2024-2026” in the sheet's title.");
  });

  it("reads a PIAO's table of three objective levels: the public value column is no target, the specific objective is the parent", () => {
    const sheet = grid("Performance", [
      ["PIAO 2024-2026 - Sottosezione 2.2 Performance"],
      ["Obiettivo di Valore Pubblico", "Obiettivo specifico", "Obiettivo operativo", "Indicatore", "Baseline (2022)", "Valore atteso 2024", "Valore atteso 2025"],
      ["VP1 Semplificazione", "OS1.1 Digitalizzare i servizi", "OO1.1.1 Avviare i pagamenti PagoPA", "Quota di pagamenti tramite PagoPA", "40%", "60%", "75%"],
    ]);
    const read = plan(sheet);
    const indicator = read.indicators[0];
    expect(Object.keys(indicator?.targets ?? {})).toEqual(["31/12/2024", "31/12/2025"]);
    expect(indicator?.objectiveCode).toBe("OO1.1.1");
    expect(read.objectives.map((objective) => [objective.code, objective.kind, objective.parentCode])).toEqual([
      ["OS1.1", "strategic", undefined],
      ["OO1.1.1", "operational", "OS1.1"],
    ]);
  });

  it.each([
    ["beside the indicators' own", ["Grado di raggiungimento obiettivo", "% raggiungimento indicatore"], [["85%", "100%"], ["", "70%"]], ["100%", "70%"]],
    ["alone", ["Grado di raggiungimento obiettivo"], [["85%"], [""]], [undefined, undefined]],
  ])("reads an indicator's declared achievement, never its objective's written on the indicator's row (%s)", (_case, headers, written, declared) => {
    const sheet = grid("Allegato", [
      ["Obiettivo", "Indicatore", "Peso indicatore", "Target", "Risultato", ...headers],
      ["1 – Pagamenti tempestivi", "Fatture pagate entro 30 giorni", "50%", "90%", "90%", ...(written[0] ?? [])],
      ["1 – Pagamenti tempestivi", "Fatture pagate entro 60 giorni", "50%", "100%", "70%", ...(written[1] ?? [])],
    ]);
    expect(plan(sheet).indicators.map((indicator) => indicator.achievementCell?.raw)).toEqual(declared);
  });

  it("leaves «Target anno N+1» unread when neither the title nor the sheet's name gives the plan's first year", () => {
    const sheet = grid("Obiettivi", [
      ["Piano della performance"],
      ["Obiettivo", "Indicatore", "Target anno N", "Target anno N+1"],
      ["1 – Pagamenti tempestivi", "Fatture pagate entro 30 giorni", "90%", "95%"],
    ]);
    const read = plan(sheet);
    expect(read.indicators[0]?.targets["31/12"]?.raw).toBe("90%");
    expect(read.recognition[0]?.notes).toContainEqual({ kind: "unreadColumn", header: "Target anno N+1", instead: "Target anno N", laterYear: true });
  });

  it("says nothing of a revised-target column left blank", () => {
    const report = grid("Allegato 2b", [
      ["Obiettivi operativi - secondo semestre 2012"],
      ["Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Valore atteso annuale", "Valore atteso annuale revisionato", "Valore consuntivo"],
      ["Protocollazione in die", "20%", "n. documenti protocollati in die / n. documenti pervenuti", "_", "90%", "", "92%"],
    ]);
    expect(plan(report).recognition[0]?.notes ?? []).not.toContainEqual(expect.objectContaining({ kind: "unreadColumn" }));
  });

  it("reads a bare baseline under «Baseline %» as percentage points, and a «%» inside a longer header as no unit", () => {
    const report = grid("Allegato", [
      ["Obiettivo", "Indicatore", "Baseline %", "Target", "Risultato"],
      ["Obiettivo A", "Quota di pratiche evase entro 30 giorni (% sul totale)", 80, "90%", "92%"],
    ]);
    const indicator = plan(report).indicators[0];
    expect(indicator?.baseline?.value).toMatchObject({ value: 0.8, unit: "percent" });
    expect(indicator?.name).toBe("Quota di pratiche evase entro 30 giorni (% sul totale)");
  });

  it("reads any bare number n under «Risultato %» as n% and keeps it as written", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 5000 }), (n) => {
        const report = grid("Allegato", [
          ["Obiettivo", "Indicatore", "Target %", "Risultato %"],
          ["Obiettivo A", "Quota di pratiche evase", 100, n],
        ]);
        const result = plan(report).indicators[0]?.results["31/12"];
        expect(result?.raw).toBe(n);
        expect(result?.value).toMatchObject({ kind: "quantity", unit: "percent" });
        expect(result?.value.kind === "quantity" ? result.value.value : NaN).toBeCloseTo(n / 100, 10);
      }),
      { numRuns: 50 },
    );
  });

  it("passes over sheets that are not plan sheets, including the add-in's own", () => {
    const anomalies = grid("Anomalie", [["Regola", "Gravità", "Obiettivo", "Indicatore", "Messaggio"], ["codice-duplicato", "errore", "1.1", "", "…"]]);
    const summary = grid("Riepilogo", [["Codice", "Obiettivo", "Responsabile", "Peso", "Punteggio"], ["1.1", "Diffusione", "dr Rossi", 0.2, 0.9]]);
    const data = grid("Dati", [[1, 2, 3], ["a", "b", "c"]]);
    const read = plan(anomalies, summary, data, objectives, indicators);
    expect(read.recognition.map((r) => r.sheet)).toEqual(["Obiettivi", "Indicatori"]);
    expect(read.objectives).toHaveLength(4);
  });

  it("says in Italian what it looked for and what each sheet was, when there is no plan", () => {
    const result = readPlan(workbook("bilancio.xlsx", objectives, grid("Conti", [["Codice", "Peso", "Anno"], ["A", 1, 2020]]), grid("Vuoto", [])));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Nessun piano trovato in «bilancio\.xlsx»/);
    expect(result.message).toContain("«Indicatore»");
    expect(result.message).toContain("«Obiettivi» (foglio degli obiettivi, intestazioni alla riga 1)");
    expect(result.message).toContain("«Conti» (riconosciute solo «Codice», «Peso», «Anno»)");
    expect(result.message).toContain("«Vuoto» (nessuna intestazione riconosciuta)");
    expect(result.recognition.map((r) => r.role)).toEqual(["objectives"]);
  });

  it("says so when the workbook has no sheets at all", () => {
    const result = readPlan(workbook("vuota.xlsx"));
    expect(result.ok === false && result.message).toMatch(/non contiene fogli/);
  });

  it("reads through Excel errors, non-text headers and ragged rows", () => {
    const messy = grid("Indicatori", [
      [2020, "Codice obiettivo", "Indicatore", "Target 31/12", "Peso", null],
      [],
      [undefined, "1.1", "eventi", "#N/D", "70%"],
      [true, "1.1"],
    ]);
    const read = plan(messy);
    expect(read.indicators).toHaveLength(1);
    expect(read.indicators[0]?.targets["31/12"]?.value.kind).toBe("failure");
  });
});
