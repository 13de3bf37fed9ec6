/**
 * Plan workbooks of any size for the adapter tests, built from the real seed
 * (Brescia 2020): its indicator names, baselines, targets, weights and results,
 * as written, repeated to reach the wanted number of indicators. Four sheets of
 * exactly 20 columns each (so that request sizes are easy to reason about),
 * with Italian texts, percentages with number formats, placeholders and formulas.
 */
import seed from "../../fixtures/plan-2020.json";
import type { SheetSpec } from "../fakeExcel";
import type { FakeCell } from "../fake/fakeState";

export const PLAN_COLUMNS = 20;

interface SeedIndicator {
  name: string;
  baselineText: string | null;
  target30_6Text: string | null;
  target31_12Text: string | null;
  weight: number | null;
  resultText: string | null;
}

const seedIndicators: { objective: string; indicator: SeedIndicator }[] = (
  seed.objectives as unknown as { code: string; indicators?: SeedIndicator[] }[]
).flatMap((objective) => (objective.indicators ?? []).map((indicator) => ({ objective: objective.code, indicator })));

function header(prefix: string): string[] {
  return Array.from({ length: PLAN_COLUMNS }, (_, col) => `${prefix} ${col + 1}`);
}

const INDICATOR_HEADER = [
  "Codice obiettivo", "N.", "Indicatore", "Tipologia", "Base line", "Anno", "Target 30/6", "Target 31/12",
  "Peso", "Risultato 30/6", "Scostamento", "Grado di raggiungimento", "Polarità", "Unità di misura",
  "Fonte", "Responsabile", "Area", "Note", "Stato", "Revisione",
];

function indicatorRow(index: number): (string | number | FakeCell)[] {
  const { objective, indicator } = seedIndicators[index % seedIndicators.length] ?? { objective: "1.1", indicator: undefined };
  const row = index + 2;
  return [
    objective, (index % 9) + 1, indicator?.name ?? "Indicatore", "efficacia esterna",
    indicator?.baselineText ?? "-", "2019", indicator?.target30_6Text ?? "-", indicator?.target31_12Text ?? "//",
    { value: indicator?.weight ?? 0.5, numberFormat: "0.00%" }, indicator?.resultText ?? "--",
    { formula: `=J${row}-G${row}`, value: "" }, { formula: `=IFERROR(J${row}/G${row},"")`, value: "", numberFormat: "0.00%" },
    "crescente", "numero", "Gestionale interno", "dr.ssa Antonella Vairano", "Area Promozione e Regolazione del Mercato",
    index % 7 === 0 ? "Rilascio di almeno 300 dispositivi" : "nessuna", "in corso", "no",
  ];
}

/** 4 sheets: strategic objectives, operational objectives, indicators (one row each) and manager weights. */
export function planSheets(indicators: number): SheetSpec[] {
  const rowsOf = (count: number, prefix: string) =>
    [header(prefix), ...Array.from({ length: count }, (_, index) => header(`${prefix} ${index + 1}`))];
  return [
    { name: "Obiettivi strategici", rows: rowsOf(Math.ceil(indicators / 100), "Strategico") },
    { name: "Obiettivi operativi", rows: rowsOf(Math.ceil(indicators / 10), "Operativo") },
    { name: "Indicatori", rows: [INDICATOR_HEADER, ...Array.from({ length: indicators }, (_, index) => indicatorRow(index))] },
    { name: "Pesi dirigenti", rows: rowsOf(Math.ceil(indicators / 10), "Peso") },
  ];
}

/** Rows of every sheet of `planSheets(indicators)`, headers included. */
export function planRowCount(indicators: number): number {
  return planSheets(indicators).reduce((sum, sheet) => sum + sheet.rows.length, 0);
}

export const PLAN_SHEET_NAMES = ["Obiettivi strategici", "Obiettivi operativi", "Indicatori", "Pesi dirigenti"];
