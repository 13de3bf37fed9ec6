/**
 * The Obiettivi, Pesi and Revisioni sheets of the example plan, as rows of cells in
 * the template's column order.
 * - Obiettivi: the weight written on each card (the cards of 1.1, 1.2, 2.1, 2.2 still
 *   show the initial weights of the Pesi table), the strategic objective's own share
 *   (50%) and, for the operational objectives it lists, STRAT as their parent.
 * - Pesi: the managers' table with both columns as written ("Peso iniziale" blank
 *   for the objectives added mid-year), managers named as in the areas list.
 * - Revisioni: the seed's revision tables, values typed like the plan's cells.
 */
import type { PlanField } from "../plan/planFields";
import { PLAN_TEMPLATE, type TemplateSheet } from "../plan/planTemplate";
import { managerName, type ExampleObjective } from "./exampleObjectives";
import type { FixtureRevision, PlanFixture } from "./planFixture";
import type { PlannedCell } from "./templateSheetContent";
import { PERCENT_FORMAT } from "./cellFormats";
import { typeAsClerk } from "./typeAsClerk";

function inColumns(sheet: TemplateSheet, cells: Partial<Record<PlanField, PlannedCell>>): PlannedCell[] {
  return sheet.columns.map((column) => cells[column.field] ?? { value: null });
}

function weight(value: number | null | undefined): PlannedCell {
  return value === null || value === undefined ? { value: null } : { value, format: PERCENT_FORMAT };
}

export function exampleObjectiveRows(objectives: ExampleObjective[]): PlannedCell[][] {
  return objectives.map((objective) =>
    inColumns(PLAN_TEMPLATE.objectives, {
      objectiveCode: { value: objective.code },
      objectiveKind: { value: objective.kind },
      objectiveTitle: { value: objective.title },
      area: { value: objective.area },
      manager: { value: objective.manager },
      objectiveWeight: weight(objective.weight),
      parentCode: { value: objective.parentCode ?? null },
      ownShare: weight(objective.ownShare),
    }),
  );
}

export function exampleWeightRows(fixture: PlanFixture): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  for (const group of fixture.managerWeights) {
    const manager = managerName(fixture, group.manager);
    for (const objective of group.objectives) {
      // The template's two weight columns share a field: fill them by position.
      rows.push([{ value: manager }, { value: objective.code }, weight(objective.weightBefore), weight(objective.weightAfter)]);
    }
  }
  return rows;
}

/**
 * The managers' proposals behind the seed's revision tables, in the document's
 * Italian words (shortened where the proposal runs for a page), by
 * "objective code/indicator number". The fixture's `reason` is an English summary;
 * its `proposalText`, when present, wins over these.
 */
export const SEED_REVISION_REASONS: Readonly<Record<string, string>> = {
  "1.1/2":
    "Si propone di incrementare il target a 120 assessment, partendo dal dato di 85 raggiunto al 30/6/2020 ed un presuntivo di ulteriori 35 da raggiungere nel secondo semestre.",
  "1.2/2":
    "Dati i risultati ottenuti, si propone l'incremento dell'indicatore al 31.12.2020, prevedendo il completamento dell'attività di istruttoria ed erogazione dei contributi relativi alle domande pervenute al 15 marzo u.s. sui bandi in Accordo di Programma.",
  "2.1/2":
    "Nel corso del primo semestre sono pervenute richieste di interesse al servizio anche da parte di nuovi intermediari. Si prevede, quindi, di estendere il servizio oltre che alle associazioni e agenzie attualmente convenzionate, anche ad almeno 20 nuovi intermediari.",
  "2.2/4":
    "In considerazione dei risultati conseguiti al 30/6 e nei mesi successivi si prevede di aggiornare entro il 31/12 un numero di posizioni maggiore di quanto inizialmente previsto (+230).",
  "AS/1":
    "Dal 3 giugno 2020 le attività dell'Azienda speciale sono ripartite in presenza (12 nuovi eventi, 5 addendum/contratti per eventi del secondo semestre, 25 addendum per The Big 5 Show rinviata al 2021): si propone la modifica del target da realizzare al 31/12/2020 aumentando da n. 39 a n. 72 la previsione di addendum/modifiche contrattuali.",
  "AS/3":
    "A seguito dell'emergenza COVID-19, la Giunta Camerale con deliberazione n. 39 del 21/04/2020 ha sospeso la manifestazione Futura rimandandola al 2021: l'indicatore è sostituito.",
};

function indicatorNumber(label: string): number | string {
  const match = /(\d+)\s*$/.exec(label.trim());
  return match ? Number(match[1]) : label;
}

/** The proposal behind a revision, in the document's words (also written on the cards). */
export function revisionReason(code: string, revision: FixtureRevision): string | null {
  const number = indicatorNumber(revision.indicator);
  const proposal = revision.proposalText ?? SEED_REVISION_REASONS[`${code}/${number}`] ?? revision.reason ?? null;
  if (!revision.newIndicatorName) return proposal;
  const replaced = revision.replacesIndicator ? ` al posto di «${revision.replacesIndicator}»` : "";
  return `Nuovo indicatore «${revision.newIndicatorName}»${replaced}.${proposal ? ` ${proposal}` : ""}`;
}

export function exampleRevisionRows(objectives: ExampleObjective[]): PlannedCell[][] {
  return objectives.flatMap((objective) =>
    objective.revisions.map((revision) =>
      inColumns(PLAN_TEMPLATE.revisions, {
        objectiveCode: { value: objective.code },
        indicatorNumber: { value: indicatorNumber(revision.indicator) },
        forecast30_6: typeAsClerk(revision.prev30_6),
        actual30_6: typeAsClerk(revision.real30_6),
        forecast31_12: typeAsClerk(revision.prev31_12),
        newForecast31_12: typeAsClerk(revision.new31_12),
        reason: { value: revisionReason(objective.code, revision) },
      }),
    ),
  );
}
