import fc from "fast-check";
import { readPlan } from "../../../src/core/plan/readPlan";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { grid, workbook } from "./planGrids";
import { codeKey, compareNaturalKeys, indicatorNumberText, leadingCode, naturalCompare, naturalKey, ObjectiveIndex, readObjectiveKind, splitCodeAndTitle, splitNamedCode, titleAfterCode, titleKey } from "../../../src/core/plan/planCodes";
import type { Objective } from "../../../src/core/plan/planModel";

describe("indicator numbers", () => {
  it.each([
    ["1", "1"],
    ["Indicatore 3:", "3"],
    ["Nuovo Indicatore 3", "3"],
    ["Ind. n. 2", "2"],
    ["3 bis", "3 bis"],
    ["4 BIS", "4 bis"],
    ["1.", "1"],
    ["A", "A"],
    ["149.1", "149.1"],
    ["1.2.3", "1.2.3"],
    ["Indicatore 2.1:", "2.1"],
  ])("reads %p as %p", (text, number) => {
    expect(indicatorNumberText(text)).toBe(number);
  });
});

describe("a code and the title after it", () => {
  it.each([
    ["1.1 – Sostenere il credito", { code: "1.1", separator: " – ", title: "Sostenere il credito" }],
    ["  2.2. Miglioramento dei servizi", { code: "2.2", separator: ". ", title: "Miglioramento dei servizi" }],
    ["AS-STRAT: Pro Brixia", { code: "AS-STRAT", separator: ": ", title: "Pro Brixia" }],
    ["149.1 Migliorare il coordinamento", { code: "149.1", separator: " ", title: "Migliorare il coordinamento" }],
    ["OS1", { code: "OS1", separator: "", title: "" }],
    ["Sostenere il credito", null],
  ])("«%s» is split into %p", (text, expected) => {
    expect(splitCodeAndTitle(text)).toEqual(expected);
  });

  it("finds, for any text, a code at its start, then what is written between, then a title that ends it", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const split = splitCodeAndTitle(text);
        if (split === null) return;
        expect(text.trim().startsWith(split.code + split.separator)).toBe(true);
        expect(text.trim().endsWith(split.title)).toBe(true);
      }),
    );
  });

  it.each([
    ["IN001 - Partecipazione media", { code: "IN001", name: "Partecipazione media" }],
    ["A1.2: Tempo medio di risposta", { code: "A1.2", name: "Tempo medio di risposta" }],
    ["IN001- Nome", { code: "IN001", name: "Nome" }],
    ["10-15: tempo medio di attesa", null],
    ["ROI - Ritorno sull'investimento", null],
    ["IN001:Nome", null],
    ["Partecipazione media", null],
  ])("an indicator's name «%s» opens with its code: %p", (text, expected) => {
    expect(splitNamedCode(text)).toEqual(expected);
  });
});

describe("an objective's title without its code", () => {
  it.each([
    ["1.1.2 Formazione", "1.1", "1.1.2 Formazione"],
    ["1.1 - Diffusione delle competenze", "1.1", "Diffusione delle competenze"],
    ["149 – Migliorare il coordinamento", "149", "Migliorare il coordinamento"],
    ["Obiettivo operativo 3.1: Nuove misure", "3.1", "Nuove misure"],
    ["OS1. Digitalizzare i servizi", "OS1", "Digitalizzare i servizi"],
    ["1.1", "1.1", "1.1"],
    ["1.10 Formazione", "1.1", "1.10 Formazione"],
    ["Obiettivo zero carta", "Obiettivo zero carta", "Obiettivo zero carta"],
    ["Diffusione delle competenze", "1.1", "Diffusione delle competenze"],
  ])("«%s» with the code %p is «%s»", (title, code, expected) => {
    expect(titleAfterCode(title, code)).toBe(expected);
  });

  it("gives back the words written after a code and a separator, and is otherwise a part of the title as written", () => {
    const code = fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("."));
    const words = fc.array(fc.constantFrom("Sostenere", "il", "credito", "Piano", "2020", "à", "OS"), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
    const separator = fc.constantFrom(" - ", " – ", ": ", ". ", " ");
    fc.assert(
      fc.property(code, separator, words, (c, sep, named) => {
        expect(titleAfterCode(`${c}${sep}${named}`, c)).toBe(named);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, c) => {
        expect(title.includes(titleAfterCode(title, c))).toBe(true);
      }),
    );
  });
});

