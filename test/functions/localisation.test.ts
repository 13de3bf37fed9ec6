/**
 * The English metadata (functions.en-US.json, kept by hand and served to en-US Excel through
 * the manifest's bt:Override) describes the same functions as the generated Italian
 * functions.json: same ids, same parameters in the same order with the same types, only the
 * names and descriptions translated; and no name of either language clashes with Excel's.
 */
import { builtOutput, type BuildOutput } from "../build/builtOutput";
import { readMetadata, type FunctionMetadata, type FunctionsMetadataFile } from "./builtFunctions";
import { ENGLISH_FUNCTION_NAMES } from "../../src/functions/functionNames";
import { EXCEL_BUILTIN_NAMES, looksLikeCellReference } from "./excelBuiltinNames";

/** The table the add-in writes formulas with (src/functions/functionNames.ts), checked here against both files. */
const ENGLISH_NAMES: [id: string, english: string][] = Object.entries(ENGLISH_FUNCTION_NAMES);

let build: BuildOutput;
let italian: FunctionsMetadataFile;
let english: FunctionsMetadataFile;

beforeAll(() => {
  build = builtOutput("functions");
  italian = readMetadata(build.directory, "functions.json");
  english = readMetadata(build.directory, "functions.en-US.json");
});

afterAll(() => build.dispose());

function byId(file: FunctionsMetadataFile, id: string): FunctionMetadata {
  const found = file.functions.find((item) => item.id === id);
  if (!found) throw new Error(`${id} missing`);
  return found;
}

/** What Excel matches between languages: everything but names and descriptions. */
function signature(item: FunctionMetadata): unknown {
  return {
    id: item.id,
    result: item.result,
    parameters: item.parameters.map(({ type, dimensionality, optional, repeating }) => ({ type, dimensionality, optional, repeating })),
  };
}

describe("the English metadata", () => {
  it("lists the same ids in the same order as the generated Italian metadata", () => {
    expect(english.functions.map((item) => item.id)).toEqual(italian.functions.map((item) => item.id));
  });

  it("keeps the generated file's global options", () => {
    const options = (file: FunctionsMetadataFile) => Object.fromEntries(Object.entries(file).filter(([key]) => key !== "functions"));
    expect(options(english)).toEqual(options(italian));
  });

  it("names every function in the table the add-in writes formulas with, and only those", () => {
    expect(ENGLISH_NAMES.map(([id]) => id).sort()).toEqual(english.functions.map((item) => item.id).sort());
  });

  it("names each function in Italian by its id, so a formula with the id resolves in Italian Excel", () => {
    for (const item of italian.functions) expect(item.name).toBe(item.id);
  });

  it.each(ENGLISH_NAMES)("gives %s the English name %s", (id, name) => {
    expect(byId(english, id).name).toBe(name);
  });

  it.each(ENGLISH_NAMES)("keeps the parameters and result of %s exactly (count, order, types, dimensionality, optional)", (id) => {
    expect(signature(byId(english, id))).toEqual(signature(byId(italian, id)));
  });

  it.each(ENGLISH_NAMES)("translates the description of %s and of each of its parameters", (id) => {
    const en = byId(english, id);
    const source = byId(italian, id);
    expect(en.description).toMatch(/^[A-Z"]/);
    expect(en.description).not.toBe(source.description);
    en.parameters.forEach((parameter, index) => {
      expect(parameter.name).toMatch(/^[a-z][a-z_]*$/);
      expect(parameter.description?.length).toBeGreaterThan(10);
      expect(parameter.description).not.toBe(source.parameters[index]?.description);
    });
  });
});

describe("function names in both languages", () => {
  const names = () => [...italian.functions, ...english.functions].map((item) => item.name);

  it("never match an Excel built-in function, in English or Italian", () => {
    expect(names().filter((name) => EXCEL_BUILTIN_NAMES.has(name))).toEqual([]);
  });

  it("follow Excel's rules: a letter first, at least three characters, letters, digits and periods", () => {
    for (const name of names()) expect(name).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
  });

  it("never look like a cell reference", () => {
    expect(names().filter(looksLikeCellReference)).toEqual([]);
  });

  it("are unique within each language", () => {
    for (const file of [italian, english]) {
      const list = file.functions.map((item) => item.name);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it("does refuse the obvious clashes the list exists for", () => {
    for (const clash of ["VALUE", "VALORE", "NUMBERVALUE", "NUMERO.VALORE", "SUM", "SOMMA"]) {
      expect(EXCEL_BUILTIN_NAMES.has(clash)).toBe(true);
    }
  });
});
