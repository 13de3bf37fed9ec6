/**
 * The README is for users, and must stay true: its formula examples give what it says when
 * the built functions.js runs them as Excel would, it documents every function, rule,
 * command-line option and npm script it mentions, and its pictures exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleName } from "../../src/core/wording/renderMessage";
import { RULES } from "../../src/core/rules/ruleCatalogue";
import { ROOT } from "../build/builtOutput";
import { callAsExcel, useBuiltFunctions, singleValue } from "../functions/builtFunctions";
import { readmeFormulaExamples } from "./readmeFormulas";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const englishNames = JSON.parse(readFileSync(join(ROOT, "src/functions/functions.en-US.json"), "utf8")) as {
  functions: { id: string; name: string }[];
};
const { runnable, overRanges } = readmeFormulaExamples(readme);

const functions = useBuiltFunctions();

describe("the README's formula examples", () => {
  it("are many, and only a few need a sheet", () => {
    expect(runnable.length).toBeGreaterThanOrEqual(12);
    expect(overRanges.length).toBeLessThanOrEqual(3);
  });

  it.each(runnable.map((example) => [example.text, example] as const))("%s", (_text, example) => {
    const answer = callAsExcel(functions, example.id, ...example.args);
    if ("error" in example.expected) {
      expect("error" in answer && answer.error.code).toBe(example.expected.error);
      return;
    }
    const value = singleValue(answer);
    if (typeof example.expected.value === "number") expect(value).toBeCloseTo(example.expected.value, 9);
    else expect(value).toBe(example.expected.value);
  });
});

describe("the README documents", () => {
  it.each(englishNames.functions.map((fn) => [fn.id, fn.name] as const))("PERF.%s, with its English name PERF.%s", (id, name) => {
    expect(readme).toContain(`\`PERF.${id}(`);
    expect(readme).toContain(`\`PERF.${name}\``);
  });

  it.each(RULES.map((rule) => [rule.id, rule.defaultSeverity] as const))("the rule %s with its default severity (%s)", (id, severity) => {
    expect(readme).toContain(`| \`${id}\` | ${severity} |`);
  });

  it.each(RULES.map((rule) => [rule.id, ruleName(rule.id)] as const))("the rule %s by the name the pane gives it («%s»)", (id, name) => {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row?.split(" | ")[2]?.startsWith(`**${name}**. `)).toBe(true);
  });

  it.each(["--periodo", "--json", "--annota", "--regole", "--lingua", "--esito-zero"])("the command-line option %s", (option) => {
    expect(readme).toContain(option);
  });

  it("only npm scripts that exist", () => {
    const mentioned = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1] ?? "");
    expect(mentioned.length).toBeGreaterThan(5);
    for (const script of mentioned) expect(Object.keys(packageJson.scripts)).toContain(script);
  });

  it("the two commands, and the test command is the one .ci/run runs", () => {
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    expect(ci).toMatch(/^npm ci\s*$/m);
    expect(ci).toMatch(/^npm test\s*$/m);
  });

  it("the example's anomaly counts as the command line reports them (test/cli/golden/example.txt)", () => {
    const golden = readFileSync(join(ROOT, "test/cli/golden/example.txt"), "utf8");
    const [, errors, warnings, infos] = /(\d+) errori, (\d+) avvisi, (\d+) informazioni/.exec(golden) ?? [];
    expect(readme).toContain(`trova ${errors} errori, ${warnings} avvisi e ${infos} informazioni`);
  });

  it("pictures that exist", () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1] ?? "");
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) expect(existsSync(join(ROOT, picture))).toBe(true);
  });

  it("a Prestazioni section filled by npm run bench", () => {
    expect(readme).toMatch(/<!-- bench:start -->\n[\s\S]*\*\*Obiettivi\*\*[\s\S]*<!-- bench:end -->/);
  });
});
