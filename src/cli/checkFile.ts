/**
 * One file through the same pipeline as the add-in: .xlsx -> grids
 * (readWorkbookFile) -> the core's checkPlan (plan, anomalies, scores), the very
 * function the pane calls. A file that cannot be read, or holds no plan, is a failure with a
 * message for people, never an exception; an unexpected error while checking one file is that
 * file's failure, and the other files of a batch are still checked.
 */
import { checkPlan } from "../core/checkPlan";
import type { WorkbookGrids } from "../core/plan/grid";
import type { Period, Plan } from "../core/plan/planModel";
import type { PlanScores } from "../core/report/scorePlan";
import type { Anomaly } from "../core/rules/anomaly";
import { messagesFor, type Locale } from "./messages";
import type { ReadFailureCode } from "../xlsx/readFailure";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";
import type { ValidationSettings } from "../core/settings";
import { planRewards, type PlanRewards, type RewardRules } from "../core/report/rewards";

export interface CheckedFile {
  ok: true;
  file: string;
  workbook: WorkbookGrids;
  plan: Plan;
  anomalies: Anomaly[];
  scores: PlanScores;
  /** The «Premi» section, when the rules file gives reward rules. */
  rewards?: PlanRewards;
}

/** Why a file gave no report: a read failure, no plan in it, or an unexpected error while checking it. */
export type UnreadableCode = ReadFailureCode | "noPlan" | "unexpected";

export interface UnreadableFile {
  ok: false;
  file: string;
  code: UnreadableCode;
  message: string;
}

export type FileCheck = CheckedFile | UnreadableFile;

export interface CheckOptions {
  period?: Period;
  settings?: ValidationSettings;
  rewards?: RewardRules;
  locale: Locale;
}

export async function checkFile(file: string, options: CheckOptions): Promise<FileCheck> {
  try {
    return await checkReadableFile(file, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, file, code: "unexpected", message: messagesFor(options.locale).unexpectedInFile(file, detail) };
  }
}

async function checkReadableFile(file: string, options: CheckOptions): Promise<FileCheck> {
  const read = await readWorkbookFile(file, options.locale);
  if (!read.ok) return { ok: false, file, code: read.code, message: read.message };
  const check = checkPlan(read.workbook, { period: options.period, settings: options.settings, locale: options.locale });
  if (!check.ok) return { ok: false, file, code: "noPlan", message: messagesFor(options.locale).planNotRead(file, check.message) };
  const checked: CheckedFile = { ok: true, file, workbook: read.workbook, plan: check.plan, anomalies: check.anomalies, scores: check.scores };
  if (options.rewards) checked.rewards = planRewards(check.scores, options.rewards);
  return checked;
}
