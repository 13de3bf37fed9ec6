/**
 * The fields a plan column can be recognised as, per sheet role.
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
