/**
 * Test helper: small card sheets written the ways clerks write them, and what the plan reader makes
 * of them. Each card is rows of cells ("" for a blank cell); `card()` writes a whole card with its
 * parts replaceable, so that a test changes one way of writing at a time.
 */
import type { Grid, WorkbookGrids } from "../../../../src/core/plan/grid";
import type { Plan } from "../../../../src/core/plan/planModel";
import { readPlan } from "../../../../src/core/plan/readPlan";

export type Rows = unknown[][];

export interface CardParts {
  heading: Rows;
  title: Rows;
  labels: Rows;
  indicators: Rows;
  tables: Rows;
}

export function indicatorBlock(n: number, overrides: { header?: Rows; values?: unknown[]; result?: Rows } = {}): Rows {
  return [
    [`Indicatore ${n}: numero di eventi a distanza ${n}`],
    ["Tipo Indicatore:", "☒ efficacia esterna", "☐ efficacia interna"],
    ["", "☐ efficienza", "☒ qualità"],
    ...(overrides.header ?? [
      ["Target storico di riferimento: anno 2019", "Valore Target:", "", "Peso"],
      ["", "al 30/6", "al 31/12", ""],
    ]),
    overrides.values ?? [100 * n, 40 * n, 80 * n, "50%"],
    [],
    ...(overrides.result ?? [["Risultati raggiunti", 50 * n], ["Scostamenti", 10 * n]]),
    [],
  ];
}

export function card(code: string, parts: Partial<CardParts> = {}): Rows {
  return [
    ...(parts.heading ?? [[`OBIETTIVO OPERATIVO ${code}`]]),
    ...(parts.title ?? [[`TITOLO DELL'OBIETTIVO ${code}`, "Peso: 40%"], ["Peso dell'obiettivo dirigenziale"]]),
    [],
    ...(parts.labels ?? [["Descrizione:", "Un testo lungo che descrive l'obiettivo."], ["Aree", "Area Anagrafica"], ["Responsabili", "Mario Rossi"]]),
    [],
    ["INDICATORI:"],
    ...(parts.indicators ?? [...indicatorBlock(1), ...indicatorBlock(2)]),
    ...(parts.tables ?? []),
  ];
}

export function grid(sheet: string, rows: Rows): Grid {
  return { sheet, origin: "A1", values: rows.map((row) => row.map((value) => (value === undefined || value === null ? "" : value))) };
}

export function readCards(...sheets: Grid[]): Plan {
  const workbook: WorkbookGrids = { name: "schede.xlsx", sheets };
  const read = readPlan(workbook);
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}
