/**
 * The machine-readable report of a checked file:
 * {file, plan:{objectives, indicators, period, periodSource, reportingDate}, anomalies:[{rule, severity, sheet, cell,
 * objective, indicator, message, suggestion, detail, key, params}], scores:{objectives:[{code, score, evaluated,
 * excluded}], managers:[{name, score}]}}. Every key is always present; what a value lacks
 * is null (an anomaly without objective, a score "non valutabile"). Scores are fractions. An anomaly's
 * `detail` says how its figures were calculated; `key` and `params` are its message key and figures
 * as data (see src/core/wording/messageParameters.ts), from which any language can word it.
 * With reward rules (and only then, so that a report without them is as before) a «rewards» key:
 * {split, people:[{name, score, scoreSource, band, share, fullBonus, coefficient, amount, missing,
 * explanation}], fund:{amount, explanation}|null, distributed, fundCheck:{fund, distributed, excess,
 * withinFund}|null, missing, classes:[{from, to, count, share}], notEvaluated}; bands' lower bounds in
 * `band` ({from} or null below the first band), amounts in euro; with a condition (the gate objective,
 * and only then) also condition:{objective, minimum, score, status: "met" | "missed" | "notEvaluable" | "notFound"}.
 * When the plan states project values (and only then) a «projects» key: {rows:[{objective, title, fund,
 * unitValue, coefficient, value, score, earned, explanation, sheet, cell}], funds:[{fund, value, earned}]},
 * amounts in euro; with reward rules and no «fondo» the rewards' fund is the plan's (fund.source "plan").
 * A file that gave no report is {file, error:{code, message}}: in a batch every file has its object;
 * code "noPlan" is a workbook in which no plan was found (perf-check's exit 3), any other an unreadable one.
 */
import { reportingDateText, type PeriodSource } from "../core/plan/reportingDate";
import type { Severity } from "../core/rules/anomaly";
import type { CheckedFile, FileCheck, UnreadableCode } from "./checkFile";
import { safeJson } from "../xlsx/terminalText";
import type { MessageKey, MessageParams } from "../core/wording/messageParameters";
import type { ConditionOutcome, FundCheck, MissingForAmount, PlanRewards, RewardClass, RewardSplit } from "../core/report/rewards";
import type { ProjectValueTable } from "../core/report/projectValueTable";

export interface JsonRewards {
  split: RewardSplit;
  people: {
    name: string;
    score: number | null;
    scoreSource: "plan" | "given";
    band: { from: number } | null;
    share: number | null;
    fullBonus: number | null;
    coefficient: number;
    amount: number | null;
    missing: MissingForAmount[];
    explanation: string;
  }[];
  fund: { amount: number; explanation: string | null; source?: "plan" } | null;
  distributed: number | null;
  fundCheck: FundCheck | null;
  missing: MissingForAmount[];
  classes: RewardClass[];
  notEvaluated: number;
  condition?: ConditionOutcome;
}

export interface JsonFailure {
  file: string;
  error: { code: UnreadableCode; message: string };
}

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
    detail: string | null;
    key: MessageKey;
    params: MessageParams;
  }[];
  /** Where the scoring profile came from; only when it is not the default. */
  rules?: { source: string };
  scores: {
    objectives: { code: string; score: number | null; evaluated: number; excluded: string[] }[];
    managers: { name: string; score: number | null }[];
  };
  projects?: ProjectValueTable;
  rewards?: JsonRewards;
}

function jsonRewards(rewards: PlanRewards): JsonRewards {
  return {
    split: rewards.split,
    people: rewards.people.map((person) => {
      const band = person.band === null ? undefined : rewards.bands[person.band];
      return {
        name: person.name,
        score: person.score,
        scoreSource: person.scoreSource,
        band: band === undefined ? null : { from: band.from },
        share: person.share,
        fullBonus: person.fullBonus,
        coefficient: person.coefficient,
        amount: person.amount,
        missing: [...person.missing],
        explanation: person.explanation,
      };
    }),
    fund:
      rewards.fund === null
        ? null
        : { amount: rewards.fund.amount, explanation: rewards.fund.explanation ?? null, ...(rewards.fund.source === undefined ? {} : { source: rewards.fund.source }) },
    distributed: rewards.distributed,
    fundCheck: rewards.fundCheck,
    missing: [...rewards.missing],
    classes: rewards.classes.map((c) => ({ ...c })),
    notEvaluated: rewards.notEvaluated,
    ...(rewards.condition === null ? {} : { condition: { ...rewards.condition } }),
  };
}

function jsonReport(checked: CheckedFile): JsonReport {
  const report: JsonReport = {
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
      detail: anomaly.detail ?? null,
      key: anomaly.key,
      params: anomaly.params,
    })),
    ...(checked.rulesSource === undefined ? {} : { rules: { source: checked.rulesSource } }),
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
  if (checked.projects) report.projects = { rows: checked.projects.rows.map((row) => ({ ...row })), funds: checked.projects.funds.map((fund) => ({ ...fund })) };
  if (checked.rewards) report.rewards = jsonRewards(checked.rewards);
  return report;
}

function jsonEntry(result: FileCheck): JsonReport | JsonFailure {
  return result.ok ? jsonReport(result) : { file: result.file, error: { code: result.code, message: result.message } };
}

/**
 * One object for one file, an array for several (in the order given), pretty-printed; the
 * characters that act on a terminal are \u escapes (JSON.stringify leaves DEL, C1 and bidi raw).
 */
export function formatJsonReport(results: readonly FileCheck[], several: boolean): string {
  const entries = results.map(jsonEntry);
  return `${safeJson(JSON.stringify(several ? entries : entries[0] ?? null, null, 2))}\n`;
}
