/**
 * Building the two sheets the add-in writes from a checked plan (their names and how ours are told
 * apart: src/core/reportSheets.ts), shared by the pane ("Crea riepilogo") and
 * the command line's annotated copy, so both write the same sheets:
 * - "Anomalie": one row per anomaly, in the order given (validatePlan's order), each with a link
 *   to its cell;
 * - "Riepilogo": first the chart's table (the evaluable objectives' codes and achievements; the
 *   non valutabili named under it, left out of the chart rather than plotted as 0) with the chart
 *   beside it, at the top where it is seen; then achievement by objective, by indicator, by area
 *   and by manager, then the mid-year revision table, one table under the other, each with a bold
 *   title and header. Every status cell (objectives, indicators, managers) carries its status's
 *   fill (cellColors.ts), the same colours as the pane's scorecard. Built from the same scores
 *   the pane and the command line show, so the figures agree.
 *   With reward rules (rewards.ts), two more tables at the end: «Premi» (each person's score, band,
 *   share and amount, then the split, the fund and its check) and the distribution by class; without
 *   them the sheet is as before. When the plan states project values, the «Valore dei progetti» table
 *   comes before them (projectValueTable.ts); without project values the sheet is as before.
 */
import { sheetReference, toA1 } from "../plan/a1";
import type { Anomaly } from "../rules/anomaly";
import { type BuilderCell, percentCell, SheetBuilder, type SheetContent } from "./sheetContent";
import type { Plan } from "../plan/planModel";
import { periodInWords, periodSourceWords, reportingDateText } from "../plan/reportingDate";
import { revisionTable, type RevisionTableRow } from "./revisionTable";
import type { ManagerScore, ObjectiveScore, PlanScores } from "./scorePlan";
import { formatItalianPercent } from "../wording/formatNumbers";
import { ANOMALIES_SHEET, SUMMARY_SHEET, SUMMARY_TITLE_PREFIX } from "../reportSheets";
import type { PlanRewards } from "./rewards";
import { rewardNotes, rewardWordsFor } from "../wording/rewardWords";
import type { Status } from "../calc/calcTypes";
import { STATUS_COLORS } from "./cellColors";
import { projectValueTable, type ProjectValueTable } from "./projectValueTable";
import { projectValueWordsFor } from "../wording/projectValueWords";
import { catalogueFor, renderMessage, ruleName } from "../wording/renderMessage";
import type { Locale } from "../wording/addinLanguage";

/** Column of the linked cell address. */
const CELL_COLUMN = 3;

/**
 * The Anomalie sheet in `locale`: its headers, the severities and the rules' plain names in that
 * language, the messages as the anomalies carry them (worded in that language by validatePlan),
 * and how each figure was calculated in its own column.
 */
export function buildAnomaliesSheet(anomalies: readonly Anomaly[], locale: Locale = "it"): SheetContent {
  const words = catalogueFor(locale).anomaliesSheet;
  const sheet = new SheetBuilder(ANOMALIES_SHEET);
  sheet.addRow([...words.headers], true);
  for (const anomaly of anomalies) {
    // Worded in the sheet's language from the anomaly's key and figures, whatever language it was found in.
    const text = locale === "it" ? anomaly : renderMessage(anomaly, locale);
    const row = sheet.addRow([
      words.severity[anomaly.severity],
      ruleName(anomaly.rule, locale),
      anomaly.sheet,
      anomaly.cell,
      anomaly.objective ?? "",
      anomaly.indicator ?? "",
      text.message,
      text.suggestion ?? "",
      text.detail ?? "",
    ]);
    sheet.link(row, CELL_COLUMN, sheetReference(anomaly.sheet, anomaly.cell));
  }
  return sheet.build({ columnWidths: { 0: 10, 1: 24, 2: 16, 3: 8, 4: 10, 5: 10, 6: 80, 7: 60, 8: 60 } });
}

export function buildSummarySheet(plan: Plan, scores: PlanScores, rewards?: PlanRewards): SheetContent {
  const sheet = new SheetBuilder(SUMMARY_SHEET);
  const date = reportingDateText(plan);
  sheet.addRow([`${SUMMARY_TITLE_PREFIX} al ${periodInWords(date)} (${date})`], true);
  sheet.addRow([`Data di rendicontazione ${plan.periodSource === "given" ? "scelta nelle impostazioni" : periodSourceWords(plan.periodSource)}.`]);
  sheet.blankRow();

  const chart = addChartSection(sheet, scores);
  for (const section of [objectiveSection(scores), indicatorSection(scores), areaSection(scores), managerSection(scores), revisionSection(revisionTable(plan))]) {
    addSection(sheet, section);
  }
  const projects = projectValueTable(plan, scores);
  if (projects) addSection(sheet, projectValueSection(projects));
  if (rewards) for (const section of rewardSections(rewards)) addSection(sheet, section);

  return sheet.build({
    columnWidths: { 0: 28, 1: 16, 2: 40, 3: 18, 4: 22, 5: 22, 6: 22, 7: 18, 8: 50, 9: 30 },
    ...(chart ? { chart } : {}),
  });
}

