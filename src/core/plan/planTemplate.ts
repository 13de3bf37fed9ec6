/**
 * The canonical plan template as data: the sheets a plan is written in, and for each sheet
 * the columns in order, with the field each column fills, its Italian header (the first locale)
 * and its English header (the second locale).
 *
 * The example workbook and the pane's "Inserisci modello" both write these sheets; the reader
 * recognises them (and many other spellings, see headerSynonyms.ts). Keep it stable: field ids
 * and the order of columns are part of the contract.
 */
import type { PlanField, SheetRole } from "./planFields";

export type { PlanField, SheetRole } from "./planFields";

export interface TemplateColumn {
  field: PlanField;
  /** Italian header, as written in the template. */
  header: string;
  /** English header (second locale). */
  headerEn: string;
  /** More columns of the same field may follow (the weight columns of "Pesi"; the last is current). */
  repeatable?: boolean;
}

export interface TemplateSheet {
  role: Exclude<SheetRole, "combined">;
  /** Italian sheet name. */
  name: string;
  /** English sheet name. */
  nameEn: string;
  /** The template marks the sheet optional ("Revisioni"). The reader needs only indicators (alone or combined). */
  optional: boolean;
  columns: readonly TemplateColumn[];
}

export interface PlanTemplate {
  objectives: TemplateSheet;
  indicators: TemplateSheet;
  weights: TemplateSheet;
  revisions: TemplateSheet;
}

function column(field: PlanField, header: string, headerEn: string, repeatable = false): TemplateColumn {
  return repeatable ? { field, header, headerEn, repeatable } : { field, header, headerEn };
}

export const PLAN_TEMPLATE: PlanTemplate = {
  objectives: {
    role: "objectives",
    name: "Obiettivi",
    nameEn: "Objectives",
    optional: false,
    columns: [
      column("objectiveCode", "Codice", "Code"),
      column("objectiveKind", "Tipo (Strategico/Operativo)", "Type (Strategic/Operational)"),
      column("objectiveTitle", "Titolo", "Title"),
      column("area", "Area", "Area"),
      column("manager", "Responsabile", "Manager"),
      column("objectiveWeight", "Peso", "Weight"),
      column("parentCode", "Obiettivo strategico di riferimento", "Parent strategic objective"),
      column("ownShare", "Quota indicatori propri", "Own indicators share"),
    ],
  },
  indicators: {
    role: "indicators",
    name: "Indicatori",
    nameEn: "Indicators",
    optional: false,
    columns: [
      column("objectiveCode", "Codice obiettivo", "Objective code"),
      column("indicatorNumber", "N.", "No."),
      column("indicatorName", "Indicatore", "Indicator"),
      column("indicatorType", "Tipo indicatore", "Indicator type"),
      column("polarity", "Polarità", "Polarity"),
      column("unit", "Unità", "Unit"),
      column("baseline", "Baseline", "Baseline"),
      column("baselineYear", "Anno baseline", "Baseline year"),
      column("target30_6", "Target 30/6", "Target 30/6"),
      column("target31_12", "Target 31/12", "Target 31/12"),
      column("indicatorWeight", "Peso", "Weight"),
      column("result30_6", "Risultato 30/6", "Result 30/6"),
      column("declaredDeviation30_6", "Scostamento dichiarato 30/6", "Declared deviation 30/6"),
      column("result31_12", "Risultato 31/12", "Result 31/12"),
      column("declaredDeviation31_12", "Scostamento dichiarato 31/12", "Declared deviation 31/12"),
      column("deviation", "Scostamento", "Deviation"),
      column("achievement", "Raggiungimento", "Achievement"),
      column("notes", "Note", "Notes"),
    ],
  },
  weights: {
    role: "weights",
    name: "Pesi",
    nameEn: "Weights",
    optional: false,
    columns: [
      column("manager", "Responsabile", "Manager"),
      column("objectiveCode", "Codice obiettivo", "Objective code"),
      column("managerWeight", "Peso iniziale", "Initial weight", true),
      column("managerWeight", "Peso rideterminato", "Revised weight", true),
    ],
  },
  revisions: {
    role: "revisions",
    name: "Revisioni",
    nameEn: "Revisions",
    optional: true,
    columns: [
      column("objectiveCode", "Codice obiettivo", "Objective code"),
      column("indicatorNumber", "N. indicatore", "Indicator No."),
      column("forecast30_6", "Previsione 30/6", "Forecast 30/6"),
      column("actual30_6", "Realizzazione 30/6", "Actual 30/6"),
      column("forecast31_12", "Previsione 31/12", "Forecast 31/12"),
      column("newForecast31_12", "Nuova previsione 31/12", "New forecast 31/12"),
      column("reason", "Motivazione", "Reason"),
    ],
  },
};

/** The template sheets in the order they are written. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  PLAN_TEMPLATE.objectives,
  PLAN_TEMPLATE.indicators,
  PLAN_TEMPLATE.weights,
  PLAN_TEMPLATE.revisions,
];

/**
 * The fields expected on a sheet of each role (what `recognition.missing` is measured against),
 * taken from the canonical template. A combined sheet (objective columns on the indicator rows)
 * expects the indicator columns plus the objective columns.
 */

function unique(fields: readonly PlanField[]): PlanField[] {
  return [...new Set(fields)];
}

function fieldsOf(sheet: TemplateSheet): PlanField[] {
  return unique(sheet.columns.map((c) => c.field));
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

const EXPECTED: Record<SheetRole, readonly PlanField[]> = {
  objectives: fieldsOf(PLAN_TEMPLATE.objectives),
  indicators: fieldsOf(PLAN_TEMPLATE.indicators),
  weights: fieldsOf(PLAN_TEMPLATE.weights),
  revisions: fieldsOf(PLAN_TEMPLATE.revisions),
  combined: unique([...fieldsOf(PLAN_TEMPLATE.indicators), ...COMBINED_OBJECTIVE_FIELDS]),
};

/** Every field a sheet of this role may have, in template order. */
export function expectedFields(role: SheetRole): readonly PlanField[] {
  return EXPECTED[role];
}
