import fc from "fast-check";
import { readIndicatorCards } from "../../../../src/core/plan/cards/readIndicatorCards";
import { CellReading } from "../../../../src/core/plan/cellReading";
import type { Plan, PlanCell } from "../../../../src/core/plan/planModel";
import { planEvaluation } from "../../../../src/core/calc/planEvaluation";
import { defaultValidationSettings } from "../../../../src/core/settings";
import { validatePlan } from "../../../../src/core/rules/validatePlan";
import { sheetNoteText } from "../../../../src/core/wording/sheetNotes";
import { grid, readCards, type Rows } from "./cardGrids";

/** An indicator card as the Portale della Performance shows one (its labels in its order), with the figures given. */
function indicatorCard(code: string, objective: string, targets: Rows, more: Rows = []): Rows {
  return [
    ["Anno di riferimento", "2024"],
    ["Codice", code],
    ["Titolo", `Indicatore ${code}`],
    ["Descrizione", "–"],
    ["Tipologia", "Indicatore di risultato"],
    ["Obiettivo specifico", objective],
    ["Unità di misura", "Percentuale"],
    ["Peso indicatore", "–"],
    ...targets,
    ...more,
    ["Note", "–"],
  ];
}

const THREE_YEARS: Rows = [["Target primo anno", "80%"], ["Target secondo anno", "85%"], ["Target terzo anno", "90%"]];

function targetsOf(plan: Plan): Record<string, unknown>[] {
  return plan.indicators.map((indicator) => Object.fromEntries(Object.entries(indicator.targets).map(([date, cell]) => [date, (cell as PlanCell).raw])));
}

