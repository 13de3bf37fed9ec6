/**
 * The `--regole` file: JSON validated by the core's `resolveSettings` (severity
 * overrides, "off", thresholds). The command line is strict where the pane is
 * lenient: any invalid setting stops the run with the list of problems, because a
 * mistyped rule id in a CI job would otherwise silently keep the default. The reward keys
 * («premi», «fondo», «ripartizione», «classi», «persone») are read apart by the core's
 * readRewardRules; the other keys are the settings.
 */
import { promises as fs } from "node:fs";
import { resolveSettings, type ValidationSettings } from "../core/settings";
import { RULE_IDS } from "../core/rules/ruleCatalogue";
import type { Messages } from "./messages";
import { readRewardRules } from "../core/report/readRewardRules";
import type { RewardRules } from "../core/report/rewards";

export type RulesFileResult = { ok: true; settings: ValidationSettings; rewards: RewardRules | null } | { ok: false; message: string };

export async function loadRulesFile(file: string, messages: Messages): Promise<RulesFileResult> {
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
  const rewards = readRewardRules(input);
  const resolved = resolveSettings(rewards.rest, RULE_IDS);
  const errors = [...resolved.errors, ...rewards.errors];
  if (errors.length > 0) {
    const problems = errors.map((error) => `  - ${error.path ? `${error.path}: ` : ""}${error.message}`);
    return { ok: false, message: [messages.rulesFileInvalid(file), ...problems].join("\n") };
  }
  return { ok: true, settings: resolved.settings, rewards: rewards.rules };
}
