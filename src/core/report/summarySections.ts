/**
 * The tables of the "Riepilogo" sheet, each a title, a header and rows of
 * cells: achievement by objective, indicator, area and manager, and the
 * mid-year revision table. Figures are fractions formatted as percentages;
 * a figure that could not be computed reads "non valutabile".
 */
import type { ManagerScore, ObjectiveScore, PlanScores } from "./scoreTypes";
import type { RevisionTableRow } from "./revisionTable";
import { percentCell, type BuilderCell } from "./sheetBuilder";
import { formatItalianPercent } from "../wording/formatNumbers";

export interface SummarySection {
  title: string;
  header: string[];
  rows: BuilderCell[][];
}

const KIND: Record<ObjectiveScore["kind"], string> = { strategic: "Strategico", operational: "Operativo" };

export function objectiveSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per obiettivo",
    header: ["Obiettivo", "Raggiungimento", "Titolo", "Tipo", "Area", "Responsabile", "Peso valutato", "Indicatori esclusi", "Come è calcolato"],
    rows: scores.objectives.map((objective) => [
      objective.code,
      percentCell(objective.score),
      objective.title,
      KIND[objective.kind],
      objective.area ?? "",
      objective.manager ?? "",
      percentCell(objective.evaluated),
      objective.excluded.join(", "),
      objective.explanation,
    ]),
  };
}

export function indicatorSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per indicatore",
    header: ["Obiettivo", "Indicatore", "Nome", "Peso", "Raggiungimento", "Stato", "Come è calcolato"],
    rows: scores.indicators.map((indicator) => [
      indicator.objective,
      indicator.indicator,
      indicator.name,
      indicator.weight === null ? "" : percentCell(indicator.weight),
      percentCell(indicator.achievement),
      indicator.status,
      indicator.explanation,
    ]),
  };
}

export function areaSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per area",
    header: ["Area", "Raggiungimento", "Obiettivi", "Come è calcolato"],
    rows: scores.areas.map((area) => [area.name, percentCell(area.score), area.objectives.join(", "), area.explanation]),
  };
}

function managerObjectives(manager: ManagerScore): string {
  return manager.objectives.map((objective) => `${objective.code} (${formatItalianPercent(objective.weight)})`).join(", ");
}

export function managerSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per responsabile",
    header: ["Responsabile", "Punteggio", "Obiettivi (peso)", "Pesi da", "Come è calcolato"],
    rows: scores.managers.map((manager) => [
      manager.name,
      percentCell(manager.score),
      managerObjectives(manager),
      manager.weightSource === "pesi" ? "tabella Pesi" : "foglio Obiettivi",
      manager.explanation,
    ]),
  };
}

const FROM_PLAN: Record<RevisionTableRow["fromPlan"][number], string> = {
  forecast30_6: "previsione 30/6",
  actual30_6: "realizzazione 30/6",
  forecast31_12: "previsione 31/12",
};

export function revisionSection(rows: readonly RevisionTableRow[]): SummarySection {
  return {
    title: "Revisione di metà anno",
    header: [
      "Obiettivo",
      "Indicatore",
      "Nome",
      "Previsione al 30/6",
      "Realizzazione al 30/6",
      "Previsione al 31/12",
      "Nuova previsione al 31/12",
      "Variazione",
      "Motivazione",
      "Presi dal piano",
    ],
    rows: rows.map((row) => [
      row.objective,
      row.indicator,
      row.name ?? "",
      row.forecast30_6,
      row.actual30_6,
      row.forecast31_12,
      row.newForecast31_12,
      row.change ?? "",
      row.reason ?? "",
      row.fromPlan.map((field) => FROM_PLAN[field]).join(", "),
    ]),
  };
}
