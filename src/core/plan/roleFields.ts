/**
 * The fields expected on a sheet of each role (what `recognition.missing` is measured against)
 * and those without which the sheet cannot be used, both taken from the canonical template.
 * A combined sheet (objective columns on the indicator rows) expects the indicator columns plus
 * the objective columns; it requires what an indicator sheet requires.
 */
import type { PlanField, SheetRole } from "./planFields";
import { PLAN_TEMPLATE, type TemplateSheet } from "./planTemplate";

function unique(fields: readonly PlanField[]): PlanField[] {
  return [...new Set(fields)];
}

function fieldsOf(sheet: TemplateSheet, onlyRequired: boolean): PlanField[] {
  return unique(sheet.columns.filter((c) => !onlyRequired || c.required).map((c) => c.field));
}

const COMBINED_OBJECTIVE_FIELDS: readonly PlanField[] = [
  "objectiveTitle",
  "objectiveKind",
  "area",
  "manager",
  "objectiveWeight",
  "parentCode",
  "ownShare",
];

function build(onlyRequired: boolean): Record<SheetRole, readonly PlanField[]> {
  const indicators = fieldsOf(PLAN_TEMPLATE.indicators, onlyRequired);
  return {
    objectives: fieldsOf(PLAN_TEMPLATE.objectives, onlyRequired),
    indicators,
    weights: fieldsOf(PLAN_TEMPLATE.weights, onlyRequired),
    revisions: fieldsOf(PLAN_TEMPLATE.revisions, onlyRequired),
    combined: onlyRequired ? indicators : unique([...indicators, ...COMBINED_OBJECTIVE_FIELDS]),
  };
}

const EXPECTED = build(false);
const REQUIRED = build(true);

/** Every field a sheet of this role may have, in template order. */
export function expectedFields(role: SheetRole): readonly PlanField[] {
  return EXPECTED[role];
}

/** The fields a sheet of this role cannot do without. */
export function requiredFields(role: SheetRole): readonly PlanField[] {
  return REQUIRED[role];
}
