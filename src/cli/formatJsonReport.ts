/**
 * The machine-readable report of a checked file:
 * {file, plan:{objectives, indicators, period}, anomalies:[{rule, severity, sheet, cell,
 * objective, indicator, message, suggestion}], scores:{objectives:[{code, score, evaluated,
 * excluded}], managers:[{name, score}]}}. Every key is always present; what a value lacks
 * is null (an anomaly without objective, a score "non valutabile"). Scores are fractions.
 */
import { reportingDateText, type PeriodSource } from "../core/plan/reportingDate";
import type { Severity } from "../core/rules/anomaly";
import type { CheckedFile } from "./checkFile";

export interface JsonReport {
  file: string;
  plan: { objectives: number; indicators: number; period: string; periodSource: PeriodSource; reportingDate: string };
  anomalies: {
    rule: string;
    severity: Severity;
    sheet: string;
    cell: string;
    objective: string | null;
    indicator: string | null;
    message: string;
    suggestion: string | null;
  }[];
  scores: {
    objectives: { code: string; score: number | null; evaluated: number; excluded: string[] }[];
    managers: { name: string; score: number | null }[];
  };
}

export function jsonReport(checked: CheckedFile): JsonReport {
  return {
    file: checked.file,
    plan: {
      objectives: checked.plan.objectives.length,
      indicators: checked.plan.indicators.length,
      period: checked.plan.period,
      periodSource: checked.plan.periodSource,
      reportingDate: reportingDateText(checked.plan),
    },
    anomalies: checked.anomalies.map((anomaly) => ({
      rule: anomaly.rule,
      severity: anomaly.severity,
      sheet: anomaly.sheet,
      cell: anomaly.cell,
      objective: anomaly.objective ?? null,
      indicator: anomaly.indicator ?? null,
      message: anomaly.message,
      suggestion: anomaly.suggestion ?? null,
    })),
    scores: {
      objectives: checked.scores.objectives.map((objective) => ({
        code: objective.code,
        score: objective.score,
        evaluated: objective.evaluated,
        excluded: [...objective.excluded],
      })),
      managers: checked.scores.managers.map((manager) => ({ name: manager.name, score: manager.score })),
    },
  };
}

/** One report for one file, an array for several, pretty-printed. */
export function formatJsonReport(checked: CheckedFile[], several: boolean): string {
  const reports = checked.map(jsonReport);
  return `${JSON.stringify(several ? reports : reports[0] ?? null, null, 2)}\n`;
}
