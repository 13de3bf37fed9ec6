/**
 * The example plan: the seed document (Brescia 2020, mid-year report) written in the
 * canonical template, as a clerk would type it. Pure: the caller passes the fixture.
 * The reporting period is the document's (30/6): results and declared deviations go
 * in the 30/6 columns, the 31/12 ones stay empty. Each sheet below: Indicatori (with the
 * computed columns as PERF formulas and their cached results), Obiettivi, Pesi, Revisioni.
 */
import type { PlanField, TemplatePeriod } from "../plan/planFields";
import { PLAN_TEMPLATE, type TemplateSheet } from "../plan/planTemplate";
import type { SheetCellValue, SheetContent } from "../report/sheetContent";
import { type ExampleObjective, listExampleObjectives, managerName } from "./exampleObjectives";
import type { FixtureIndicator, FixtureRevision, PlanFixture } from "./planFixture";
import { type PlannedCell, templateSheetContent } from "./templateSheets";
import { columnLetter } from "../plan/a1";
import { type ClerkEntry, clerkPolarity, COUNT_FORMAT, DECIMAL_FORMAT, EURO_FORMAT, PERCENT_FORMAT, typeAsClerk, typeYearAsClerk } from "./typeAsClerk";
import { type Polarity, polarityName } from "../plan/polarity";
import { evaluateIndicator } from "../calc/evaluateIndicator";
import { readCellValue } from "../values/readCellValue";

/** "2020-06-30" -> "30/6"; "2020-12-31" -> "31/12"; anything else -> "30/6" (the seed's). */
export function reportingPeriod(periodEnd: string): TemplatePeriod {
  return /-12-31$/.test(periodEnd.trim()) ? "31/12" : "30/6";
}

export function buildExamplePlanSheets(fixture: PlanFixture): SheetContent[] {
  const objectives = listExampleObjectives(fixture);
  const period = reportingPeriod(fixture.periodEnd);
  return [
    templateSheetContent(PLAN_TEMPLATE.objectives, exampleObjectiveRows(objectives)),
    templateSheetContent(PLAN_TEMPLATE.indicators, exampleIndicatorRows(objectives, period)),
    templateSheetContent(PLAN_TEMPLATE.weights, exampleWeightRows(fixture)),
    templateSheetContent(PLAN_TEMPLATE.revisions, exampleRevisionRows(objectives)),
  ];
}

/**
 * The Indicatori sheet of the example plan: one row per seed indicator, cells as a
 * clerk types them, the reporting period's results and declared deviations as the
 * document writes them, and the computed columns as PERF formulas over the row
 * (`=PERF.SCOSTAMENTO(L2,I2,E2)`: result, target, polarity) with cached results.
 */

const COLUMNS = PLAN_TEMPLATE.indicators.columns;

function columnOf(field: PlanField): number {
  return COLUMNS.findIndex((column) => column.field === field);
}

const RESULT_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "result30_6", "31/12": "result31_12" };
const TARGET_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "target30_6", "31/12": "target31_12" };
const DECLARED_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12" };

function text(value: string | null | undefined): ClerkEntry {
  return { value: value && value.trim() !== "" ? value : null };
}

function formulaCall(name: string, sheetRow: number, period: TemplatePeriod): string {
  const cell = (field: PlanField) => `${columnLetter(columnOf(field))}${sheetRow}`;
  return `=PERF.${name}(${cell(RESULT_FIELD[period])},${cell(TARGET_FIELD[period])},${cell("polarity")})`;
}

function indicatorRow(code: string, indicator: FixtureIndicator, period: TemplatePeriod, sheetRow: number): PlannedCell[] {
  const baseline = typeAsClerk(indicator.baselineText);
  const targets: Record<TemplatePeriod, ClerkEntry> = {
    "30/6": typeAsClerk(indicator.target30_6Text),
    "31/12": typeAsClerk(indicator.target31_12Text),
  };
  const result = typeAsClerk(indicator.resultText);
  const declared = typeAsClerk(indicator.deviationText);
  const polarity = clerkPolarity(indicator, [targets["30/6"], targets["31/12"]]);
  const unitLabel = [baseline, targets["30/6"], targets["31/12"], result, declared].find((entry) => entry.unitLabel)?.unitLabel;
  const cached = cachedIndicatorResults(result, targets[period], polarity);

  const cells: Partial<Record<PlanField, PlannedCell>> = {
    objectiveCode: { value: code },
    indicatorNumber: { value: indicator.n },
    indicatorName: { value: indicator.name },
    indicatorType: text(indicator.types?.join(", ")),
    polarity: { value: polarityName(polarity) },
    unit: text(unitLabel),
    baseline,
    baselineYear: typeYearAsClerk(indicator.baselineYear),
    target30_6: targets["30/6"],
    target31_12: targets["31/12"],
    indicatorWeight: typeAsClerk(indicator.weightText),
    [RESULT_FIELD[period]]: result,
    [DECLARED_FIELD[period]]: declared,
    deviation: { value: formulaCall("SCOSTAMENTO", sheetRow, period), result: cached.deviation, ...(cached.deviationFormat ? { format: cached.deviationFormat } : {}) },
    achievement: { value: formulaCall("RAGGIUNGIMENTO", sheetRow, period), result: cached.achievement },
  };
  return COLUMNS.map((column) => cells[column.field] ?? { value: null });
}

