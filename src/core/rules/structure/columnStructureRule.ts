/**
 * `struttura-colonne`: what a sheet does not have, and what the reader assumed, said once per sheet.
 *
 * What a plan does not contain (weights, results, a 30/6) is usually a fact about the document, not
 * an error: a column is needed only by the checks that use it. So, once per indicator sheet:
 * - no target column at all, or the template's «Target 31/12» missing beside its «Target 30/6», or
 *   results without a column at the reporting date -> avviso: achievement and deviations cannot be
 *   worked out, and the checks that need them are named;
 * - no results (a plan, not a report), no weights, no baseline, no declared deviations -> info,
 *   naming the checks that are skipped;
 * - what the reader assumed (the objective taken from the title or from the sheet's name, a code
 *   taken from a card sheet's name) -> info. How a sheet was read («letto come schede») is not an
 *   anomaly: it stays in the recognition report.
 * Sheets without indicators (an objective sheet, a card without indicators) have nothing to miss.
 * Optional columns that no check needs (notes, polarity, unit...) are not reported: the reader lists
 * them in its recognition report and nothing is lost without them.
 */
import { parseA1, toA1 } from "../../plan/a1";
import { datedFieldParts } from "../../plan/mapColumns";
import type { Indicator, Period, Plan, SheetRecognition } from "../../plan/planModel";
import { groupByKey } from "../../plan/planQueries";
import { indicatorSheet } from "../../plan/indicatorColumns";
import type { Finding, Rule } from "../ruleTypes";
import { comparePeriods } from "../../plan/reportingDate";
import type { GapParam } from "../../wording/messageParameters";
import { ruleDescription } from "../../wording/renderMessage";

/** What is missing (the catalogue says it, with what cannot be done without it). */
type Gap = GapParam;

/** Gaps that stop achievements or deviations from being worked out: an avviso; the others are info. */
const WARNINGS: ReadonlySet<Gap["kind"]> = new Set(["noTargets", "noYearTarget", "noResultsAt"]);

/** The first cell of the header row: where a missing column's header belongs. */
function headerCell(recognition: SheetRecognition): string {
  const columns = recognition.columns.map((column) => parseA1(column.address)?.col ?? 0);
  return toA1(recognition.headerRow, columns.length > 0 ? Math.min(...columns) : 0);
}

function datesOf(recognition: SheetRecognition, concept: "target" | "result" | "declaredDeviation"): Set<Period> {
  const dates = new Set<Period>();
  for (const column of recognition.columns) {
    const parts = datedFieldParts(column.field);
    if (parts?.concept === concept) dates.add(parts.period);
  }
  return dates;
}

function gapsOf(recognition: SheetRecognition, plan: Plan, indicators: readonly Indicator[]): Gap[] {
  const period = plan.period;
  const has = (field: string) => recognition.columns.some((column) => column.field === field);
  const weightsWritten = indicators.some((indicator) => indicator.weight !== undefined && indicator.weight.value.kind !== "placeholder");
  const targets = datesOf(recognition, "target");
  const results = datesOf(recognition, "result");
  const gaps: Gap[] = [];
  if (targets.size === 0) {
    gaps.push({ kind: "noTargets" });
  } else if (targets.has("30/6") && ![...targets].some((date) => comparePeriods(date, "30/6") > 0)) {
    gaps.push({ kind: "noYearTarget" });
  }
  if (results.size === 0) {
    gaps.push({ kind: "noResults" });
  } else if (plan.periodSource === "targets") {
    gaps.push({ kind: "resultsNotFilled" });
  } else if (!results.has(period)) {
    gaps.push({ kind: "noResultsAt", date: period });
  }
  // A bare «Peso» read as the objectives' weights (one indicator each, or one weight per objective): no indicator weights are missing.
  const objectiveWeights = recognition.notes?.some((note) => note.kind === "objectiveWeights") === true;
  if (!objectiveWeights && (!has("indicatorWeight") || !weightsWritten)) {
    gaps.push({ kind: has("indicatorWeight") ? "emptyWeights" : "noWeights" });
  }
  if (!has("baseline")) gaps.push({ kind: "noBaseline" });
  if (results.size > 0 && !datesOf(recognition, "declaredDeviation").has(period)) {
    gaps.push({ kind: "noDeclaredDeviations" });
  }
  return gaps;
}

export const columnStructureRule: Rule = {
  id: "struttura-colonne",
  defaultSeverity: "avviso",
  description: ruleDescription("struttura-colonne"),
  check({ plan }) {
    const findings: Finding[] = [];
    // The indicators of each sheet, found in one walk.
    const indicatorsBySheet = groupByKey(plan.indicators, indicatorSheet);
    for (const recognition of plan.recognition) {
      const indicators = recognition.role === "indicators" || recognition.role === "combined" ? (indicatorsBySheet.get(recognition.sheet) ?? []) : [];
      const gaps = indicators.length > 0 ? gapsOf(recognition, plan, indicators) : [];
      const notes = recognition.notes ?? [];
      if (gaps.length === 0 && notes.length === 0) continue;
      const warning = gaps.some((gap) => WARNINGS.has(gap.kind));
      findings.push({
        sheet: recognition.sheet,
        cell: headerCell(recognition),
        text: { key: "struttura-colonne", params: { sheet: recognition.sheet, gaps, notes, headerRow: recognition.headerRow + 1, warning } },
        severity: warning ? "avviso" : "info",
      });
    }
    return findings;
  },
};
