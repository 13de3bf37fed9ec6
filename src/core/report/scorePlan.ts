/**
 * The plan's scores at its reporting date, from the same evaluation the rules use: per indicator
 * (achievement, status, explanation or the reason it is not evaluable), per objective (weighted
 * score, evaluated weight, excluded indicators; strategic objectives with their own part and their
 * contributing operational objectives), per manager (Pesi table's current weights, else the
 * objectives sheet) and per area. Settings: the validation settings (achievement options,
 * useBaseline); partial settings merge over the defaults. Never throws on bad data.
 */
import type { Plan } from "../plan/planModel";
import { mergeSettings, type ValidationSettings } from "../settings";
import { scoreAreas } from "./scoreAreas";
import { scoreIndicators } from "./scoreIndicators";
import { scoreManagers } from "./scoreManagers";
import { scoreObjectives } from "./scoreObjectives";
import type { PlanScores } from "./scoreTypes";

export type { AreaScore, IndicatorScore, ManagerScore, ObjectiveScore, PlanScores, StrategicParts } from "./scoreTypes";

export function scorePlan(plan: Plan, settings?: Partial<ValidationSettings>): PlanScores {
  const resolved = mergeSettings(settings);
  const indicators = scoreIndicators(plan, resolved);
  const objectives = scoreObjectives(plan, indicators, resolved);
  return {
    period: plan.period,
    indicators,
    objectives,
    managers: scoreManagers(plan, objectives),
    areas: scoreAreas(objectives),
  };
}
