/**
 * A sheet's role, from the concepts its header row names (never from its name, which may be anything):
 * - revisions: a forecast or a new forecast column ("Previsione al 30.6", "Nuova previsione");
 * - indicators: an indicator column with at least one column of indicator data (target, result,
 *   weight, baseline...); combined when objective columns sit on the same rows (title, kind,
 *   objective weight, area, manager...), or when two bare "Peso" columns flank the indicator
 *   column's left (the first is then the objective's);
 * - weights: manager, objective and weight columns, and nothing that only an objective sheet has
 *   (two or more weight columns always make a weights table: "Peso iniziale", "Peso rideterminato");
 * - objectives: code or title, and at least three objective columns including a weight, a kind, a
 *   parent or an own share.
 * Anything else is not a plan sheet (null).
 */
import type { HeaderConcept } from "./headerSynonyms";
import type { HeaderCell } from "./detectHeaderRow";
import type { SheetRole } from "./planFields";

const INDICATOR_DATA: readonly HeaderConcept[] = [
  "target", "result", "baseline", "baselineYear", "weight", "indicatorWeight", "polarity", "unit",
  "indicatorType", "declaredDeviation", "deviation", "computedDeviation", "achievement",
];

const OBJECTIVE_ON_INDICATOR_ROWS: readonly HeaderConcept[] = [
  "objective", "kind", "objectiveWeight", "area", "manager", "parent", "ownShare",
];

const OBJECTIVE_CONCEPTS: readonly HeaderConcept[] = [
  "code", "objective", "kind", "type", "area", "manager", "weight", "objectiveWeight", "parent", "ownShare",
];

/** True when the first of two or more bare "Peso" columns stands left of the indicator column. */
export function leadingWeightIsObjectives(cells: readonly HeaderCell[]): boolean {
  const has = (concept: HeaderConcept) => cells.some((cell) => cell.match.concept === concept);
  const bare = cells.filter((cell) => cell.match.concept === "weight");
  const indicator = cells.find((cell) => cell.match.concept === "indicator");
  const first = bare[0];
  return bare.length >= 2 && !has("objectiveWeight") && indicator !== undefined && first !== undefined && first.col < indicator.col;
}

export function classifySheet(cells: readonly HeaderCell[]): SheetRole | null {
  const count = (concept: HeaderConcept) => cells.filter((cell) => cell.match.concept === concept).length;
  const has = (concept: HeaderConcept) => count(concept) > 0;

  if (has("newForecast") || has("forecast")) return "revisions";

  if (has("indicator") && INDICATOR_DATA.some(has)) {
    return OBJECTIVE_ON_INDICATOR_ROWS.some(has) || leadingWeightIsObjectives(cells) ? "combined" : "indicators";
  }

  const identified = has("code") || has("objective");
  const weightColumns = count("weight") + count("objectiveWeight") + count("indicatorWeight");
  const objectiveOnly = ["kind", "type", "parent", "ownShare", "area"].some((c) => has(c as HeaderConcept));
  const codeAndTitle = has("code") && has("objective");
  if (has("manager") && identified && weightColumns >= 1 && (weightColumns >= 2 || (!objectiveOnly && !codeAndTitle))) {
    return "weights";
  }

  const objectiveConcepts = OBJECTIVE_CONCEPTS.filter(has).length;
  const distinctive = ["weight", "objectiveWeight", "kind", "type", "parent", "ownShare"].some((c) => has(c as HeaderConcept));
  if (identified && (has("objective") || has("kind")) && objectiveConcepts >= 3 && distinctive) return "objectives";
  return null;
}
