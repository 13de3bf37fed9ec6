/**
 * The pane's state: what it knows (the plan's overview, a validation's results), what it shows
 * (one view at a time, a notice, filters), and the store that holds it for React and for tests.
 */
import type { Period, PeriodSource, Plan, SheetRecognition } from "../../core/plan/planModel";
import type { Anomaly, Severity } from "../../core/rules/anomaly";
import type { PlanScores } from "../../core/report/scorePlan";
import type { RewardRules } from "../../core/report/rewards";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import type { MessageKey, MessageParams } from "../i18n/messages";
import type { PaneSettings } from "../settings/paneSettings";
import type { Grouping, PreparedGroups } from "./anomalyGroups";

/** What the pane learned about the plan before validating it. */
export interface PlanOverview {
  /** Sheets the reader recognised as part of the plan, in workbook order. */
  planSheets: string[];
  strategicObjectives: number;
  operationalObjectives: number;
  indicators: number;
  period: Period;
  /** True when the reporting date was detected from the results present. */
  periodDetected: boolean;
  /** Where the reporting date came from (the user, a title, the columns, the default). */
  periodSource: PeriodSource;
  /** The reporting date as shown, with the plan's year when known ("31/7/2013"). */
  reportingDate: string;
}

export type { PlanScores };

/** Everything one "Valida piano" produced. */
export interface PaneValidation {
  plan: Plan;
  anomalies: Anomaly[];
  /** The anomalies by severity, counted once by the core (the live status line reads them on every change). */
  counts: SeverityCounts;
  scores: PlanScores;
  /** The anomalies in the list's order, grouped by objective and by rule (prepared once, errors first). */
  groups: PreparedGroups;
  /** The reward rules of the workbook's «Regole di valutazione» sheet, when it gives them: «Crea riepilogo» adds the «Premi» tables. */
  rewardRules: RewardRules | null;
  /** Whether the anomalies are highlighted in the workbook right now. */
  highlighted: boolean;
}

/**
 * The steps of a validation, in order; the pane yields to the event loop between them. "prepare"
 * orders and groups the anomalies for the list, so that the bar never sits on its last step while
 * the results are prepared; "highlight" runs only when the settings ask for it.
 */
export const VALIDATION_PHASES = ["read", "validate", "score", "prepare", "highlight"] as const;
export type ValidationPhase = (typeof VALIDATION_PHASES)[number];

/** Which port call failed: each has its own Italian message. */
export type FailedOperation = "read" | "highlight" | "clear" | "select" | "write" | "settings" | "example" | "internal";

/** A failure ready to be shown: the operation, a hint when the cause is known, and the technical detail. */
export interface PaneFailure {
  operation: FailedOperation;
  hint?: MessageKey;
  detail: string;
}

/** The main area of the pane: one state at a time. */
export type SessionView =
  | { status: "starting" }
  | { status: "noPlan"; sheets: string[]; reason: string; recognition: SheetRecognition[] }
  | { status: "ready"; overview: PlanOverview }
  | { status: "validating"; phase: ValidationPhase; step: number; steps: number; cancelling?: true }
  | { status: "results"; overview: PlanOverview; validation: PaneValidation }
  | { status: "error"; failure: PaneFailure };

/** A message above the main area: the result of an action, or a failure that left the view usable. */
export type PaneNotice =
  | { intent: "success" | "warning"; key: MessageKey; params?: MessageParams }
  | { intent: "error"; failure: PaneFailure };

/** Actions that run against the workbook; at most one at a time. */
export type PaneAction = "validate" | "highlights" | "summary" | "template" | "example" | "settings";

export interface SessionState {
  view: SessionView;
  settings: PaneSettings;
  notice: PaneNotice | null;
  busy: PaneAction | null;
  /** Severities shown in the anomaly list. */
  filter: Record<Severity, boolean>;
  /** The anomaly whose cell was selected last. */
  selected: Anomaly | null;
  /** How the anomaly list is grouped. */
  grouping: Grouping;
}

export function initialSessionState(settings: PaneSettings): SessionState {
  return {
    view: { status: "starting" },
    settings,
    notice: null,
    busy: null,
    filter: { errore: true, avviso: true, info: true },
    selected: null,
    grouping: "objective",
  };
}

/**
 * The smallest observable store: a value, a way to change it, and listeners,
 * shaped for React's `useSyncExternalStore` and usable without React in tests.
 */
export class SessionStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  getState = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Replaces the state with `change(previous)` and tells every listener. */
  update(change: (previous: T) => T): void {
    this.value = change(this.value);
    for (const listener of [...this.listeners]) listener();
  }
}
