/**
 * The machine-readable report of a checked file:
 * {file, plan:{objectives, indicators, period}, anomalies:[{rule, severity, sheet, cell,
 * objective, indicator, message, suggestion}], scores:{objectives:[{code, score, evaluated,
 * excluded}], managers:[{name, score}]}}. Every key is always present; what a value lacks
 * is null (an anomaly without objective, a score "non valutabile"). Scores are fractions.
 * A file that gave no report is {file, error:{kind, message}}: kind "noPlan" (a workbook in which
 * no plan was found) or "unreadable".
 */
import { reportingDateText, type PeriodSource } from "../core/plan/reportingDate";
import type { Severity } from "../core/rules/anomaly";
import type { CheckedFile, FileCheck, UnreadableFile } from "./checkFile";

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

/** A file that gave no report: why, in words, and which kind of failure (see perf-check's exit codes). */
export interface JsonFailure {
  file: string;
  error: { kind: UnreadableFile["kind"]; message: string };
}

export function jsonFailure(failure: UnreadableFile): JsonFailure {
  return { file: failure.file, error: { kind: failure.kind, message: failure.message } };
}

/** One report for one file, an array for several (in the order given), pretty-printed. */
export function formatJsonReport(files: FileCheck[], several: boolean): string {
  const reports = files.map((file) => (file.ok ? jsonReport(file) : jsonFailure(file)));
  return `${JSON.stringify(several ? reports : reports[0] ?? null, null, 2)}\n`;
}
