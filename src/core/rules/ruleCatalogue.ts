/**
 * Every validation rule, in the order they are documented and configured: structure, weights,
 * targets, results. Ids are stable: configurations (`--regole`, the pane) refer to them.
 */
import type { Rule } from "./ruleTypes";
import { ambiguousValueRule } from "./structure/ambiguousValueRule";
import { columnStructureRule } from "./structure/columnStructureRule";
import { duplicateCodeRule } from "./structure/duplicateCodeRule";
import { objectiveWithoutIndicatorsRule } from "./structure/objectiveWithoutIndicatorsRule";
import { orphanIndicatorRule } from "./structure/orphanIndicatorRule";
import { orphanObjectiveRule } from "./structure/orphanObjectiveRule";
import { unreadableValueRule } from "./structure/unreadableValueRule";
import { inconsistentWeightRule } from "./weights/inconsistentWeightRule";
import { indicatorWeightsRule } from "./weights/indicatorWeightsRule";
import { invalidWeightRule } from "./weights/invalidWeightRule";
import { managerWeightsRule } from "./weights/managerWeightsRule";
import { mixedWeightScaleRule } from "./weights/mixedWeightScaleRule";
import { inconsistentTargetPeriodsRule } from "./targets/inconsistentTargetPeriodsRule";
import { inconsistentUnitsRule } from "./targets/inconsistentUnitsRule";
import { missingTargetRule } from "./targets/missingTargetRule";
import { targetAlreadyMetRule } from "./targets/targetAlreadyMetRule";
import { targetBelowBaselineRule } from "./targets/targetBelowBaselineRule";
import { unmeasurableTargetRule } from "./targets/unmeasurableTargetRule";
import { criticalDeviationRule } from "./results/criticalDeviationRule";
import { inconsistentRevisionRule } from "./results/inconsistentRevisionRule";
import { guessedMilestoneRule } from "./results/guessedMilestoneRule";
import { inferredPolarityRule } from "./results/inferredPolarityRule";
import { missingResultRule } from "./results/missingResultRule";
import { wrongDeviationRule } from "./results/wrongDeviationRule";
import { wrongAchievementRule } from "./results/wrongAchievementRule";
import { inconsistentProjectValueRule } from "./results/inconsistentProjectValueRule";

/** The families of rules, as the documentation and the settings present them. */
export type RuleFamily = "structure" | "weights" | "targets" | "results";

/** Every rule by family, in order: structure, weights, targets, results. */
export const RULE_FAMILIES: readonly { readonly family: RuleFamily; readonly rules: readonly Rule[] }[] = Object.freeze([
  { family: "structure", rules: [columnStructureRule, duplicateCodeRule, objectiveWithoutIndicatorsRule, orphanIndicatorRule, orphanObjectiveRule, unreadableValueRule, ambiguousValueRule] },
  { family: "weights", rules: [indicatorWeightsRule, managerWeightsRule, invalidWeightRule, mixedWeightScaleRule, inconsistentWeightRule] },
  { family: "targets", rules: [missingTargetRule, unmeasurableTargetRule, inconsistentTargetPeriodsRule, targetBelowBaselineRule, targetAlreadyMetRule, inconsistentUnitsRule] },
  { family: "results", rules: [missingResultRule, wrongDeviationRule, wrongAchievementRule, criticalDeviationRule, inconsistentRevisionRule, inferredPolarityRule, guessedMilestoneRule, inconsistentProjectValueRule] },
] as const);

export const RULES: readonly Rule[] = Object.freeze(RULE_FAMILIES.flatMap((entry) => entry.rules));

/** The ids of every rule, for checking a user's settings (`resolveSettings`, readSettings.ts). */
export const RULE_IDS: readonly string[] = Object.freeze(RULES.map((rule) => rule.id));
