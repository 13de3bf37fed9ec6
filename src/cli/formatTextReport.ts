/**
 * The report people read: the file, what the plan holds and its reporting date,
 * anomalies counted by severity and grouped by objective (cell, rule's plain name, message,
 * suggestion, how it is calculated), then the scores per objective and per manager, in Italian number
 * formatting ("98,83%"). Every text from the workbook is made safe to print (terminalText.ts):
 * a line break in a title stays in its line, as "\n".
 */
import { SEVERITY_ORDER } from "../core/rules/anomaly";
import type { Anomaly } from "../core/rules/anomaly";
import { summarizeAnomalies, type AnomalyGroup } from "../core/report/summarizeAnomalies";
import type { PlanScores } from "../core/report/scorePlan";
import type { CheckedFile } from "./checkFile";
import type { Messages } from "./messages";
import { safeText } from "../xlsx/terminalText";
import { ruleName } from "../core/wording/renderMessage";

const INDENT = "  ";
const DETAIL = "          ";

function heading(text: string): string[] {
  return [text, "─".repeat(Math.min(Math.max(text.length, 3), 100))];
}

function score(value: number | null, messages: Messages): string {
  return value === null ? messages.notEvaluable : messages.percent(value, 2);
}

/**
 * One anomaly: severity, cell, indicator and the rule's plain name; the message (what is wrong),
 * the suggestion (how to fix it) and, indented under them, how its figures were calculated.
 */
function anomalyLines(anomaly: Anomaly, messages: Messages): string[] {
  const where = [`${safeText(anomaly.sheet)}!${safeText(anomaly.cell)}`];
  if (anomaly.indicator) where.push(`${messages.indicator} ${safeText(anomaly.indicator)}`);
  where.push(ruleName(anomaly.rule, messages.locale));
  const lines = [`${INDENT}${messages.severity[anomaly.severity].padEnd(7)} ${where.join(" · ")}`, `${DETAIL}${safeText(anomaly.message)}`];
  if (anomaly.suggestion) lines.push(`${DETAIL}${messages.suggestion}: ${safeText(anomaly.suggestion)}`);
  if (anomaly.detail) lines.push(`${DETAIL}${INDENT}${messages.howCalculated}: ${safeText(anomaly.detail)}`);
  return lines;
}

function groupLines(group: AnomalyGroup, messages: Messages): string[] {
  const objective = group.objective === null ? null : safeText(group.objective);
  const title = objective === null ? messages.planWide : group.title ? `${objective} – ${safeText(group.title)}` : objective;
  return ["", title, ...group.anomalies.flatMap((anomaly) => anomalyLines(anomaly, messages))];
}

function table(rows: string[][], rightAligned: number[]): string[] {
  const widths = rows[0]?.map((_cell, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  return rows.map((row) =>
    `${INDENT}${row.map((cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join("  ")}`.trimEnd(),
  );
}

function scoreLines(scores: PlanScores, messages: Messages): string[] {
  const headers = messages.scoreHeaders;
  const objectiveRows = scores.objectives.map((objective) => [
    safeText(objective.code),
    score(objective.score, messages),
    messages.percent(objective.evaluated),
    objective.excluded.length > 0 ? objective.excluded.map(safeText).join(", ") : "–",
  ]);
  const lines = ["", messages.scoresByObjective, ...table([[headers.code, headers.score, headers.evaluated, headers.excluded], ...objectiveRows], [1, 2])];
  lines.push("", messages.scoresByManager);
  if (scores.managers.length === 0) lines.push(`${INDENT}${messages.noManagers}`);
  else lines.push(...table(scores.managers.map((manager) => [safeText(manager.name), score(manager.score, messages)]), [1]));
  return lines;
}

export function formatTextReport(checked: CheckedFile, messages: Messages): string {
  const { plan, anomalies, scores } = checked;
  const summary = summarizeAnomalies(anomalies, plan);
  const counts = SEVERITY_ORDER.map((severity) => messages.count(severity, summary.counts[severity])).join(", ");
  const lines = [
    ...heading(safeText(checked.file)),
    `${messages.objectivesAndIndicators(plan.objectives.length, plan.indicators.length)}; ${messages.period(plan)}`,
    summary.total === 0 ? messages.noAnomalies : counts,
    ...summary.groups.flatMap((group) => groupLines(group, messages)),
    ...scoreLines(scores, messages),
  ];
  return `${lines.join("\n")}\n`;
}
