import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve, sep } from "path";

const root = resolve(__dirname, "../..");
const coreDir = join(root, "src", "core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports, requires or re-exports. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s+["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) specifiers.push(match[1]);
  }
  return specifiers;
}

/** Source without comments, so that prose such as "the seed document." is not mistaken for code. */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const files = sourceFiles(coreDir);

describe("the pure core", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(root, file), file]))("%s imports only from src/core", (_name, file) => {
    const outside = importsOf(codeOf(file)).filter((specifier) => {
      if (!specifier.startsWith(".")) return true; // a package or a Node module
      const target = resolve(dirname(file), specifier);
      return !(target === coreDir || target.startsWith(coreDir + sep));
    });
    expect(outside).toEqual([]);
  });

  it("recognises every way of importing, so that an edge import cannot slip through", () => {
    const source = `import a from "../excel/a";\nexport { b } from "react";\nconst c = require("fs");\nimport "exceljs";\nawait import("../cli/x");`;
    expect(importsOf(source).sort()).toEqual(["../cli/x", "../excel/a", "exceljs", "fs", "react"]);
  });

  it("uses no Office, DOM or Node globals", () => {
    const offenders = files.filter((file) =>
      /\b(Excel\.run|Office\.|CustomFunctions\.|document\.|window\.|process\.|Buffer\.)/.test(codeOf(file)),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