/** Rows below the header (sheet row 2 onwards), objectives in the given order. */
function exampleIndicatorRows(objectives: ExampleObjective[], period: TemplatePeriod): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  for (const objective of objectives) {
    for (const indicator of objective.indicators) {
      rows.push(indicatorRow(objective.code, indicator, period, rows.length + 2));
    }
  }
  return rows;
}

/**
 * What the Scostamento and Raggiungimento formulas of an indicator row evaluate to,
 * computed by the core (`evaluateIndicator`, the same code PERF.SCOSTAMENTO and
 * PERF.RAGGIUNGIMENTO call) and stored as the formulas' cached results, so that a
 * reader without Excel (the CLI, a viewer) sees the figures. A row that cannot be
 * evaluated caches the error Excel shows: #N/D when a figure is missing (a
 * placeholder, a milestone has no deviation), #DIV/0! for a division by zero, #VALORE! when the
 * values cannot be compared: the errors PERF.SCOSTAMENTO and PERF.RAGGIUNGIMENTO give.
 */
const NOT_AVAILABLE = "#N/D";
const WRONG_VALUE = "#VALORE!";
const DIVISION_BY_ZERO = "#DIV/0!";

const ERROR_OF_FAILURE: Partial<Record<string, string>> = { notEvaluable: NOT_AVAILABLE, divisionByZero: DIVISION_BY_ZERO };

export interface CachedIndicatorResults {
  deviation: SheetCellValue;
  /** Number format for the deviation: the unit of result and target. */
  deviationFormat?: string;
  achievement: SheetCellValue;
}

function read(entry: ClerkEntry) {
  return readCellValue(entry.value, entry.format ? { numberFormat: entry.format } : undefined);
}

function deviationFormat(unit: string | undefined, deviation: number): string {
  if (unit === "percent") return PERCENT_FORMAT;
  if (unit === "euro") return EURO_FORMAT;
  return Number.isInteger(deviation) ? COUNT_FORMAT : DECIMAL_FORMAT;
}

export function cachedIndicatorResults(result: ClerkEntry, target: ClerkEntry, polarity: Polarity): CachedIndicatorResults {
  const outcome = evaluateIndicator({ result: read(result), target: read(target), polarity });
  if (!outcome.ok) {
    const error = ERROR_OF_FAILURE[outcome.code] ?? WRONG_VALUE;
    return { deviation: error, achievement: error };
  }
  const { deviation, achievement, unit } = outcome.value;
  if (deviation === undefined) return { deviation: NOT_AVAILABLE, achievement };
  return { deviation, deviationFormat: deviationFormat(unit, deviation), achievement };
}

/**
 * The Obiettivi, Pesi and Revisioni sheets of the example plan, as rows of cells in
 * the template's column order.
 * - Obiettivi: the weight written on each card (the cards of 1.1, 1.2, 2.1, 2.2 still
 *   show the initial weights of the Pesi table), the strategic objective's own share
 *   (50%) and, for the operational objectives it lists, STRAT as their parent.
 * - Pesi: the managers' table with both columns as written ("Peso iniziale" blank
 *   for the objectives added mid-year), managers named as in the areas list.
 * - Revisioni: the seed's revision tables, values typed like the plan's cells.
 */

function inColumns(sheet: TemplateSheet, cells: Partial<Record<PlanField, PlannedCell>>): PlannedCell[] {
  return sheet.columns.map((column) => cells[column.field] ?? { value: null });
}

function weight(value: number | null | undefined): PlannedCell {
  return value === null || value === undefined ? { value: null } : { value, format: PERCENT_FORMAT };
}

