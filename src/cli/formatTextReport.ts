/**
 * The report people read: the file, what the plan holds and its reporting date,
 * anomalies counted by severity and grouped by objective (cell, rule's plain name, message,
 * suggestion, how it is calculated), then the scores per objective and per manager, in Italian number
 * formatting ("98,83%"), when the plan states project values the «Valore dei progetti» table, and, with
 * reward rules, the «Premi» section (each person's score, band, share and amount, the fund and its check,
 * the distribution by class). Every text from the workbook is made safe to print (terminalText.ts):
 * a line break in a title stays in its line, as "\n".
 */
import { SEVERITY_ORDER } from "../core/rules/anomaly";
import type { Anomaly } from "../core/rules/anomaly";
import { summarizeAnomalies, type AnomalyGroup } from "../core/report/summarizeAnomalies";
import type { PlanScores } from "../core/report/scorePlan";
import type { PlanRewards } from "../core/report/rewards";
import type { ProjectValueTable } from "../core/report/projectValueTable";
import { rewardNotes } from "../core/wording/rewardWords";
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
  // A plan without codes names its objectives by their titles: the title is then said once.
  const title = objective === null ? messages.planWide : group.title && group.title !== group.objective ? `${objective} – ${safeText(group.title)}` : objective;
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

function rewardLines(rewards: PlanRewards, messages: Messages): string[] {
  const words = messages.rewards;
  const { headers } = words;
  const euro = (amount: number | null) => (amount === null ? words.noAmount : words.euro(amount));
  const people = rewards.people.map((person) => [
    `${safeText(person.name)}${person.scoreSource === "given" ? " *" : ""}`,
    score(person.score, messages),
    person.band === null ? words.notEvaluable : words.band(rewards.bands[person.band]?.from ?? null),
    person.share === null ? words.notEvaluable : messages.percent(person.share, 2),
    euro(person.amount),
  ]);
  const lines = ["", words.title, ...table([[headers.person, headers.score, headers.band, headers.share, headers.amount], ...people], [1, 3, 4])];
  if (rewards.people.some((person) => person.scoreSource === "given")) lines.push(`${INDENT}* ${words.givenScore}`);
  lines.push(...rewardNotes(rewards, words).map((note) => `${INDENT}${safeText(note)}`));
  const classes = rewards.classes.map((c) => [words.classLabel(c), String(c.count), messages.percent(c.share, 2)]);
  if (rewards.notEvaluated > 0) classes.push([words.notEvaluated, String(rewards.notEvaluated), ""]);
  lines.push("", words.classesTitle, ...table([[words.classHeaders.label, words.classHeaders.people, words.classHeaders.share], ...classes], [1, 2]));
  return lines;
}

/** The «Valore dei progetti» table: each project's value, its objective's score and what it earns, then each fund's totals. */
function projectLines(projects: ProjectValueTable, messages: Messages): string[] {
  const words = messages.projects;
  const { headers } = words;
  const fundName = (fund: string) => (fund === "" ? words.unnamedFund : safeText(fund));
  const rows = projects.rows.map((row) => [
    safeText(row.objective),
    fundName(row.fund),
    words.euro(row.value),
    score(row.score, messages),
    row.earned === null ? words.notEvaluable : words.euro(row.earned),
  ]);
  const lines = ["", words.title, ...table([[headers.objective, headers.fund, headers.value, headers.score, headers.earned], ...rows], [2, 3, 4])];
  for (const fund of projects.funds) lines.push(`${INDENT}${words.fundTotal(fundName(fund.fund), fund.value, fund.earned)}`);
  return lines;
}

export function formatTextReport(checked: CheckedFile, messages: Messages): string {
  const { plan, anomalies, scores } = checked;
  const summary = summarizeAnomalies(anomalies, plan);
  const counts = SEVERITY_ORDER.map((severity) => messages.count(severity, summary.counts[severity])).join(", ");
  const lines = [
    ...heading(safeText(checked.file)),
    `${messages.objectivesAndIndicators(plan.objectives.length, plan.indicators.length)}; ${messages.period(plan)}`,
    ...(checked.rulesSource === undefined ? [] : [messages.rulesSource(safeText(checked.rulesSource))]),
    summary.total === 0 ? messages.noAnomalies : counts,
    ...summary.groups.flatMap((group) => groupLines(group, messages)),
    ...scoreLines(scores, messages),
    ...(checked.projects ? projectLines(checked.projects, messages) : []),
    ...(checked.rewards ? rewardLines(checked.rewards, messages) : []),
  ];
  return `${lines.join("\n")}\n`;
}