describe("indicator cards (the Portale della Performance's)", () => {
  it("reads the indicator, its objective and its targets by year from «Anno di riferimento», and says so", () => {
    const plan = readCards(grid("Indicatori", indicatorCard("1.1", "1 – Semplificare i procedimenti", THREE_YEARS)));
    expect(plan.objectives.map((o) => [o.code, o.kind, o.title])).toEqual([["1", "strategic", "Semplificare i procedimenti"]]);
    expect(plan.indicators.map((i) => [i.objectiveCode, i.number, i.name, i.type, i.unit])).toEqual([["1", "1.1", "Indicatore 1.1", "Indicatore di risultato", "Percentuale"]]);
    expect(targetsOf(plan)).toEqual([{ "31/12/2024": "80%", "31/12/2025": "85%", "31/12/2026": "90%" }]);
    const [note] = plan.recognition[0]?.notes ?? [];
    expect(note && sheetNoteText(note)).toBe(
      "Le voci «Target primo anno», «Target secondo anno» e «Target terzo anno» nominano gli anni del piano per posizione: sono lette come 2024, 2025 e 2026, contando dal primo anno di «2024» nella voce «Anno di riferimento».",
    );
    expect(note && sheetNoteText(note, "en")).toBe(
      "The entries “Target primo anno”, “Target secondo anno” and “Target terzo anno” name the plan's years by place: they are read as 2024, 2025 and 2026, counting from the first year of “2024” in the entry “Anno di riferimento”.",
    );
    expect(plan.recognition[0]?.reading?.[0]).toContain("Foglio letto come schede indicatore (1 scheda)");
  });

  it("reads cards stacked on one sheet, one objective for the cards that name it", () => {
    const plan = readCards(
      grid("Indicatori", [
        ...indicatorCard("1.1", "1 – Semplificare i procedimenti", THREE_YEARS),
        ...indicatorCard("1.2", "1 – Semplificare i procedimenti", THREE_YEARS),
        ...indicatorCard("2.1", "2 – Digitalizzare i servizi", THREE_YEARS),
      ]),
    );
    expect(plan.objectives.map((o) => o.code)).toEqual(["1", "2"]);
    expect(plan.indicators.map((i) => `${i.objectiveCode}/${i.number}`)).toEqual(["1/1.1", "1/1.2", "2/2.1"]);
    expect(validatePlan(plan).filter((a) => a.severity === "errore")).toEqual([]);
  });

  it("names one objective once when its cards are on different sheets", () => {
    const plan = readCards(grid("1.1", indicatorCard("1.1", "1 – Semplificare", THREE_YEARS)), grid("1.2", indicatorCard("1.2", "1 – Semplificare", THREE_YEARS)));
    expect(plan.objectives.map((o) => o.code)).toEqual(["1"]);
    expect(validatePlan(plan).filter((a) => a.rule === "codice-duplicato")).toEqual([]);
  });

  it("evaluates a result written on the card at the reporting date", () => {
    const plan = readCards(grid("Indicatori", indicatorCard("1.1", "1 – Semplificare", [["Target 2024", "80%"]], [["Valore consuntivo", "60%"]])));
    const evaluation = planEvaluation(plan, defaultValidationSettings);
    expect([plan.period, evaluation.achievement[0]]).toEqual(["31/12/2024", 0.75]);
  });

  it.each<[string, Rows, Record<string, unknown>, string]>([
    ["a target with neither a date nor a place is the year's", [["Target", "80%"]], { "31/12": "80%" }, "Il target senza data «Target» dell'indicatore 1.1 (riga 8) è inteso come target dell'anno (31/12)."],
    ["later years without a first year are left out, and said", [["Target primo anno", "80%"], ["Target secondo anno", "85%"]], { "31/12": "80%" }, "La colonna «Target secondo anno» non è usata nei calcoli: nomina un anno successivo"],
  ])("%s", (_case, targets, expected, said) => {
    const rows = indicatorCard("1.1", "1 – Semplificare", targets).filter((row) => row[0] !== "Anno di riferimento");
    const plan = readCards(grid("Indicatori", rows));
    expect(targetsOf(plan)).toEqual([expected]);
    expect((plan.recognition[0]?.notes ?? []).map((note) => sheetNoteText(note)).join(" ")).toContain(said);
  });

  it("takes the first year from the title above the cards when no card writes one", () => {
    const rows = [["PIAO 2025-2027 – Indicatori di performance"], ...indicatorCard("1.1", "1 – Semplificare", THREE_YEARS).filter((row) => row[0] !== "Anno di riferimento")];
    expect(targetsOf(readCards(grid("Indicatori", rows)))).toEqual([{ "31/12/2025": "80%", "31/12/2026": "85%", "31/12/2027": "90%" }]);
  });

  it.each<[string, Rows]>([
    ["label rows without an objective", [["Codice", "1.1"], ["Titolo", "Indicatore"], ["Target 2024", "80%"]]],
    ["label rows without a target or a result", [["Codice", "1.1"], ["Titolo", "Indicatore"], ["Obiettivo strategico", "1 – Semplificare"]]],
    ["an instructions sheet", [["Titolo", "Istruzioni per la compilazione"], ["Note", "Compilare le colonne in giallo"]]],
    ["a blank sheet", []],
  ])("is not %s", (_case, rows) => {
    expect(readIndicatorCards(grid("Foglio", rows), new CellReading())).toBeNull();
  });

  it("reads the same card whatever the order of its rows", () => {
    const rows = indicatorCard("3.2", "3 – Ridurre i tempi", THREE_YEARS);
    const expected = readCards(grid("Indicatori", rows));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const plan = readCards(grid("Indicatori", shuffled));
        expect([plan.objectives.map((o) => o.code), plan.indicators.map((i) => [i.number, i.name]), targetsOf(plan)]).toEqual([
          expected.objectives.map((o) => o.code),
          expected.indicators.map((i) => [i.number, i.name]),
          targetsOf(expected),
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it("reads one indicator per card for any number of stacked cards", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (count) => {
        const rows = Array.from({ length: count }, (_, k) => indicatorCard(`1.${k + 1}`, "1 – Semplificare", THREE_YEARS)).flat();
        expect(readCards(grid("Indicatori", rows)).indicators.map((i) => i.number)).toEqual(Array.from({ length: count }, (_, k) => `1.${k + 1}`));
      }),
      { numRuns: 20 },
    );
  });
});
