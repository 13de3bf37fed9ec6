/**
 * The `--regole` file: JSON validated by the core's `resolveSettings` (severity
 * overrides, "off", thresholds, the scoring profile's keys). `--regole preset:NAME` names a
 * published profile instead of a file (calc/scoringPresets.ts). The command line is strict where
 * the pane is lenient: any invalid setting stops the run with the list of problems, because a
 * mistyped rule id in a CI job would otherwise silently keep the default. The input is kept too:
 * it is read again over a workbook's «Regole di valutazione» sheet, which it overrides. The reward
 * keys («premi», «fondo», «ripartizione», «classi», «condizione», «persone») are read apart by the core's
 * readRewardRules; the other keys are the settings.
 */
import { promises as fs } from "node:fs";
import type { ValidationSettings } from "../core/settings";
import { resolveSettings } from "../core/readSettings";
import { RULE_IDS } from "../core/rules/ruleCatalogue";
import { profileKeyOf } from "../core/calc/readScoringProfile";
import type { Messages } from "./messages";
import { readRewardRules } from "../core/report/readRewardRules";
import type { RewardRules } from "../core/report/rewards";

/** The rules given with --regole: settings over the defaults, the input as read, and where it came from. */
export interface RulesInput {
  settings: ValidationSettings;
  input: unknown;
  /** Where the scoring profile came from, when the input sets it; null when it sets rules and tolerances only. */
  source: string | null;
  /** The «Premi» rules (reward bands, fund, people), when the input gives them. */
  rewards: RewardRules | null;
}

export type RulesFileResult = ({ ok: true } & RulesInput) | { ok: false; message: string };

const PRESET_PREFIX = "preset:";

export async function loadRulesFile(file: string, messages: Messages): Promise<RulesFileResult> {
  const preset = file.startsWith(PRESET_PREFIX) ? file.slice(PRESET_PREFIX.length).trim() : null;
  const read = preset === null ? await readJson(file, messages) : { ok: true as const, input: { preset } };
  if (!read.ok) return read;
  const rewards = readRewardRules(read.input);
  const input = rewards.rest;
  const resolved = resolveSettings(input, RULE_IDS);
  const errors = [...resolved.errors, ...rewards.errors];
  if (errors.length > 0) {
    const problems = errors.map((error) => `  - ${error.path ? `${error.path}: ` : ""}${error.message}`);
    return { ok: false, message: [messages.rulesFileInvalid(file), ...problems].join("\n") };
  }
  // Named in the report only when the file sets the scoring profile (a file of rule severities alone changes no score).
  const setsProfile = typeof input === "object" && input !== null && Object.keys(input).some((key) => profileKeyOf(key) !== null);
  if (!setsProfile) return { ok: true, settings: resolved.settings, input, source: null, rewards: rewards.rules };
  const source = rulesSource(resolved.settings, preset === null ? file : null);
  return { ok: true, settings: { ...resolved.settings, profile: { ...resolved.settings.profile, source } }, input, source, rewards: rewards.rules };
}

/** «file «regole.json»», «preset «ecocerved-2023»», or both. */
function rulesSource(settings: ValidationSettings, file: string | null): string {
  const preset = settings.profile.source;
  if (file === null) return preset ?? "";
  return `file «${file}»${preset === undefined ? "" : ` (${preset})`}`;
}

async function readJson(file: string, messages: Messages): Promise<{ ok: true; input: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { ok: false, message: messages.rulesFileMissing(file) };
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, message: messages.rulesFileNotJson(file, error instanceof Error ? error.message : String(error)) };
  }
  return { ok: true, input };
}
