/** The settings in force when the user changes nothing: the design's defaults. */
import type { ValidationSettings } from "./ruleTypes";

export const defaultValidationSettings: ValidationSettings = Object.freeze({
  /** 0,1 percentage points: 3 × 33,33% = 99,99% is rounding, 99,8% is an error. */
  weightTolerancePoints: 0.1,
  /** An indicator below 50% of its target at the reporting date is critical. */
  criticalAchievement: 0.5,
  /** A declared deviation may differ from the computed one by 0,5% of |target| (rounding of the figures written). */
  deviationTolerance: 0.005,
  achievement: Object.freeze({ cap: 1 }),
  useBaseline: false,
  rules: Object.freeze({}),
}) as ValidationSettings;
