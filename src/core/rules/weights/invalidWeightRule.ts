/**
 * `peso-non-valido`: a weight that cannot be used as one.
 * - not a weight at all: an amount in euro, a bound, a milestone ("€ 500", "almeno 3", "sì") -> errore
 *   (unreadable cells and Excel errors are `valore-illeggibile`'s);
 * - negative, or above 100% once read in its column's scale -> errore;
 * - blank where one is expected -> avviso:
 *   - an indicator weight, when its objective has more than one indicator (a single indicator
 *     weighs 100% whatever is written);
 *   - the current (last) column of the Pesi table: the objective is listed but weighs nothing
 *     (the seed's Azienda Speciale row "Riorganizzazione delle attività..." has no weight in either
 *     column, while the strategic objective with no card takes 100%);
 *   - the own share of a strategic objective that has both own indicators and contributing
 *     objectives: how the two parts combine is not stated;
 *   - an objective's weight on the objectives sheet when there is no Pesi table to take it from.
 */
import { codeKey } from "../../plan/planCodes";
import { interpretWeights } from "../../calc/interpretWeights";
import type { Indicator, Plan, PlanCell } from "../../plan/planModel";
import { singleValue, singleValuesOf } from "../../plan/indicatorColumns";
import type { Finding, Rule } from "../ruleTypes";
import { valueParam } from "../support/figures";
import { aboutIndicator, findingAt } from "../support/findings";
import { indexPlan, parentCodes } from "../../plan/planQueries";
import { indicatorWeightGroups, managerWeightGroups, objectiveWeightGroups, type WeightGroup } from "../../plan/weightGroups";
import { ruleDescription } from "../../wording/renderMessage";

/** The weights of a group that are not weights, negative or above 100%; a member's cell is looked at only for those. */
function valueProblems(group: WeightGroup, ownShare = false): Finding[] {
  const findings: Finding[] = [];
  group.read.weights.forEach((weight, i) => {
    const invalid = group.read.invalid.includes(i);
    if (!invalid && (weight === null || (weight >= 0 && weight <= 1))) return;
    const member = group.members[i];
    if (member === undefined) return;
    const value = member.cell.value;
    if (invalid && value.kind === "failure") return;
    const about = { objective: member.objective, ...(member.indicator === undefined ? {} : { indicator: member.indicator }) };
    const params = { owner: { objective: member.objective, indicator: member.indicator ?? null, ownShare }, value: valueParam(value) };
    const ref = member.cell.ref;
    if (invalid) findings.push(findingAt(ref, about, { key: "peso-non-valido.non-peso", params }));
    else if (weight !== null && weight !== undefined && weight < 0) findings.push(findingAt(ref, about, { key: "peso-non-valido.negativo", params }));
    else if (weight !== null && weight !== undefined) findings.push(findingAt(ref, about, { key: "peso-non-valido.oltre-100", params: { ...params, weight } }));
  });
  return findings;
}

function blank(cell: PlanCell | undefined): cell is PlanCell {
  return cell !== undefined && cell.value.kind === "placeholder";
}

/** True when the indicator has no weight: no cell, or one written blank or with a placeholder. */
function hasNoWeight(indicator: Indicator): boolean {
  const weight = singleValue(indicator, "weight");
  return weight === undefined || weight.kind === "placeholder";
}

function missingWeights(plan: Plan): Finding[] {
  const index = indexPlan(plan);
  const findings: Finding[] = [];
  const indicators = plan.indicators;
  const weightOf = singleValuesOf(indicators, "weight");
  for (let i = 0; i < indicators.length; i++) {
    // A weight cell written blank or with a placeholder.
    if (weightOf(i)?.kind !== "placeholder") continue;
    const indicator = indicators[i] as Indicator;
    const siblings = index.indicators(indicator.objectiveCode);
    // An objective with no indicator weight at all weighs its indicators the same (struttura-colonne says so once).
    if (siblings.length < 2 || siblings.every(hasNoWeight)) continue;
    const weight = indicator.weight;
    if (weight === undefined) continue;
    findings.push(
      findingAt(weight.ref, { objective: indicator.objectiveCode, indicator: indicator.number }, {
        key: "peso-non-valido.indicatore-senza-peso",
        params: aboutIndicator(indicator, { indicators: siblings.length }),
        severity: "avviso",
      }),
    );
  }
  for (const row of plan.managerWeights) {
    const current = row.weights[row.weights.length - 1];
    if (!current || !blank(current.cell)) continue;
    findings.push(
      findingAt(current.cell.ref, { objective: row.objectiveCode }, {
        key: "peso-non-valido.responsabile-senza-peso",
        params: { objective: row.objectiveCode, manager: row.manager, column: current.column },
        severity: "avviso",
      }),
    );
  }
  const parents = parentCodes(plan);
  for (const objective of plan.objectives) {
    const contributes = parents.has(codeKey(objective.code));
    if (objective.kind === "strategic" && contributes && index.indicators(objective.code).length > 0 && (objective.ownShare === undefined || blank(objective.ownShare))) {
      findings.push(
        findingAt(objective.ownShare?.ref ?? objective.ref, { objective: objective.code }, {
          key: "peso-non-valido.quota-mancante",
          params: { objective: objective.code },
          severity: "avviso",
        }),
      );
    }
    if (plan.managerWeights.length === 0 && objective.manager && blank(objective.weight)) {
      findings.push(
        findingAt(objective.weight.ref, { objective: objective.code }, {
          key: "peso-non-valido.obiettivo-senza-peso",
          params: { objective: objective.code, manager: objective.manager },
          severity: "avviso",
        }),
      );
    }
  }
  return findings;
}

/** Own shares, each read alone: "50%", "0,5" and "50" all mean half. */
function ownShareGroups(plan: Plan): WeightGroup[] {
  return plan.objectives.flatMap((objective) => {
    if (!objective.ownShare) return [];
    const members = [{ cell: objective.ownShare, objective: objective.code }];
    const read = interpretWeights([objective.ownShare.value]);
    return [{ kind: "indicators" as const, name: { kind: "indicators" as const, objective: objective.code }, objective: objective.code, members, read }];
  });
}

export const invalidWeightRule: Rule = {
  id: "peso-non-valido",
  defaultSeverity: "errore",
  description: ruleDescription("peso-non-valido"),
  check({ plan }) {
    const groups = [...indicatorWeightGroups(plan), ...managerWeightGroups(plan), ...objectiveWeightGroups(plan, true)];
    const shares = ownShareGroups(plan).flatMap((group) => valueProblems(group, true));
    return [...groups.flatMap((group) => valueProblems(group)), ...shares, ...missingWeights(plan)];
  },
};
