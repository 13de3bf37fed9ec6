/**
 * The README's «Regole di valutazione (profilo)» section stays true: every preset the core offers is
 * in its table with the source the preset names, and each preset's run on the example plan shows, in
 * the command line's own text report, every line the README quotes for it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCORING_PRESETS } from "../../src/core/calc/scoringPresets";
import { EXAMPLE_WORKBOOK, REPO, runCli } from "../cli/support/cliRunner";

const readme = readFileSync(join(REPO, "README.md"), "utf8");

/** The ```text block that follows the README's mention of `--regole preset:NAME`. */
function quotedRun(name: string): string[] {
  const mention = readme.indexOf(`--regole preset:${name}\``);
  expect(mention).toBeGreaterThan(0);
  const block = /```text\n([\s\S]*?)```/.exec(readme.slice(mention));
  return (block?.[1] ?? "").split("\n").filter((line) => line.trim() !== "");
}

describe("the README's scoring presets", () => {
  it.each(Object.entries(SCORING_PRESETS))("lists %s with its source", (name, preset) => {
    expect(readme).toContain(`| \`${name}\` |`);
    expect(readme).toContain(`(${preset.source})`);
  });

  it.each(Object.keys(SCORING_PRESETS))("quotes lines of the example plan's run under %s that the command line prints", async (name) => {
    const lines = quotedRun(name);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const run = await runCli([EXAMPLE_WORKBOOK, "--regole", `preset:${name}`]);
    const printed = run.stdout.split("\n");
    for (const line of lines) expect(printed).toContain(line);
  });
});
