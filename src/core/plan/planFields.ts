/**
 * The fields a plan column can be recognised as, per sheet role, with the Italian and English
 * labels used in messages ("manca la colonna «Target 31/12»").
 */
import type { SheetRecognition } from "./planModel";

/** What a sheet holds: objectives, indicators, both on one sheet (combined), managers' weights, revisions. */
export type SheetRole = SheetRecognition["role"];

export type ObjectiveField =
  | "objectiveCode"
  | "objectiveKind"
  | "objectiveTitle"
  | "area"
  | "manager"
  | "objectiveWeight"
  | "parentCode"
  | "ownShare"
  | "projectValue"
  | "projectPointValue"
  | "projectCoefficient"
  | "projectFund"
  | "projectRelevance";

/** The two reporting dates the template has columns for; other dates are read from any header (reportingDate.ts). */
export type TemplatePeriod = "30/6" | "31/12";

export type IndicatorField =
  | "objectiveCode"
  | "indicatorNumber"
  | "indicatorName"
  | "indicatorType"
  | "polarity"
  | "unit"
  | "baseline"
  | "baselineYear"
  | "target30_6"
  | "target31_12"
  | "indicatorWeight"
  | "result30_6"
  | "declaredDeviation30_6"
  | "result31_12"
  | "declaredDeviation31_12"
  | "deviation"
  | "achievement"
  | "notes";

export type WeightsField = "manager" | "objectiveCode" | "managerWeight";

export type RevisionField =
  | "objectiveCode"
  | "indicatorNumber"
  | "forecast30_6"
  | "actual30_6"
  | "forecast31_12"
  | "newForecast31_12"
  | "reason";

/** Every field id; `SheetRecognition.columns[].field` and `.missing` hold these. */
export type PlanField = ObjectiveField | IndicatorField | WeightsField | RevisionField;

/** Italian (first) and English (second) label of each field, for messages. */
export const FIELD_LABELS: Record<PlanField, { it: string; en: string }> = {
  objectiveCode: { it: "Codice obiettivo", en: "Objective code" },
  objectiveKind: { it: "Tipo obiettivo (Strategico/Operativo)", en: "Objective type (Strategic/Operational)" },
  objectiveTitle: { it: "Titolo obiettivo", en: "Objective title" },
  area: { it: "Area", en: "Area" },
  manager: { it: "Responsabile", en: "Manager" },
  objectiveWeight: { it: "Peso obiettivo", en: "Objective weight" },
  parentCode: { it: "Obiettivo strategico di riferimento", en: "Parent strategic objective" },
  ownShare: { it: "Quota indicatori propri", en: "Own indicators share" },
  projectValue: { it: "Valore economico del progetto", en: "Project value" },
  projectPointValue: { it: "Valore del punto", en: "Point value" },
  projectCoefficient: { it: "Coefficiente", en: "Coefficient" },
  projectFund: { it: "Fondo", en: "Fund" },
  projectRelevance: { it: "Rilevanza", en: "Relevance" },
  indicatorNumber: { it: "N. indicatore", en: "Indicator No." },
  indicatorName: { it: "Indicatore", en: "Indicator" },
  indicatorType: { it: "Tipo indicatore", en: "Indicator type" },
  polarity: { it: "Polarità", en: "Polarity" },
  unit: { it: "Unità", en: "Unit" },
  baseline: { it: "Baseline", en: "Baseline" },
  baselineYear: { it: "Anno baseline", en: "Baseline year" },
  target30_6: { it: "Target 30/6", en: "Target 30/6" },
  target31_12: { it: "Target 31/12", en: "Target 31/12" },
  indicatorWeight: { it: "Peso indicatore", en: "Indicator weight" },
  result30_6: { it: "Risultato 30/6", en: "Result 30/6" },
  declaredDeviation30_6: { it: "Scostamento dichiarato 30/6", en: "Declared deviation 30/6" },
  result31_12: { it: "Risultato 31/12", en: "Result 31/12" },
  declaredDeviation31_12: { it: "Scostamento dichiarato 31/12", en: "Declared deviation 31/12" },
  deviation: { it: "Scostamento (calcolato)", en: "Deviation (computed)" },
  achievement: { it: "Raggiungimento", en: "Achievement" },
  notes: { it: "Note", en: "Notes" },
  managerWeight: { it: "Peso", en: "Weight" },
  forecast30_6: { it: "Previsione 30/6", en: "Forecast 30/6" },
  actual30_6: { it: "Realizzazione 30/6", en: "Actual 30/6" },
  forecast31_12: { it: "Previsione 31/12", en: "Forecast 31/12" },
  newForecast31_12: { it: "Nuova previsione 31/12", en: "New forecast 31/12" },
  reason: { it: "Motivazione", en: "Reason" },
};
