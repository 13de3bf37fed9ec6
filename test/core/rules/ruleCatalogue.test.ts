import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SEVERITY_ORDER } from "../../../src/core/rules/anomaly";
import { RULES } from "../../../src/core/rules/ruleCatalogue";

/**
 * The rules issue 3 lists, with obiettivo-orfano (an operational objective whose strategic objective
 * is missing), milestone-dedotta (a text result read as reached only because it names an outcome) and
 * valore-progetto-incoerente (issue 12: a project's value whose point value × coefficient is not its total).
 */
const ISSUE_RULES = [
  "struttura-colonne", "codice-duplicato", "obiettivo-senza-indicatori", "indicatore-orfano", "obiettivo-orfano", "valore-illeggibile", "valore-ambiguo",
  "pesi-indicatori", "pesi-obiettivi", "peso-non-valido", "pesi-scala-mista", "peso-incoerente",
  "target-mancante", "target-non-misurabile", "target-periodi-incoerenti", "target-sotto-baseline", "target-gia-raggiunto", "unita-incoerenti",
  "risultato-mancante", "scostamento-errato", "raggiungimento-errato", "scostamento-critico", "revisione-incoerente", "polarita-dedotta", "milestone-dedotta",
  "valore-progetto-incoerente",
];

describe("RULES", () => {
  it("holds exactly the rules the issue lists, each once", () => {
    expect(RULES.map((rule) => rule.id)).toEqual(ISSUE_RULES);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))("%s has a kebab-case id, a severity and a one-line Italian description", (id, rule) => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    expect(SEVERITY_ORDER).toContain(rule.defaultSeverity);
    expect(rule.description).toMatch(/^[A-ZÈ].{20,160}\.$/);
    expect(rule.description).not.toContain("\n");
  });

  it("has one source file and one test file per rule", () => {
    const root = join(__dirname, "../../../src/core/rules");
    const folders = ["structure", "weights", "targets", "results"];
    const files = folders.flatMap((folder) => readdirSync(join(root, folder)).map((file) => `${folder}/${file}`));
    expect(files).toHaveLength(RULES.length);
    for (const file of files) expect(existsSync(join(__dirname, file.replace(/\.ts$/, ".test.ts")))).toBe(true);
  });
});
