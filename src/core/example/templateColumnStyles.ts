/**
 * How each template column looks: width in characters and, where the column holds
 * one kind of figure, its number format. Codes are text ("1.1" typed into a General
 * cell of an Italian Excel may turn into a date).
 */
import type { PlanField } from "../plan/planFields";
import { PERCENT_FORMAT, TEXT_FORMAT, YEAR_FORMAT } from "./cellFormats";

export interface ColumnStyle {
  width: number;
  format?: string;
}

const STYLES: Partial<Record<PlanField, ColumnStyle>> = {
  objectiveCode: { width: 12, format: TEXT_FORMAT },
  objectiveKind: { width: 14 },
  objectiveTitle: { width: 60 },
  area: { width: 34 },
  manager: { width: 36 },
  objectiveWeight: { width: 10, format: PERCENT_FORMAT },
  parentCode: { width: 16, format: TEXT_FORMAT },
  ownShare: { width: 14, format: PERCENT_FORMAT },
  indicatorNumber: { width: 6 },
  indicatorName: { width: 60 },
  indicatorType: { width: 26 },
  polarity: { width: 13 },
  unit: { width: 14 },
  baseline: { width: 24 },
  baselineYear: { width: 10, format: YEAR_FORMAT },
  target30_6: { width: 24 },
  target31_12: { width: 24 },
  indicatorWeight: { width: 10, format: PERCENT_FORMAT },
  result30_6: { width: 24 },
  declaredDeviation30_6: { width: 16 },
  result31_12: { width: 24 },
  declaredDeviation31_12: { width: 16 },
  deviation: { width: 16 },
  achievement: { width: 15, format: PERCENT_FORMAT },
  notes: { width: 40 },
  managerWeight: { width: 14, format: PERCENT_FORMAT },
  forecast30_6: { width: 24 },
  actual30_6: { width: 24 },
  forecast31_12: { width: 24 },
  newForecast31_12: { width: 24 },
  reason: { width: 70 },
};

/** The style of a column: its field's, widened to fit the header. */
export function columnStyle(field: PlanField, header: string): ColumnStyle {
  const style = STYLES[field] ?? { width: 14 };
  return { ...style, width: Math.max(style.width, header.length + 2) };
}
