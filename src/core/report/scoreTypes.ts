/**
 * What `scorePlan` returns: achievement per indicator, score per objective (strategic objectives
 * with their own part and their contributing operational objectives), per manager and per area.
 * Every figure is a fraction (0.75 = 75%) or null when "non valutabile", and carries an Italian
 * explanation of how it was obtained or why it could not be.
 */
import type { Status } from "../calc/calcTypes";
import type { CellRef } from "../plan/grid";
import type { ObjectiveKind, Period } from "../plan/planModel";

export interface IndicatorScore {
  objective: string;
  indicator: string;
  name: string;
  /** The indicator's weight as a fraction, null when missing or invalid. */
  weight: number | null;
  /** Achievement at the reporting date; null = non valutabile. */
  achievement: number | null;
  status: Status;
  /** How the achievement was computed, or why the indicator is not evaluable. */
  explanation: string;
  ref: CellRef;
}

export interface StrategicParts {
  /** Score of the objective's own indicators. */
  ownScore: number | null;
  /** Share of the own indicators (seed: 50%) and where it came from. */
  ownShare: number;
  ownShareSource: "scritta" | "somma dei pesi" | "predefinita";
  contributions: { code: string; score: number | null }[];
}

export interface ObjectiveScore {
  code: string;
  kind: ObjectiveKind;
  title: string;
  area?: string;
  manager?: string;
  score: number | null;
  /** Share of the indicators' weight that could be evaluated (1 = all). */
  evaluated: number;
  /** Numbers of the indicators left out as non valutabili. */
  excluded: string[];
  explanation: string;
  strategic?: StrategicParts;
}

export interface ManagerScore {
  name: string;
  score: number | null;
  /** Where the weights come from: the Pesi table's current column, or the objectives sheet. */
  weightSource: "pesi" | "obiettivi";
  objectives: { code: string; weight: number; score: number | null }[];
  explanation: string;
}

export interface AreaScore {
  name: string;
  score: number | null;
  objectives: string[];
  explanation: string;
}

export interface PlanScores {
  period: Period;
  indicators: IndicatorScore[];
  objectives: ObjectiveScore[];
  managers: ManagerScore[];
  areas: AreaScore[];
}
