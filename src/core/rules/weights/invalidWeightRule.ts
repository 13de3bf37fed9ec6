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
import { formatShare } from "../../wording/formatNumbers";
import { describeValue } from "../../wording/describeValue";
import { interpretWeights } from "../../calc/interpretWeights";
import type { Plan, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt } from "../support/findings";
import { indexPlan, parentCodes } from "../../plan/planQueries";
import { indicatorWeightGroups, managerWeightGroups, objectiveWeightGroups, type WeightGroup } from "../../plan/weightGroups";

const SCALE_HINT = "Un peso è una percentuale (30%), una frazione (0,3) o un numero intero (30), tra 0 e 100%.";

function valueProblems(group: WeightGroup, name?: string): Finding[] {
  return group.members.flatMap((member, i) => {
    const value = member.cell.value;
    const weight = group.read.weights[i];
    const about = { objective: member.objective, ...(member.indicator === undefined ? {} : { indicator: member.indicator }) };
    const where =
      name !== undefined
        ? `(${name}) dell'obiettivo ${member.objective}`
        : member.indicator === undefined
          ? `dell'obiettivo ${member.objective}`
          : `dell'indicatore ${member.indicator} dell'obiettivo ${member.objective}`;
    if (group.read.invalid.includes(i)) {
      if (value.kind === "failure") return [];
      return [findingAt(member.cell.ref, about, { message: `Il peso ${where} è ${describeValue(value)}, che non è un peso.`, suggestion: SCALE_HINT })];
    }
    if (weight === null || weight === undefined) return [];
    if (weight < 0) {
      return [findingAt(member.cell.ref, about, { message: `Il peso ${where} è negativo (${describeValue(value)}).`, suggestion: SCALE_HINT })];
    }
    if (weight > 1) {
      return [
        findingAt(member.cell.ref, about, {
          message: `Il peso ${where} (${describeValue(value)}) vale ${formatShare(weight)}: più del 100%.`,
          suggestion: SCALE_HINT,
        }),
      ];
    }
    return [];
  });
}

function blank(cell: PlanCell | undefined): cell is PlanCell {
  return cell !== undefined && cell.value.kind === "placeholder";
}

function missingWeights(plan: Plan): Finding[] {
  const index = indexPlan(plan);
  const findings: Finding[] = [];
  for (const indicator of plan.indicators) {
    const siblings = index.indicators(indicator.objectiveCode);
    // An objective with no indicator weight at all weighs its indicators the same (struttura-colonne says so once).
    if (!blank(indicator.weight) || siblings.length < 2 || siblings.every((sibling) => sibling.weight === undefined || blank(sibling.weight))) continue;
    findings.push(
      findingAt(indicator.weight.ref, { objective: indicator.objectiveCode, indicator: indicator.number }, {
        message: `L'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} non ha un peso, e l'obiettivo ha ${index.indicators(indicator.objectiveCode).length} indicatori.`,
        suggestion: "Indicare il peso dell'indicatore: i pesi degli indicatori dell'obiettivo sommano a 100%.",
        severity: "avviso",
      }),
    );
  }
  for (const row of plan.managerWeights) {
    const current = row.weights[row.weights.length - 1];
    if (!current || !blank(current.cell)) continue;
    findings.push(
      findingAt(current.cell.ref, { objective: row.objectiveCode }, {
        message: `Nella tabella dei pesi l'obiettivo ${row.objectiveCode} di ${row.manager} non ha un peso nella colonna corrente «${current.column}»: non conta nel punteggio del responsabile.`,
        suggestion: "Indicare il peso, o togliere la riga se l'obiettivo non è assegnato al responsabile.",
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
          message: `L'obiettivo strategico ${objective.code} ha indicatori propri e obiettivi operativi che vi contribuiscono, ma non dice quanto pesano gli indicatori propri.`,
          suggestion: "Indicare la quota degli indicatori propri (es. 50%): il resto è il contributo degli obiettivi operativi.",
          severity: "avviso",
        }),
      );
    }
    if (plan.managerWeights.length === 0 && objective.manager && blank(objective.weight)) {
      findings.push(
        findingAt(objective.weight.ref, { objective: objective.code }, {
          message: `L'obiettivo ${objective.code} di ${objective.manager} non ha un peso e il piano non ha una tabella dei pesi.`,
          suggestion: "Indicare il peso dell'obiettivo, o aggiungere la tabella dei pesi per responsabile.",
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
    return [{ kind: "indicators" as const, title: "", objective: objective.code, members, read }];
  });
}

export const invalidWeightRule: Rule = {
  id: "peso-non-valido",
  defaultSeverity: "errore",
  description: "Ogni peso è una percentuale tra 0 e 100%, ed è presente dove serve.",
  check({ plan }) {
    const groups = [...indicatorWeightGroups(plan), ...managerWeightGroups(plan), ...objectiveWeightGroups(plan, true)];
    const shares = ownShareGroups(plan).flatMap((group) => valueProblems(group, "la quota degli indicatori propri"));
    return [...groups.flatMap((group) => valueProblems(group)), ...shares, ...missingWeights(plan)];
  },
};
