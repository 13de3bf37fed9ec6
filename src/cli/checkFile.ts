/**
 * One file through the same pipeline as the add-in: .xlsx -> grids
 * (readWorkbookFile) -> plan (readPlan) -> anomalies (validatePlan) and scores
 * (scorePlan). A file that cannot be read, or holds no plan, is a failure with a
 * message for people, never an exception.
 */
import type { WorkbookGrids } from "../core/plan/grid";
import type { Period, Plan } from "../core/plan/planModel";
import { readPlan } from "../core/plan/readPlan";
import { scorePlan, type PlanScores } from "../core/report/scorePlan";
import type { Anomaly } from "../core/rules/anomaly";
import type { ValidationSettings } from "../core/rules/ruleTypes";
import { validatePlan } from "../core/rules/validatePlan";
import { messagesFor, type Locale } from "./messages";
import { readWorkbookFile } from "./readWorkbookFile";

export interface CheckedFile {
  ok: true;
  file: string;
  workbook: WorkbookGrids;
  plan: Plan;
  anomalies: Anomaly[];
  scores: PlanScores;
}

export interface UnreadableFile {
  ok: false;
  file: string;
  /** "unreadable": not a workbook that can be opened; "noPlan": a workbook in which no plan was found. */
  kind: "unreadable" | "noPlan";
  message: string;
}

export type FileCheck = CheckedFile | UnreadableFile;

export interface CheckOptions {
  period?: Period;
  settings?: ValidationSettings;
  locale: Locale;
}

export async function checkFile(file: string, options: CheckOptions): Promise<FileCheck> {
  const read = await readWorkbookFile(file, options.locale);
  if (!read.ok) return { ok: false, file, kind: "unreadable", message: read.message };
  const planRead = readPlan(read.workbook, options.period ? { period: options.period } : {});
  if (!planRead.ok) return { ok: false, file, kind: "noPlan", message: messagesFor(options.locale).planNotRead(file, planRead.message) };
  const { plan } = planRead;
  return {
    ok: true,
    file,
    workbook: read.workbook,
    plan,
    anomalies: validatePlan(plan, options.settings),
    scores: scorePlan(plan, options.settings),
  };
}
