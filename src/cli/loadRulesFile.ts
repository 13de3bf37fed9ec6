/**
 * The `--regole` file: JSON validated by the core's `resolveSettings` (severity
 * overrides, "off", thresholds). The command line is strict where the pane is
 * lenient: any invalid setting stops the run with the list of problems, because a
 * mistyped rule id in a CI job would otherwise silently keep the default.
 */
import { promises as fs } from "node:fs";
import { resolveSettings, type ValidationSettings } from "../core/settings";
import { RULE_IDS } from "../core/rules/ruleCatalogue";
import type { Messages } from "./messages";

export type RulesFileResult = { ok: true; settings: ValidationSettings } | { ok: false; message: string };

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
  const resolved = resolveSettings(input, RULE_IDS);
  if (resolved.errors.length > 0) {
    const problems = resolved.errors.map((error) => `  - ${error.path ? `${error.path}: ` : ""}${error.message}`);
    return { ok: false, message: [messages.rulesFileInvalid(file), ...problems].join("\n") };
  }
  return { ok: true, settings: resolved.settings };
}
