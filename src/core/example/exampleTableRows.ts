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
import type { ExampleObjective } from "./exampleObjectives";
import { managerName } from "./exampleObjectives";
import type { FixtureRevision, PlanFixture } from "./planFixture";
import { SEED_REVISION_REASONS } from "./seedRevisionReasons";
import type { PlannedCell } from "./templateSheetContent";
import { typeAsClerk } from "./typeAsClerk";
import { PERCENT_FORMAT } from "./cellFormats";

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

function indicatorNumber(label: string): number | string {
  const match = /(\d+)\s*$/.exec(label.trim());
  return match ? Number(match[1]) : label;
}

function reason(code: string, revision: FixtureRevision): string | null {
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
        reason: { value: reason(objective.code, revision) },
      }),
    ),
  );
}