/** The chart's height in rows at least (about 320 px), and at most (a long plan's bars stay readable by scrolling the table). */
const CHART_MIN_ROWS = 16;
const CHART_MAX_ROWS = 40;
/** The chart spans columns C:E, beside the two columns of its table (about 600 px wide). */
const CHART_FIRST_COLUMN = 2;
const CHART_LAST_COLUMN = 4;

/**
 * The chart's own table at the top of the sheet: the evaluable objectives (code, achievement),
 * then a line naming those left out as non valutabili, padded with blank rows so that the chart
 * beside it (columns C:E) covers no other table. No objective with a score: no table, no chart.
 */
function addChartSection(sheet: SheetBuilder, scores: PlanScores): SheetContent["chart"] {
  const scored = scores.objectives.filter((objective) => objective.score !== null);
  if (scored.length === 0) return undefined;
  const titleRow = sheet.addRow(["Grafico: raggiungimento per obiettivo"], true);
  const headerRow = sheet.addRow(["Obiettivo", "Raggiungimento"], true);
  let lastRow = headerRow;
  for (const objective of scored) lastRow = sheet.addRow([objective.code, percentCell(objective.score)]);
  const excluded = scores.objectives.filter((objective) => objective.score === null).map((objective) => objective.code);
  if (excluded.length > 0) sheet.addRow([`Non valutabili, esclusi dal grafico: ${excluded.join(", ")}`]);
  const chartRows = Math.min(Math.max(scored.length + 3, CHART_MIN_ROWS), CHART_MAX_ROWS);
  while (sheet.nextRow < titleRow + chartRows + 1) sheet.blankRow();
  sheet.blankRow();
  return {
    range: `${toA1(headerRow, 0)}:${toA1(lastRow, 1)}`,
    title: "Raggiungimento per obiettivo",
    type: "bar",
    position: `${toA1(titleRow, CHART_FIRST_COLUMN)}:${toA1(titleRow + chartRows - 1, CHART_LAST_COLUMN)}`,
  };
}

/** A status written on its fill (the same colours as the pane's scorecard). */
function statusCell(status: Status): BuilderCell {
  return { text: status, fill: STATUS_COLORS[status].fill };
}

/** Writes title, header and rows; returns where the header and the last row landed. */
function addSection(sheet: SheetBuilder, section: SummarySection): void {
  sheet.addRow([section.title], true);
  sheet.addRow(section.header, true);
  for (const row of section.rows) sheet.addRow(row);
  sheet.blankRow();
}

/**
 * The tables of the "Riepilogo" sheet, each a title, a header and rows of
 * cells: achievement by objective, indicator, area and manager, and the
 * mid-year revision table. Figures are fractions formatted as percentages;
 * a figure that could not be computed reads "non valutabile".
 */
export interface SummarySection {
  title: string;
  header: string[];
  rows: BuilderCell[][];
}

const KIND: Record<ObjectiveScore["kind"], string> = { strategic: "Strategico", operational: "Operativo" };

function objectiveSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per obiettivo",
    header: ["Obiettivo", "Raggiungimento", "Stato", "Titolo", "Tipo", "Area", "Responsabile", "Peso valutato", "Indicatori esclusi", "Come è calcolato"],
    rows: scores.objectives.map((objective) => [
      objective.code,
      percentCell(objective.score),
      statusCell(objective.status),
      objective.title,
      KIND[objective.kind],
      objective.area ?? "",
      objective.manager ?? "",
      percentCell(objective.evaluated),
      objective.excluded.join(", "),
      objective.explanation,
    ]),
  };
}

function indicatorSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per indicatore",
    header: ["Obiettivo", "Indicatore", "Nome", "Peso", "Raggiungimento", "Stato", "Come è calcolato"],
    rows: scores.indicators.map((indicator) => [
      indicator.objective,
      indicator.indicator,
      indicator.name,
      indicator.weight === null ? "" : percentCell(indicator.weight),
      percentCell(indicator.achievement),
      statusCell(indicator.status),
      indicator.explanation,
    ]),
  };
}

function areaSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per area",
    header: ["Area", "Raggiungimento", "Obiettivi", "Come è calcolato"],
    rows: scores.areas.map((area) => [area.name, percentCell(area.score), area.objectives.join(", "), area.explanation]),
  };
}

function managerObjectives(manager: ManagerScore): string {
  return manager.objectives.map((objective) => `${objective.code} (${formatItalianPercent(objective.weight)})`).join(", ");
}

function managerSection(scores: PlanScores): SummarySection {
  return {
    title: "Raggiungimento per responsabile",
    header: ["Responsabile", "Punteggio", "Stato", "Obiettivi (peso)", "Pesi da", "Come è calcolato"],
    rows: scores.managers.map((manager) => [
      manager.name,
      percentCell(manager.score),
      statusCell(manager.status),
      managerObjectives(manager),
      manager.weightSource === "pesi" ? "tabella Pesi" : "foglio Obiettivi",
      manager.explanation,
    ]),
  };
}

const FROM_PLAN: Record<RevisionTableRow["fromPlan"][number], string> = {
  forecast30_6: "previsione 30/6",
  actual30_6: "realizzazione 30/6",
  forecast31_12: "previsione 31/12",
};

function revisionSection(rows: readonly RevisionTableRow[]): SummarySection {
  return {
    title: "Revisione di metà anno",
    header: [
      "Obiettivo",
      "Indicatore",
      "Nome",
      "Previsione al 30/6",
      "Realizzazione al 30/6",
      "Previsione al 31/12",
      "Nuova previsione al 31/12",
      "Variazione",
      "Motivazione",
      "Presi dal piano",
    ],
    rows: rows.map((row) => [
      row.objective,
      row.indicator,
      row.name ?? "",
      row.forecast30_6,
      row.actual30_6,
      row.forecast31_12,
      row.newForecast31_12,
      row.change ?? "",
      row.reason ?? "",
      row.fromPlan.map((field) => FROM_PLAN[field]).join(", "),
    ]),
  };
}

/** Amounts in euro, as Excel shows them with the Italian separators. */
const EURO = '"€" #,##0.00';

function euroCell(amount: number | null): BuilderCell {
  return amount === null ? "" : { number: amount, format: EURO };
}

/** The «Valore dei progetti» table: each project's value, its objective's score, the amount earned; then each fund's totals. */
function projectValueSection(projects: ProjectValueTable): SummarySection {
  const words = projectValueWordsFor("it");
  const { headers } = words;
  const rows = projects.rows.map((row): BuilderCell[] => [
    row.objective,
    row.fund === "" ? words.unnamedFund : row.fund,
    euroCell(row.value),
    percentCell(row.score),
    row.earned === null ? words.notEvaluable : euroCell(row.earned),
    row.explanation,
  ]);
  const totals = projects.funds.map((fund): BuilderCell[] => [words.fundTotal(fund.fund === "" ? words.unnamedFund : fund.fund, fund.value, fund.earned)]);
  return {
    title: words.title,
    header: [headers.objective, headers.fund, headers.value, headers.score, headers.earned, headers.explanation],
    rows: [...rows, ...totals],
  };
}

/** The «Premi» table (each person, then the split, the fund and its check) and the distribution by class, in Italian. */
function rewardSections(rewards: PlanRewards): SummarySection[] {
  const words = rewardWordsFor("it");
  const { headers } = words;
  const people = rewards.people.map((person): BuilderCell[] => [
    person.name,
    percentCell(person.score),
    person.band === null ? words.notEvaluable : words.band(rewards.bands[person.band]?.from ?? null),
    percentCell(person.share),
    euroCell(person.fullBonus),
    person.coefficient,
    person.amount === null ? words.noAmount : euroCell(person.amount),
    person.scoreSource === "given" ? `${person.explanation}; ${words.givenScore}` : person.explanation,
  ]);
  const notes = rewardNotes(rewards, words);
  const classes = rewards.classes.map((c): BuilderCell[] => [words.classLabel(c), c.count, percentCell(c.share)]);
  if (rewards.notEvaluated > 0) classes.push([words.notEvaluated, rewards.notEvaluated, ""]);
  return [
    {
      title: words.title,
      header: [headers.person, headers.score, headers.band, headers.share, headers.fullBonus, headers.coefficient, headers.amount, headers.explanation],
      rows: [...people, ...notes.map((note) => [note])],
    },
    { title: words.classesTitle, header: [words.classHeaders.label, words.classHeaders.people, words.classHeaders.share], rows: classes },
  ];
}