function exampleObjectiveRows(objectives: ExampleObjective[]): PlannedCell[][] {
  return objectives.map((objective) =>
    inColumns(PLAN_TEMPLATE.objectives, {
      objectiveCode: { value: objective.code },
      objectiveKind: { value: objective.kind },
      objectiveTitle: { value: objective.title },
      area: { value: objective.area },
      manager: { value: objective.manager },
      objectiveWeight: weight(objective.weight),
      parentCode: { value: objective.parentCode ?? null },
      ownShare: weight(objective.ownShare),
    }),
  );
}

export function exampleWeightRows(fixture: PlanFixture): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  for (const group of fixture.managerWeights) {
    const manager = managerName(fixture, group.manager);
    for (const objective of group.objectives) {
      // The template's two weight columns share a field: fill them by position.
      rows.push([{ value: manager }, { value: objective.code }, weight(objective.weightBefore), weight(objective.weightAfter)]);
    }
  }
  return rows;
}

/**
 * The managers' proposals behind the seed's revision tables, in the document's
 * Italian words (shortened where the proposal runs for a page), by
 * "objective code/indicator number". The fixture's `reason` is an English summary;
 * its `proposalText`, when present, wins over these.
 */
const SEED_REVISION_REASONS: Readonly<Record<string, string>> = {
  "1.1/2":
    "Si propone di incrementare il target a 120 assessment, partendo dal dato di 85 raggiunto al 30/6/2020 ed un presuntivo di ulteriori 35 da raggiungere nel secondo semestre.",
  "1.2/2":
    "Dati i risultati ottenuti, si propone l'incremento dell'indicatore al 31.12.2020, prevedendo il completamento dell'attività di istruttoria ed erogazione dei contributi relativi alle domande pervenute al 15 marzo u.s. sui bandi in Accordo di Programma.",
  "2.1/2":
    "Nel corso del primo semestre sono pervenute richieste di interesse al servizio anche da parte di nuovi intermediari. Si prevede, quindi, di estendere il servizio oltre che alle associazioni e agenzie attualmente convenzionate, anche ad almeno 20 nuovi intermediari.",
  "2.2/4":
    "In considerazione dei risultati conseguiti al 30/6 e nei mesi successivi si prevede di aggiornare entro il 31/12 un numero di posizioni maggiore di quanto inizialmente previsto (+230).",
  "AS/1":
    "Dal 3 giugno 2020 le attività dell'Azienda speciale sono ripartite in presenza (12 nuovi eventi, 5 addendum/contratti per eventi del secondo semestre, 25 addendum per The Big 5 Show rinviata al 2021): si propone la modifica del target da realizzare al 31/12/2020 aumentando da n. 39 a n. 72 la previsione di addendum/modifiche contrattuali.",
  "AS/3":
    "A seguito dell'emergenza COVID-19, la Giunta Camerale con deliberazione n. 39 del 21/04/2020 ha sospeso la manifestazione Futura rimandandola al 2021: l'indicatore è sostituito.",
};

function indicatorNumber(label: string): number | string {
  const match = /(\d+)\s*$/.exec(label.trim());
  return match ? Number(match[1]) : label;
}

/** The proposal behind a revision, in the document's words (also written on the cards). */
export function revisionReason(code: string, revision: FixtureRevision): string | null {
  const number = indicatorNumber(revision.indicator);
  const proposal = revision.proposalText ?? SEED_REVISION_REASONS[`${code}/${number}`] ?? revision.reason ?? null;
  if (!revision.newIndicatorName) return proposal;
  const replaced = revision.replacesIndicator ? ` al posto di «${revision.replacesIndicator}»` : "";
  return `Nuovo indicatore «${revision.newIndicatorName}»${replaced}.${proposal ? ` ${proposal}` : ""}`;
}

function exampleRevisionRows(objectives: ExampleObjective[]): PlannedCell[][] {
  return objectives.flatMap((objective) =>
    objective.revisions.map((revision) =>
      inColumns(PLAN_TEMPLATE.revisions, {
        objectiveCode: { value: objective.code },
        indicatorNumber: { value: indicatorNumber(revision.indicator) },
        forecast30_6: typeAsClerk(revision.prev30_6),
        actual30_6: typeAsClerk(revision.real30_6),
        forecast31_12: typeAsClerk(revision.prev31_12),
        newForecast31_12: typeAsClerk(revision.new31_12),
        reason: { value: revisionReason(objective.code, revision) },
      }),
    ),
  );
}
