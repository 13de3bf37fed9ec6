/**
 * Every value written in the seed plan (Brescia 2020, assets/plan-2020.json), with the field it comes
 * from and, where the fixture states it next to the text, the number it stands for (weights as
 * fractions, budget and economic amounts in euro).
 */
import { readFileSync } from "fs";
import { join } from "path";

export interface WrittenForm {
  text: string;
  field: string;
  /** The figure the fixture gives alongside the text, when it gives one. */
  stated?: number;
}

type Json = Record<string, unknown>;

export const PLAN_FIXTURE_PATH = join(__dirname, "..", "..", "..", "assets", "plan-2020.json");

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : [];
}

function record(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function collector(into: WrittenForm[]) {
  return (field: string, text: unknown, stated?: unknown): void => {
    if (typeof text !== "string") return;
    into.push(typeof stated === "number" ? { text, field, stated } : { text, field });
  };
}

/** The written forms of the fixture's indicators, weights, revisions, budgets and economic values. */
export function loadPlanWrittenForms(path = PLAN_FIXTURE_PATH): WrittenForm[] {
  const plan = JSON.parse(readFileSync(path, "utf8")) as Json;
  const forms: WrittenForm[] = [];
  const add = collector(forms);

  for (const manager of records(plan.managerWeights)) {
    for (const objective of records(manager.objectives)) {
      add("managerWeights.weightBeforeText", objective.weightBeforeText, objective.weightBefore);
      add("managerWeights.weightAfterText", objective.weightAfterText, objective.weightAfter);
    }
    add("managerWeights.totalBeforeText", manager.totalBeforeText, manager.totalBefore);
    add("managerWeights.totalAfterText", manager.totalAfterText, manager.totalAfter);
  }

  for (const objective of records(plan.objectives)) {
    add("objective.weightText", objective.weightText, objective.weight);
    for (const area of records(objective.areaWeights)) add("areaWeights.weightText", area.weightText, area.weight);
    const composition = record(objective.strategicComposition);
    if (composition) {
      add("strategicComposition.ownIndicatorsWeightText", composition.ownIndicatorsWeightText, composition.ownIndicatorsWeight);
      add(
        "strategicComposition.operationalContributionWeightText",
        composition.operationalContributionWeightText,
        composition.operationalContributionWeight,
      );
      add("strategicComposition.totalText", composition.totalText, composition.total);
    }
    for (const indicator of records(objective.indicators)) {
      add("indicator.baselineText", indicator.baselineText);
      add("indicator.target30_6Text", indicator.target30_6Text);
      add("indicator.target31_12Text", indicator.target31_12Text);
      add("indicator.weightText", indicator.weightText, indicator.weight);
      add("indicator.resultText", indicator.resultText);
      add("indicator.deviationText", indicator.deviationText);
    }
    for (const revision of records(objective.targetRevisions)) {
      for (const field of ["prev30_6", "prev31_12", "real30_6", "new31_12"]) add(`targetRevisions.${field}`, revision[field]);
    }
    for (const line of records(objective.budget)) add("budget.amountText", line.amountText, line.amount);
    for (const value of records(objective.valoreEconomico)) {
      add("valoreEconomico.percentText", value.percentText);
      add("valoreEconomico.unitText", value.unitText, value.unit);
      add("valoreEconomico.totalText", value.totalText, value.total);
      add("valoreEconomico.text", value.text);
    }
  }
  return forms;
}
