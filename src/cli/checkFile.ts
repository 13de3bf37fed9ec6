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
import { fundFromPlan, projectValueTable, type ProjectValueTable } from "../core/report/projectValueTable";
import { resolveSettings } from "../core/readSettings";
import { settingsFromRulesSheet } from "../core/report/rulesSheet";
import { RULE_IDS } from "../core/rules/ruleCatalogue";
import type { RulesInput } from "./loadRulesFile";

export interface CheckedFile {
  ok: true;
  file: string;
  workbook: WorkbookGrids;
  plan: Plan;
  anomalies: Anomaly[];
  scores: PlanScores;
  /** The «Premi» section, when the rules file or the workbook's «Regole di valutazione» sheet gives reward rules. */
  rewards?: PlanRewards;
  /** Where the scoring profile came from (the sheet «Regole di valutazione», --regole, a preset); absent: the defaults. */
  rulesSource?: string;
  /** The «Valore dei progetti» table, when the plan states project values. */
  projects?: ProjectValueTable;
}

/** Why a file gave no report: a read failure, no plan in it, or an unexpected error while checking it. */
export type UnreadableCode = ReadFailureCode | "noPlan" | "invalidRules" | "unexpected";

export interface UnreadableFile {
  ok: false;
  file: string;
  code: UnreadableCode;
  message: string;
}

export type FileCheck = CheckedFile | UnreadableFile;

export interface CheckOptions {
  period?: Period;
  /** The --regole input, read again over the workbook's «Regole di valutazione» sheet when it has one. */
  rules?: RulesInput;
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
  const rules = settingsFor(read.workbook, options.rules);
  if (!rules.ok) {
    const problems = rules.errors.map((error) => `  - ${error.path ? `${error.path}: ` : ""}${error.message}`);
    return { ok: false, file, code: "invalidRules", message: [messagesFor(options.locale).rulesSheetInvalid(file), ...problems].join("\n") };
  }
  const check = checkPlan(read.workbook, { period: options.period, ...(rules.settings ? { settings: rules.settings } : {}), locale: options.locale });
  if (!check.ok) return { ok: false, file, code: "noPlan", message: messagesFor(options.locale).planNotRead(file, check.message) };
  const source = rules.settings?.profile.source;
  const checked: CheckedFile = { ok: true, file, workbook: read.workbook, plan: check.plan, anomalies: check.anomalies, scores: check.scores, ...(source ? { rulesSource: source } : {}) };
  const projects = projectValueTable(check.plan, check.scores);
  if (projects) checked.projects = projects;
  if (rules.rewards) checked.rewards = planRewards(check.scores, rules.rewards, fundFromPlan(projects));
  return checked;
}

type RulesInForce = { ok: true; settings?: ValidationSettings; rewards: RewardRules | null } | { ok: false; errors: { path: string; message: string }[] };

/**
 * The settings and reward rules in force for one workbook: its «Regole di valutazione» sheet when
 * it has one, with --regole over it (the reward rules of --regole, when it gives «premi», replace
 * the sheet's whole); else --regole alone; else the defaults (undefined) and no reward rules.
 */
function settingsFor(workbook: WorkbookGrids, rules: RulesInput | undefined): RulesInForce {
  const sheet = settingsFromRulesSheet(workbook, RULE_IDS);
  if (sheet.errors.length > 0) return { ok: false, errors: sheet.errors };
  const rewards = rules?.rewards ?? sheet.rewards;
  if (!sheet.found) return rules === undefined ? { ok: true, rewards } : { ok: true, settings: rules.settings, rewards };
  if (rules === undefined) return { ok: true, settings: sheet.settings, rewards };
  const over = resolveSettings(rules.input, RULE_IDS, sheet.settings).settings;
  const source = rules.source === null ? sheet.settings.profile.source : `${rules.source}, sopra il ${sheet.settings.profile.source ?? ""}`;
  return { ok: true, settings: { ...over, profile: { ...over.profile, ...(source === undefined ? {} : { source }) } }, rewards };
}
