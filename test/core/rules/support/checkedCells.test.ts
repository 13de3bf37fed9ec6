import { checkedCells } from "../../../../src/core/rules/support/checkedCells";
import type { CellValue } from "../../../../src/core/values/valueTypes";
import { ITALIAN_PHRASES } from "../../../../src/core/wording/italian";
import { buildPlan } from "../planBuilder";

const plan = buildPlan({
  objectives: [{ code: "1.1", manager: "Rossi", weight: "20%" }],
  indicators: [
    { objective: "1.1", number: "1", weight: "70%", baseline: "???", target30: 32, target31: 70, result30: 56, declared30: 24 },
    { objective: "1.1", number: "2", weight: "#N/D", target30: "almeno 4 eventi", target31: 8, result30: "2 eventi e 3 corsi" },
  ],
  weights: [{ manager: "Rossi", objective: "1.1", weights: ["20%", "xyz"] }],
  revisions: [{ objective: "1.1", indicator: "1", forecast30: 32, actual30: "?!", forecast31: 70, newForecast31: 90 }],
});

const isFailure = (value: CellValue): boolean => value.kind === "failure";

describe("checkedCells", () => {
  it("lists every cell that matters, with its role, in plan order", () => {
    expect(checkedCells(plan).map((checked) => ITALIAN_PHRASES.role(checked.role))).toEqual([
      "il peso dell'obiettivo",
      "il peso dell'indicatore",
      "la baseline",
      "il target al 30/6",
      "il target al 31/12",
      "il risultato al 30/6",
      "lo scostamento dichiarato al 30/6",
      "il peso dell'indicatore",
      "il target al 30/6",
      "il target al 31/12",
      "il risultato al 30/6",
      "il peso «Peso iniziale» di Rossi",
      "il peso «Peso rideterminato» di Rossi",
      "la previsione al 30/6 della revisione",
      "la realizzazione al 30/6 della revisione",
      "la previsione al 31/12 della revisione",
      "la nuova previsione al 31/12",
    ]);
  });

  it("lists only the cells whose value is wanted, as the full list has them", () => {
    const wanted = checkedCells(plan, isFailure);
    expect(wanted.map((checked) => `${ITALIAN_PHRASES.role(checked.role)} ${checked.cell.value.text}`)).toEqual([
      "la baseline ???",
      "il peso dell'indicatore #N/D",
      "il risultato al 30/6 2 eventi e 3 corsi",
      "il peso «Peso rideterminato» di Rossi xyz",
      "la realizzazione al 30/6 della revisione ?!",
    ]);
    expect(wanted).toEqual(checkedCells(plan).filter((checked) => isFailure(checked.cell.value)));
  });
});
