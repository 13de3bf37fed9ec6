/**
 * The built functions.js registers exactly the functions that the generated functions.json
 * declares, and functions.json says what the JSDoc in src/functions/functions.ts says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build/builtOutput";
import { useBuiltFunctions } from "./builtFunctions";

const EXPECTED = [
  { id: "SCOSTAMENTO", parameters: 3 },
  { id: "SCOSTAMENTO.PERC", parameters: 3 },
  { id: "RAGGIUNGIMENTO", parameters: 7 },
  { id: "STATO", parameters: 6 },
  { id: "PUNTEGGIO", parameters: 3 },
  { id: "VERIFICAPESI", parameters: 3 },
  { id: "NUMERO", parameters: 1 },
  { id: "VALOREPROGETTO", parameters: 3 },
  { id: "FASCIA", parameters: 3 },
];

interface DocumentedFunction {
  id: string;
  name: string;
  parameters: { name: string; optional: boolean }[];
}

/** The @customfunction blocks of functions.ts, read straight from the source text. */
function documentedFunctions(): DocumentedFunction[] {
  const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
  const blocks = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((match) => match[1] ?? "");
  return blocks
    .map((block) => ({ block, tag: /^\s*\*\s*@customfunction\s+(\S+)\s+(\S+)/m.exec(block) }))
    .filter((entry) => entry.tag !== null)
    .map(({ block, tag }) => ({
      id: tag?.[1] ?? "",
      name: tag?.[2] ?? "",
      parameters: [...block.matchAll(/^\s*\*\s*@param\s+(\[?)([^\s\]]+)\]?/gm)].map((param) => ({
        name: param[2] ?? "",
        optional: param[1] === "[",
      })),
    }));
}

const loaded = useBuiltFunctions();

describe("functions.js registers every PERF function", () => {
  it("declares exactly the nine PERF ids in functions.json, in order", () => {
    expect(loaded.metadata.functions.map((item) => item.id)).toEqual(EXPECTED.map((item) => item.id));
  });

  it.each(EXPECTED)("associates $id once, with a function", ({ id }) => {
    const associations = loaded.runtime.associations.filter((item) => item.id === id);
    expect(associations).toHaveLength(1);
    expect(typeof associations[0]?.fn).toBe("function");
  });

  it("associates no id that functions.json does not declare", () => {
    const declared = new Set(loaded.metadata.functions.map((item) => item.id));
    expect(loaded.runtime.associations.filter((item) => !declared.has(item.id))).toEqual([]);
  });

  it.each(EXPECTED)("gives $id its $parameters parameters, and the function takes them all", ({ id, parameters }) => {
    const metadata = loaded.metadata.functions.find((item) => item.id === id);
    const fn = loaded.runtime.associations.find((item) => item.id === id)?.fn as (...args: unknown[]) => unknown;
    expect(metadata?.parameters).toHaveLength(parameters);
    expect(fn.length).toBe(parameters);
  });
});

describe("functions.json says what the JSDoc says", () => {
  const documented = documentedFunctions();

  it("has one JSDoc block per function, with the id also as the Italian name", () => {
    expect(documented.map((item) => item.id)).toEqual(EXPECTED.map((item) => item.id));
    for (const item of documented) expect(item.name).toBe(item.id);
  });

  it.each(EXPECTED.map((item) => item.id))("copies the name and parameters of %s from its JSDoc", (id) => {
    const fromDoc = documented.find((item) => item.id === id);
    const fromJson = loaded.metadata.functions.find((item) => item.id === id);
    expect(fromJson?.name).toBe(fromDoc?.name);
    expect(fromJson?.parameters.map((parameter) => ({ name: parameter.name, optional: parameter.optional === true }))).toEqual(
      fromDoc?.parameters,
    );
  });

  it.each(EXPECTED.map((item) => item.id))("describes %s and every parameter, with an example in Italian syntax", (id) => {
    const fromJson = loaded.metadata.functions.find((item) => item.id === id);
    expect(fromJson?.description).toMatch(new RegExp(`=PERF\\.${id.replace(".", "\\.")}\\(`));
    for (const parameter of fromJson?.parameters ?? []) expect(parameter.description?.length).toBeGreaterThan(10);
  });

  it("never puts the namespace in an id", () => {
    for (const item of loaded.metadata.functions) expect(item.id.startsWith("PERF.")).toBe(false);
  });
});