describe("objective codes", () => {
  it("are one code for the reader and for the rules: «1.1» and «1.1.» are one objective, so its duplicate is reported", () => {
    const sheets = workbook(
      "codici.xlsx",
      grid("Obiettivi", [
        ["Codice", "Obiettivo", "Tipo", "Peso"],
        ["1.1", "Diffusione", "Operativo", "50%"],
        ["1.1.", "Diffusione (copia)", "Operativo", "50%"],
      ]),
      grid("Indicatori", [
        ["Codice obiettivo", "N.", "Indicatore", "Target 31/12", "Peso", "Risultato 31/12"],
        ["1.1.", 1, "eventi", 10, "100%", 12],
      ]),
    );
    const read = readPlan(sheets);
    if (!read.ok) throw new Error(read.message);
    const anomalies = validatePlan(read.plan);
    expect(read.plan.indicators[0]?.objectiveCode).toBe("1.1");
    expect(anomalies.filter((a) => a.rule === "codice-duplicato").map((a) => `${a.sheet}!${a.cell}`)).toEqual(["Obiettivi!A3"]);
    expect(anomalies.filter((a) => a.rule === "obiettivo-senza-indicatori")).toEqual([]);
  });

  it.each([
    ["STRAT ", "STRAT"],
    ["strat", "STRAT"],
    ["1.1.", "1.1"],
    ["1.1:", "1.1"],
    ["AS  -  STRAT", "AS - STRAT"],
  ])("compares %p as %p", (code, key) => {
    expect(codeKey(code)).toBe(key);
  });

  it.each([
    ["Obiettivo Operativo 3.1 Nuove misure organizzative", "3.1"],
    ["1.1 - Diffusione fra le imprese", "1.1"],
    ["AS-STRAT", "AS-STRAT"],
    ["OS1: Riorganizzazione", "OS1"],
    ["Obiettivo Strategico Riorganizzazione dell'Ente", null],
    ["Obiettivo zero carta", null],
    ["Riorganizzazione", null],
  ])("finds the code at the start of %p: %p", (label, code) => {
    expect(leadingCode(label)).toBe(code);
  });

  it("compares titles without the label and the code", () => {
    expect(titleKey("Obiettivo Operativo 3.2 Riorganizzazione dei servizi")).toBe("riorganizzazione dei servizi");
    expect(titleKey("Riorganizzazione dei servizi")).toBe("riorganizzazione dei servizi");
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof indicatorNumberText(text)).toBe("string");
        expect(typeof titleKey(text)).toBe("string");
        const code = leadingCode(text);
        expect(code === null || text.includes(code)).toBe(true);
      }),
    );
  });
});

describe("linking references to objectives", () => {
  const ref = { sheet: "Obiettivi", address: "A2", row: 1, col: 0 };
  const objectives: Objective[] = [
    { code: "STRAT", kind: "strategic", title: "Riorganizzazione dell'Ente per fronteggiare l'emergenza", ref },
    { code: "3.1", kind: "operational", title: "Nuove misure organizzative", ref },
  ];
  const index = new ObjectiveIndex(objectives);

  it.each([
    ["strat", "STRAT"],
    ["3.1.", "3.1"],
    ["Obiettivo Operativo 3.1 Nuove misure organizzative", "3.1"],
    ["Obiettivo Strategico Riorganizzazione dell'Ente per fronteggiare l'emergenza", "STRAT"],
    ["Nuove misure organizzative", "3.1"],
    ["9.9", "9.9"],
    ["", ""],
  ])("links %p to %p", (reference, code) => {
    expect(index.resolve(reference)).toBe(code);
  });
});

describe("objective kinds", () => {
  it.each([
    ["Strategico", "", "", "strategic"],
    ["OPERATIVO", "STRAT", "", "operational"],
    ["S", "1", "", "strategic"],
    ["Operational", "", "", "operational"],
    ["", "STRAT", "", "strategic"],
    ["", "OS2", "", "strategic"],
    ["", "1.1", "Obiettivo strategico: riorganizzazione", "strategic"],
    ["", "1.1", "Supporto al piano strategico regionale", "operational"],
    ["", "AS", "Riorganizzazione delle attività", "operational"],
    // the «specifico» that replaced the strategic objective (D.Lgs. 74/2017, PIAO), and the kind written in full
    ["Specifico", "1", "", "strategic"],
    ["Obiettivo specifico", "1", "", "strategic"],
    ["Triennale", "1", "", "strategic"],
    ["Obiettivo strategico", "1", "", "strategic"],
    ["Obiettivo operativo", "STRAT", "", "operational"],
    ["Annuale", "1", "", "operational"],
    ["", "1", "Obiettivo specifico: digitalizzare i servizi", "strategic"],
  ])("reads kind %p with code %p and title %p as %p", (written, code, title, kind) => {
    expect(readObjectiveKind(written, code, title)).toBe(kind);
  });
});

describe("naturalCompare", () => {
  it("orders codes as people read them", () => {
    const codes = ["1.10", "AS", "2.1", "1.2", "3.6", "1.1", "as-strat", "10", "2"];
    expect([...codes].sort(naturalCompare)).toEqual(["1.1", "1.2", "1.10", "2", "2.1", "3.6", "10", "AS", "as-strat"]);
  });

  it.each([
    ["1.2", "1.10", -1],
    ["STRAT", "strat", 0],
    ["3 bis", "3", 1],
  ])("compares %s with %s as %i", (a, b, expected) => {
    expect(naturalCompare(a, b)).toBe(expected);
  });

  it("splits a code once into numbers and text runs", () => {
    expect(naturalKey(" 1.10 bis ")).toEqual([1, ".", 10, " bis"]);
    expect(naturalKey("")).toEqual([]);
  });

  it("orders split codes as people read them, letters without case or accents", () => {
    const codes = ["1.10", "AS", "2.1", "1.2", "3.6", "1.1", "as-strat", "10", "2", "STRAT", "3 bis", "3", "", "Ob. 2", "ob. 10", "Área", "area"];
    const sorted = [...codes].sort((a, b) => compareNaturalKeys(naturalKey(a), naturalKey(b)));
    expect(sorted).toEqual(["", "1.1", "1.2", "1.10", "2", "2.1", "3", "3 bis", "3.6", "10", "Área", "area", "AS", "as-strat", "Ob. 2", "ob. 10", "STRAT"]);
    expect(compareNaturalKeys(naturalKey("Área"), naturalKey("area"))).toBe(0);
  });
});
